import { DomainError, badInput } from '../../common/errors/domain-error';

export const sessionNotFound = () =>
  new DomainError('NOT_FOUND', 'errors.live.notFound', 'This live session does not exist or is not yours');
export const sessionEnded = () => new DomainError('CONFLICT', 'errors.live.ended', 'This live session has ended');
export const nothingToAnswer = () =>
  new DomainError('CONFLICT', 'errors.live.nothingToAnswer', 'There is no question or decision on screen now');
export const answersClosed = () =>
  new DomainError('CONFLICT', 'errors.live.answersClosed', 'The results are revealed: answers are closed for this step');
export const badStep = (why: string) => badInput('errors.live.badStep', why);
export const badAnswer = (why: string) => badInput('errors.live.badAnswer', why);
export const noVotes = () =>
  badInput('errors.live.noVotes', 'Nobody has voted yet: wait for votes or pick the choice yourself');
