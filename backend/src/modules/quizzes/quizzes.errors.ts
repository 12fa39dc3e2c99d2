import { DomainError, badInput } from '../../common/errors/domain-error';

export const quizNotFound = (id: string) =>
  new DomainError('NOT_FOUND', 'errors.quiz.notFound', `There is no quiz "${id.slice(0, 240)}"`);
export const unknownQuestion = (id: string) =>
  badInput('errors.quiz.unknownQuestion', `This quiz has no question "${id.slice(0, 120)}"`);
export const unknownOption = (questionId: string, optionId: string) =>
  badInput('errors.quiz.unknownOption', `Question "${questionId.slice(0, 120)}" has no option "${optionId.slice(0, 120)}"`);
export const tooManyOptions = (questionId: string) =>
  badInput('errors.quiz.oneOptionOnly', `Question "${questionId.slice(0, 120)}" takes exactly one answer`);
export const duplicateAnswer = (questionId: string) =>
  badInput('errors.quiz.duplicateAnswer', `Question "${questionId.slice(0, 120)}" is answered twice`);
export const badClientId = () =>
  badInput('errors.quiz.badClientId', 'clientId must be 8 to 64 letters, digits or dashes');
