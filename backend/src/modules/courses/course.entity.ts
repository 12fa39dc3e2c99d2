import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { AgeBand, Audience, StepRef } from '@zorka/content';
import type { TranslatedText } from '../../common/graphql/locale';

/** A course as imported from content/courses/<id>/course.yaml. */
@Entity('courses')
export class CourseEntity {
  @PrimaryColumn('varchar', { length: 120 })
  id: string;

  @Column('varchar', { length: 20 })
  audience: Audience;

  @Column('simple-json')
  ageBands: AgeBand[];

  @Column('simple-json')
  languages: string[];

  @Column('integer')
  estimatedMinutes: number;

  @Column('simple-json')
  title: TranslatedText;

  @Column('simple-json')
  summary: TranslatedText;

  /** Full step ids in order, e.g. { kind: 'quiz', id: 'course/quiz-signs' } */
  @Column('simple-json')
  steps: StepRef[];

  @Column('varchar', { length: 240, nullable: true })
  preTestId: string | null;

  @Column('varchar', { length: 240, nullable: true })
  postTestId: string | null;

  @Column('varchar', { length: 120, nullable: true })
  linkedCourseId: string | null;

  /** Hash of the imported source, so a re-import of unchanged content writes nothing */
  @Column('varchar', { length: 64 })
  contentHash: string;

  /** Set when the course folder was removed: hidden from the catalogue, progress kept */
  @Column({ type: Date, nullable: true })
  retiredAt: Date | null;

  @Column()
  updatedAt: Date;
}
