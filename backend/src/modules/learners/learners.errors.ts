import { DomainError } from '../../common/errors/domain-error';

/** The same answer for a malformed and an unknown code, so that answers reveal nothing about codes. */
export const recoveryCodeNotRecognised = () =>
  new DomainError('BAD_USER_INPUT', 'errors.learner.recoveryCodeNotRecognised', 'This recovery code is not recognised. Check the six words and try again.');
