import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Every choice made is kept (not only the ending), so authors and trainers see where learners go wrong. */
@Entity('scenario_choices')
export class ScenarioChoiceEntity {
  @PrimaryColumn('varchar', { length: 36 })
  id: string;

  @Column('varchar', { length: 36 })
  runId: string;

  @Column('varchar', { length: 120 })
  nodeId: string;

  @Column('varchar', { length: 120 })
  choiceId: string;

  @Column('integer')
  position: number;

  @Column()
  chosenAt: Date;

  /** Set by the client so that a resent write is stored once */
  @Column('varchar', { length: 64, nullable: true })
  clientId: string | null;
}
