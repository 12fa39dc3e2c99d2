import { DomainError, badInput } from '../../common/errors/domain-error';

/** One answer for an unknown e-mail and a wrong password, so the answer reveals nothing. */
export const signInRefused = () =>
  new DomainError('UNAUTHENTICATED', 'errors.staff.signInRefused', 'The e-mail or the password is not right');
export const accountLocked = (seconds: number) =>
  new DomainError('TOO_MANY_REQUESTS', 'errors.staff.locked', `Too many failed sign-ins. Try again in ${seconds} s.`, { retryAfter: seconds });

export const invitationInvalid = () =>
  new DomainError(
    'NOT_FOUND',
    'errors.staff.invitationInvalid',
    'This invitation link is not valid: it has expired, was used or was revoked. Ask an admin for a new one.',
  );
export const invalidEmail = () => badInput('errors.staff.invalidEmail', 'Write a valid e-mail address');
export const emailTaken = () => new DomainError('CONFLICT', 'errors.staff.emailTaken', 'A staff account with this e-mail already exists');
export const passwordLength = (min: number, max: number) =>
  badInput('errors.staff.passwordLength', `The password needs ${min} to ${max} characters`);
export const displayNameLength = () => badInput('errors.staff.displayNameLength', 'Write a name of 1 to 100 characters');
export const staffNotFound = () => new DomainError('NOT_FOUND', 'errors.staff.notFound', 'No such staff account');
export const invitationNotFound = () => new DomainError('NOT_FOUND', 'errors.staff.invitationNotFound', 'No such pending invitation');
export const lastAdmin = () =>
  new DomainError('CONFLICT', 'errors.staff.lastAdmin', 'This is the last active admin: make another admin first, or the platform has nobody to manage it');
export const cannotDeactivateSelf = () =>
  new DomainError('CONFLICT', 'errors.staff.cannotDeactivateSelf', 'You cannot deactivate your own account: ask another admin');
