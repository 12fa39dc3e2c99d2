import { DomainError, badInput } from '../../common/errors/domain-error';

export const scenarioNotFound = (id: string) =>
  new DomainError('NOT_FOUND', 'errors.scenario.notFound', `There is no scenario "${id.slice(0, 240)}"`);
export const runNotFound = () =>
  new DomainError('NOT_FOUND', 'errors.scenario.runNotFound', 'This play-through does not exist or is not yours');
export const runFinished = () =>
  new DomainError('CONFLICT', 'errors.scenario.finished', 'This play-through has ended: start the scenario again');
export const choiceNotAvailable = (choiceId: string) =>
  badInput('errors.scenario.unknownChoice', `"${choiceId.slice(0, 120)}" is not one of the choices here`);
