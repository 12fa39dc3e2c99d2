import { describe, expect, it } from 'vitest';
import { aMultipleChoiceQuestion, aQuestion } from '../../../test/factories/content.factory';
import { scoreQuiz } from './quiz-scoring';

const questions = [aQuestion({ id: 'q1' }), aQuestion({ id: 'q2' }), aMultipleChoiceQuestion('q3')];

describe('scoreQuiz', () => {
  it('gives 100 and a pass when every answer is right', () => {
    const result = scoreQuiz(questions, 70, [
      { questionId: 'q1', optionIds: ['a'] },
      { questionId: 'q2', optionIds: ['a'] },
      { questionId: 'q3', optionIds: ['b', 'a'] },
    ]);
    expect(result).toMatchObject({ score: 100, passed: true });
  });

  it('rounds the score down so that 2 of 3 does not pass a 67 % mark', () => {
    const result = scoreQuiz(questions, 67, [
      { questionId: 'q1', optionIds: ['a'] },
      { questionId: 'q2', optionIds: ['a'] },
    ]);
    expect(result.score).toBe(66);
    expect(result.passed).toBe(false);
  });

  it('counts a multiple-choice question wrong when only some correct options are chosen', () => {
    const result = scoreQuiz(questions, 70, [{ questionId: 'q3', optionIds: ['a'] }]);
    expect(result.questions[2]).toEqual({ questionId: 'q3', chosenOptionIds: ['a'], correct: false, correctOptionIds: ['a', 'b'] });
  });

  it('counts a multiple-choice question wrong when a wrong option is added', () => {
    const result = scoreQuiz(questions, 70, [{ questionId: 'q3', optionIds: ['a', 'b', 'c'] }]);
    expect(result.questions[2]?.correct).toBe(false);
  });

  it('counts unanswered questions as wrong', () => {
    expect(scoreQuiz(questions, 70, []).score).toBe(0);
  });

  it('refuses an answer to a question the quiz does not have', () => {
    expect(() => scoreQuiz(questions, 70, [{ questionId: 'nope', optionIds: ['a'] }])).toThrow(/no question "nope"/);
  });

  it('refuses an option the question does not have', () => {
    expect(() => scoreQuiz(questions, 70, [{ questionId: 'q1', optionIds: ['z'] }])).toThrow(/no option "z"/);
  });

  it('refuses two options for a single-choice question', () => {
    expect(() => scoreQuiz(questions, 70, [{ questionId: 'q1', optionIds: ['a', 'b'] }])).toThrow(/exactly one/);
  });

  it('refuses a question answered twice', () => {
    const answers = [
      { questionId: 'q1', optionIds: ['a'] },
      { questionId: 'q1', optionIds: ['b'] },
    ];
    expect(() => scoreQuiz(questions, 70, answers)).toThrow(/answered twice/);
  });
});
