import { Column, Entity, PrimaryColumn } from 'typeorm';

/** What the trainer puts on every screen. */
export type LiveStep =
  | { kind: 'lesson'; lessonId: string }
  | { kind: 'question'; quizId: string; questionId: string }
  | { kind: 'decision'; scenarioId: string; nodeId: string };

@Entity('live_sessions')
export class LiveSessionEntity {
  @PrimaryColumn('varchar', { length: 36 })
  id: string;

  @Column('varchar', { length: 36 })
  groupId: string;

  @Column('simple-json', { nullable: true })
  step: LiveStep | null;

  /** Results and right answers stay hidden on participants' screens until the trainer reveals them */
  @Column('boolean')
  revealed: boolean;

  @Column()
  startedAt: Date;

  @Column({ type: Date, nullable: true })
  endedAt: Date | null;

  /** Set by the client so that a resent write is stored once */
  @Column('varchar', { length: 64, nullable: true })
  clientId: string | null;
}
