import { Column, Entity, PrimaryColumn } from 'typeorm';

export interface LessonVideoVersion {
  url: string;
  captions: { locale: string; url: string }[];
  transcript: string;
}

/** One language version of a lesson, already rendered to safe HTML at import time. */
export interface LessonVersionRecord {
  title: string;
  minutes: number;
  html: string;
  video?: LessonVideoVersion;
}

@Entity('lessons')
export class LessonEntity {
  /** `<course>/<lesson>` */
  @PrimaryColumn('varchar', { length: 240 })
  id: string;

  @Column('varchar', { length: 120 })
  courseId: string;

  @Column('simple-json')
  versions: Record<string, LessonVersionRecord>;

  @Column('varchar', { length: 64 })
  contentHash: string;

  @Column({ type: Date, nullable: true })
  retiredAt: Date | null;
}
