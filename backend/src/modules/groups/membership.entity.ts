import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * An anonymous learner's place in a group: a nickname of their choice and, only where the trainer
 * asked and the participant chose to answer, self-reported gender, discipline and region.
 */
@Entity('memberships')
export class MembershipEntity {
  @PrimaryColumn('varchar', { length: 36 })
  id: string;

  @Column('varchar', { length: 36 })
  groupId: string;

  @Column('varchar', { length: 36 })
  learnerId: string;

  @Column('varchar', { length: 40 })
  nickname: string;

  @Column('varchar', { length: 20, nullable: true })
  gender: string | null;

  @Column('varchar', { length: 30, nullable: true })
  discipline: string | null;

  @Column('varchar', { length: 80, nullable: true })
  region: string | null;

  @Column()
  consentedAt: Date;

  @Column()
  joinedAt: Date;

  /** Salted hash of the pairing code the participant chose, to pair tests taken outside the session */
  @Column('varchar', { length: 64, nullable: true })
  pairingHash: string | null;
}
