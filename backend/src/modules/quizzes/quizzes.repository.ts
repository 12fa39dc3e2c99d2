import { Injectable } from '@nestjs/common';
import { isUniqueViolation } from '../../database/unique-violation';
import { DatabaseWriter } from '../../database/database-writer';
import { InjectRepository } from '@nestjs/typeorm';
import { In, IsNull, Repository } from 'typeorm';
import { QuizAttemptEntity } from './quiz-attempt.entity';
import { QuizEntity } from './quiz.entity';

@Injectable()
export class QuizzesRepository {
  constructor(
    private readonly writer: DatabaseWriter,
    @InjectRepository(QuizEntity) private readonly quizzes: Repository<QuizEntity>,
    @InjectRepository(QuizAttemptEntity) private readonly attempts: Repository<QuizAttemptEntity>,
  ) {}

  findActiveById(id: string): Promise<QuizEntity | null> {
    return this.quizzes.findOne({ where: { id, retiredAt: IsNull() } });
  }

  findByIds(ids: string[]): Promise<QuizEntity[]> {
    return ids.length === 0 ? Promise.resolve([]) : this.quizzes.find({ where: { id: In(ids) } });
  }

  findAttemptByClientId(learnerId: string, clientId: string): Promise<QuizAttemptEntity | null> {
    return this.attempts.findOne({ where: { learnerId, clientId } });
  }

  /** Inserts an attempt; false when the same client id was stored meanwhile (a concurrent resend). */
  async insertAttempt(attempt: QuizAttemptEntity): Promise<boolean> {
    try {
      await this.writer.write((m) => m.insert(QuizAttemptEntity, attempt));
      return true;
    } catch (error) {
      if (attempt.clientId && isUniqueViolation(error)) return false;
      throw error;
    }
  }

  /** Every attempt of these learners at one quiz, oldest first. */
  attemptsAt(quizId: string, learnerIds: string[]): Promise<QuizAttemptEntity[]> {
    if (learnerIds.length === 0) return Promise.resolve([]);
    return this.attempts.find({ where: { quizId, learnerId: In(learnerIds) }, order: { submittedAt: 'ASC' } });
  }

  attemptsByIds(ids: string[]): Promise<QuizAttemptEntity[]> {
    return ids.length === 0 ? Promise.resolve([]) : this.attempts.find({ where: { id: In(ids) }, order: { submittedAt: 'ASC' } });
  }

  attemptsOf(learnerId: string): Promise<QuizAttemptEntity[]> {
    return this.attempts.find({ where: { learnerId }, order: { submittedAt: 'ASC' } });
  }
}
