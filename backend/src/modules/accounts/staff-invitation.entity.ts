import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { StaffRole } from '../../common/auth/viewer';

/** A one-time link an admin hands over to a new staff member; the link's token is kept only as its SHA-256. */
@Entity('staff_invitations')
export class StaffInvitationEntity {
  @PrimaryColumn('varchar', { length: 36 })
  id: string;

  @Column('varchar', { length: 254 })
  email: string;

  @Column('varchar', { length: 20 })
  role: StaffRole;

  @Column('varchar', { length: 64, unique: true })
  tokenHash: string;

  @Column('varchar', { length: 36, nullable: true })
  invitedBy: string | null;

  @Column()
  createdAt: Date;

  @Column()
  expiresAt: Date;

  @Column({ type: Date, nullable: true })
  acceptedAt: Date | null;

  @Column({ type: Date, nullable: true })
  revokedAt: Date | null;
}
