import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { QuizQuestionContent } from '@zorka/content';
import { pickText, translate, type Locale } from '../../common/graphql/locale';
import type { SubmitQuizInput } from './dto/submit-quiz.input';
import type { QuizAttempt } from './models/quiz-attempt.model';
import type { Quiz, QuestionTypeValue } from './models/quiz.model';
import type { QuizAttemptEntity } from './quiz-attempt.entity';
import type { QuizEntity } from './quiz.entity';
import { scoreQuiz } from './quiz-scoring';
import { badClientId, quizNotFound, unknownQuestion } from './quizzes.errors';
import { QuizzesRepository } from './quizzes.repository';

const CLIENT_ID = /^[A-Za-z0-9-]{8,64}$/;
/** More answers than any quiz has questions is not a real submission. */
const MAX_ANSWERS = 200;

@Injectable()
export class QuizzesService {
  constructor(private readonly quizzes: QuizzesRepository) {}

  async quiz(id: string, locale: Locale): Promise<Quiz> {
    const quiz = await this.findActive(id);
    const title = pickText(quiz.title, locale);
    return {
      id: quiz.id,
      courseId: quiz.courseId,
      title: title.text,
      passMark: quiz.passMark,
      locale: title.locale,
      questions: quiz.questions.map((q) => ({
        id: q.id,
        type: q.type as QuestionTypeValue,
        prompt: translate(q.prompt, locale),
        options: q.options.map((o) => ({ id: o.id, text: translate(o.text, locale) })),
      })),
    };
  }

  /** Scores and stores a submission; resending the same clientId returns the stored attempt. */
  async submit(learnerId: string, input: SubmitQuizInput, locale: Locale): Promise<QuizAttempt> {
    const clientId = input.clientId ?? null;
    if (clientId !== null && !CLIENT_ID.test(clientId)) throw badClientId();
    const quiz = await this.findActive(input.quizId);
    if (clientId) {
      const earlier = await this.quizzes.findAttemptByClientId(learnerId, clientId);
      if (earlier) return this.toModel(earlier, quiz, locale);
    }
    const score = scoreQuiz(quiz.questions, quiz.passMark, input.answers.slice(0, MAX_ANSWERS));
    const attempt: QuizAttemptEntity = {
      id: randomUUID(),
      learnerId,
      quizId: quiz.id,
      clientId,
      score: score.score,
      passed: score.passed,
      answers: score.questions.map((q) => ({ questionId: q.questionId, optionIds: q.chosenOptionIds, correct: q.correct })),
      submittedAt: new Date(),
    };
    if (!(await this.quizzes.insertAttempt(attempt)) && clientId) {
      const stored = await this.quizzes.findAttemptByClientId(learnerId, clientId);
      if (stored) return this.toModel(stored, quiz, locale);
    }
    return this.toModel(attempt, quiz, locale);
  }

  async attemptsOf(learnerId: string, locale: Locale): Promise<QuizAttempt[]> {
    const attempts = await this.quizzes.attemptsOf(learnerId);
    const quizzes = new Map((await this.quizzes.findByIds([...new Set(attempts.map((a) => a.quizId))])).map((q) => [q.id, q]));
    return attempts.flatMap((a) => {
      const quiz = quizzes.get(a.quizId);
      return quiz ? [this.toModel(a, quiz, locale)] : [];
    });
  }

  /** Quiz ids this learner has passed at least once. */
  async passedQuizIds(learnerId: string): Promise<Set<string>> {
    const attempts = await this.quizzes.attemptsOf(learnerId);
    return new Set(attempts.filter((a) => a.passed).map((a) => a.quizId));
  }

  async titles(ids: string[], locale: Locale): Promise<Map<string, string>> {
    const quizzes = await this.quizzes.findByIds(ids);
    return new Map(quizzes.map((q) => [q.id, translate(q.title, locale)]));
  }

  /** Each learner's FIRST attempt at a quiz: a pre- or post-test measures what one knew on first try. */
  async firstAttempts(quizId: string, learnerIds: string[]): Promise<Map<string, QuizAttemptEntity>> {
    const first = new Map<string, QuizAttemptEntity>();
    for (const attempt of await this.quizzes.attemptsAt(quizId, learnerIds)) {
      if (!first.has(attempt.learnerId)) first.set(attempt.learnerId, attempt);
    }
    return first;
  }

  /** A quiz's pass mark, percent (retired quizzes too: reports outlive content). */
  async passMarkOf(quizId: string): Promise<number> {
    const [quiz] = await this.quizzes.findByIds([quizId]);
    return quiz?.passMark ?? 0;
  }

  /** Attempts by id (those paired to a group by a pairing code), oldest first. */
  attemptsByIds(ids: string[]): Promise<QuizAttemptEntity[]> {
    return this.quizzes.attemptsByIds(ids);
  }

  /** A quiz's questions with their prompts and topics, retired or not (reports outlive content). */
  async questionsOf(quizId: string): Promise<QuizQuestionContent[]> {
    const [quiz] = await this.quizzes.findByIds([quizId]);
    return quiz?.questions ?? [];
  }

  /** A question with its correct options and feedback, for a live session run by a trainer. */
  async question(quizId: string, questionId: string): Promise<{ quiz: QuizEntity; question: QuizQuestionContent }> {
    const quiz = await this.findActive(quizId);
    const question = quiz.questions.find((q) => q.id === questionId);
    if (!question) throw unknownQuestion(questionId);
    return { quiz, question };
  }

  private async findActive(id: string): Promise<QuizEntity> {
    const quiz = await this.quizzes.findActiveById(id);
    if (!quiz) throw quizNotFound(id);
    return quiz;
  }

  private toModel(attempt: QuizAttemptEntity, quiz: QuizEntity, locale: Locale): QuizAttempt {
    const results = quiz.questions.map((question) => {
      const answer = attempt.answers.find((a) => a.questionId === question.id);
      const chosen = answer?.optionIds ?? [];
      return {
        questionId: question.id,
        correct: answer?.correct ?? false,
        correctOptionIds: question.options.filter((o) => o.correct).map((o) => o.id),
        chosen: question.options
          .filter((o) => chosen.includes(o.id))
          .map((o) => ({ optionId: o.id, correct: o.correct, feedback: translate(o.feedback, locale) })),
      };
    });
    return {
      id: attempt.id,
      quizId: attempt.quizId,
      quizTitle: translate(quiz.title, locale),
      score: attempt.score,
      passed: attempt.passed,
      results,
      submittedAt: attempt.submittedAt,
    };
  }
}
