import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A pre- or post-test attempt taken outside the group (another device, no membership there) that
 * counts for the group. The person is known only by a salted hash of the pairing code they chose.
 */
@Entity('test_pairings')
export class TestPairingEntity {
  @PrimaryColumn('varchar', { length: 36 })
  attemptId: string;

  @Column('varchar', { length: 36 })
  groupId: string;

  /** The device's anonymous learner: their erasure removes this row with the attempt */
  @Column('varchar', { length: 36 })
  learnerId: string;

  @Column('varchar', { length: 240 })
  quizId: string;

  @Column('varchar', { length: 64 })
  pairingHash: string;

  @Column()
  createdAt: Date;
}
