import type { QuizQuestionContent } from '@zorka/content';
import { duplicateAnswer, tooManyOptions, unknownOption, unknownQuestion } from './quizzes.errors';

export interface Answer {
  questionId: string;
  optionIds: string[];
}

export interface ScoredQuestion {
  questionId: string;
  chosenOptionIds: string[];
  correct: boolean;
  correctOptionIds: string[];
}

export interface QuizScore {
  /** Percent 0-100, rounded down so that a pass is never granted by rounding */
  score: number;
  passed: boolean;
  questions: ScoredQuestion[];
}

/**
 * Scores a submission. A question is right when exactly its correct options were chosen;
 * unanswered questions are wrong. Answers naming unknown questions or options are refused
 * (a client bug or tampering), never silently ignored.
 */
export function scoreQuiz(questions: QuizQuestionContent[], passMark: number, answers: Answer[]): QuizScore {
  const byQuestion = new Map<string, string[]>();
  for (const answer of answers) {
    const question = questions.find((q) => q.id === answer.questionId);
    if (!question) throw unknownQuestion(answer.questionId);
    if (byQuestion.has(question.id)) throw duplicateAnswer(question.id);
    const chosen = [...new Set(answer.optionIds)];
    for (const optionId of chosen) {
      if (!question.options.some((o) => o.id === optionId)) throw unknownOption(question.id, optionId);
    }
    if (question.type !== 'multiple' && chosen.length > 1) throw tooManyOptions(question.id);
    byQuestion.set(question.id, chosen);
  }

  const scored = questions.map((question): ScoredQuestion => {
    const chosen = byQuestion.get(question.id) ?? [];
    const correctOptionIds = question.options.filter((o) => o.correct).map((o) => o.id);
    const correct = chosen.length === correctOptionIds.length && correctOptionIds.every((id) => chosen.includes(id));
    return { questionId: question.id, chosenOptionIds: chosen, correct, correctOptionIds };
  });
  const right = scored.filter((q) => q.correct).length;
  const score = questions.length === 0 ? 0 : Math.floor((right * 100) / questions.length);
  return { score, passed: score >= passMark, questions: scored };
}
