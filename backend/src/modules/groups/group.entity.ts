import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Optional, self-reported fields a trainer may ask participants for, for the report. */
export type ProfileField = 'gender' | 'discipline' | 'region';

@Entity('groups')
export class GroupEntity {
  @PrimaryColumn('varchar', { length: 36 })
  id: string;

  /** The trainer who runs it: only they (and admins) see it */
  @Column('varchar', { length: 36 })
  trainerId: string;

  @Column('varchar', { length: 120 })
  name: string;

  @Column('varchar', { length: 120 })
  courseId: string;

  /** ISO dates (YYYY-MM-DD): a training day has no time zone */
  @Column('varchar', { length: 10 })
  startsOn: string;

  @Column('varchar', { length: 10 })
  endsOn: string;

  @Column('varchar', { length: 80, nullable: true })
  region: string | null;

  @Column('varchar', { length: 120, nullable: true })
  location: string | null;

  @Column('simple-json')
  expectedDisciplines: string[];

  @Column('simple-json')
  profileFields: ProfileField[];

  @Column('varchar', { length: 16, unique: true })
  joinCode: string;

  @Column()
  createdAt: Date;

  /** Salt of the group's pairing-code hashes, made on first use (see pairing-code.ts) */
  @Column('varchar', { length: 32, nullable: true })
  pairingSalt: string | null;

  /** Set by the client so that a resent write is stored once */
  @Column('varchar', { length: 64, nullable: true })
  clientId: string | null;
}
