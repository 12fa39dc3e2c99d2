import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A signed-in browser. The cookie holds the token; the database only its SHA-256. */
@Entity('staff_sessions')
export class StaffSessionEntity {
  @PrimaryColumn('varchar', { length: 64 })
  tokenHash: string;

  @Column('varchar', { length: 36 })
  accountId: string;

  @Column()
  createdAt: Date;

  @Column()
  expiresAt: Date;
}
