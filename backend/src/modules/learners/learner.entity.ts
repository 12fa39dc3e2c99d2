import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An anonymous learner: no name, e-mail, phone or any other identity, only an opaque id. */
@Entity('learners')
export class LearnerEntity {
  @PrimaryColumn('varchar', { length: 36 })
  id: string;

  /** SHA-256 of the recovery code; the code itself is shown once and never stored */
  @Column('varchar', { length: 64, nullable: true, unique: true })
  recoveryHash: string | null;

  @Column()
  createdAt: Date;

  /** For the retention job that forgets learners inactive for too long */
  @Column()
  lastSeenAt: Date;
}
