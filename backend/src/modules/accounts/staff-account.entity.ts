import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { StaffRole } from '../../common/auth/viewer';

/** Trainers, campaign managers and admins: the only people who sign in with an e-mail. */
@Entity('staff_accounts')
export class StaffAccountEntity {
  @PrimaryColumn('varchar', { length: 36 })
  id: string;

  @Column('varchar', { length: 254, unique: true })
  email: string;

  /** argon2id */
  @Column('varchar', { length: 200 })
  passwordHash: string;

  @Column('varchar', { length: 20 })
  role: StaffRole;

  @Column('varchar', { length: 100 })
  displayName: string;

  @Column()
  createdAt: Date;

  /** A deactivated account cannot sign in; it stays, for the groups it ran */
  @Column('boolean', { default: true })
  active: boolean;

  @Column({ type: Date, nullable: true })
  lastSignInAt: Date | null;
}
