import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One row per participant who opened the session, however often they reconnected. */
@Entity('live_attendance')
export class LiveAttendanceEntity {
  @PrimaryColumn('varchar', { length: 36 })
  sessionId: string;

  @PrimaryColumn('varchar', { length: 36 })
  membershipId: string;

  @Column()
  joinedAt: Date;
}
