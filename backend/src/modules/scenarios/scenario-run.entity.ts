import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One play-through of a scenario by a learner. */
@Entity('scenario_runs')
export class ScenarioRunEntity {
  @PrimaryColumn('varchar', { length: 36 })
  id: string;

  @Column('varchar', { length: 36 })
  learnerId: string;

  @Column('varchar', { length: 240 })
  scenarioId: string;

  @Column('varchar', { length: 120 })
  currentNode: string;

  /** good | mixed | bad once an ending is reached */
  @Column('varchar', { length: 10, nullable: true })
  outcome: string | null;

  /** The counterpart's reaction to the last choice */
  @Column('varchar', { length: 120, nullable: true })
  lastChoiceId: string | null;

  @Column()
  startedAt: Date;

  @Column({ type: Date, nullable: true })
  finishedAt: Date | null;

  /** Set by the client so that a resent write is stored once */
  @Column('varchar', { length: 64, nullable: true })
  clientId: string | null;
}
