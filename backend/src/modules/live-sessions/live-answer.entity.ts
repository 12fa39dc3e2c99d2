import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A participant's answer to a question or vote on a decision; one per step, resends change nothing. */
@Entity('live_answers')
export class LiveAnswerEntity {
  @PrimaryColumn('varchar', { length: 36 })
  id: string;

  @Column('varchar', { length: 36 })
  sessionId: string;

  @Column('varchar', { length: 36 })
  membershipId: string;

  /** Which step was answered, e.g. `question:course/quiz:q1` */
  @Column('varchar', { length: 400 })
  stepKey: string;

  @Column('simple-json')
  optionIds: string[];

  @Column()
  answeredAt: Date;
}
