import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { QuizQuestionContent } from '@zorka/content';
import type { TranslatedText } from '../../common/graphql/locale';

@Entity('quizzes')
export class QuizEntity {
  /** `<course>/<quiz>` */
  @PrimaryColumn('varchar', { length: 240 })
  id: string;

  @Column('varchar', { length: 120 })
  courseId: string;

  @Column('simple-json')
  title: TranslatedText;

  /** Percent of questions that must be right to pass */
  @Column('integer')
  passMark: number;

  /** Questions with their correct options and feedback: never sent to learners before they answer */
  @Column('simple-json')
  questions: QuizQuestionContent[];

  @Column('varchar', { length: 64 })
  contentHash: string;

  @Column({ type: Date, nullable: true })
  retiredAt: Date | null;
}
