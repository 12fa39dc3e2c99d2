import { Column, Entity, PrimaryColumn } from 'typeorm';

export interface StoredAnswer {
  questionId: string;
  optionIds: string[];
  correct: boolean;
}

/** One submitted quiz: every answer is kept, so authors can see which questions learners get wrong. */
@Entity('quiz_attempts')
export class QuizAttemptEntity {
  @PrimaryColumn('varchar', { length: 36 })
  id: string;

  @Column('varchar', { length: 36 })
  learnerId: string;

  @Column('varchar', { length: 240 })
  quizId: string;

  /** Set by the client so that a resent submission is not counted twice */
  @Column('varchar', { length: 64, nullable: true })
  clientId: string | null;

  @Column('integer')
  score: number;

  @Column('boolean')
  passed: boolean;

  @Column('simple-json')
  answers: StoredAnswer[];

  @Column()
  submittedAt: Date;
}
