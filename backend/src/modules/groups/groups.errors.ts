import { DomainError, badInput } from '../../common/errors/domain-error';

export const groupNotFound = () =>
  new DomainError('NOT_FOUND', 'errors.group.notFound', 'This group does not exist or is not yours');
export const joinCodeNotRecognised = () =>
  new DomainError('NOT_FOUND', 'errors.group.joinCodeNotRecognised', 'No group has this code. Check it with your trainer.');
export const consentRequired = () =>
  badInput('errors.group.consentRequired', 'Please read and accept what is kept about you before joining');
export const invalidField = (field: string, rule: string) =>
  badInput(`errors.group.invalid.${field}`, `${field}: ${rule}`);
export const membershipNotFound = () =>
  new DomainError('NOT_FOUND', 'errors.group.membershipNotFound', 'This participant is not in the group');
/** The live session's capacity: one group is one room, and the server is sized for this many phones. */
export const groupFull = (max: number) =>
  new DomainError('CONFLICT', 'errors.group.full', `This group is full: it has the most participants one live session takes (${max}). Ask your trainer.`, { max });
