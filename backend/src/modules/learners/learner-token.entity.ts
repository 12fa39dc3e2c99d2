import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A device's credential for a learner; only its SHA-256 is kept, so a database leak gives no tokens. */
@Entity('learner_tokens')
export class LearnerTokenEntity {
  @PrimaryColumn('varchar', { length: 64 })
  tokenHash: string;

  @Column('varchar', { length: 36 })
  learnerId: string;

  @Column()
  createdAt: Date;
}
