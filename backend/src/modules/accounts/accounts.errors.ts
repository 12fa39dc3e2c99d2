import { DomainError } from '../../common/errors/domain-error';

/** One answer for an unknown e-mail and a wrong password, so the answer reveals nothing. */
export const signInRefused = () =>
  new DomainError('UNAUTHENTICATED', 'errors.staff.signInRefused', 'The e-mail or the password is not right');
export const accountLocked = (seconds: number) =>
  new DomainError('TOO_MANY_REQUESTS', 'errors.staff.locked', `Too many failed sign-ins. Try again in ${seconds} s.`, { retryAfter: seconds });
