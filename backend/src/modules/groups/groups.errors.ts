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
export const badPairingCode = () =>
  badInput('errors.group.badPairingCode', 'A pairing code is a word and a number you will remember, 4 to 40 characters, e.g. sunflower 27');
export const notAGroupTest = () =>
  badInput('errors.group.notAGroupTest', "This is not the pre-test or the final test of this group's training");
export const takeTestFirst = () =>
  new DomainError('NOT_FOUND', 'errors.group.takeTestFirst', 'Take the test on this device first, then pair it');
export const alreadyMember = () =>
  new DomainError('CONFLICT', 'errors.group.alreadyMember', 'You are in this group on this device: your tests count already. Set your pairing code on the group page instead.');
export const pairingCodeTaken = () =>
  new DomainError('CONFLICT', 'errors.group.pairingCodeTaken', 'Someone in this group already uses this pairing code for this test: choose another one');
/** The live session's capacity: one group is one room, and the server is sized for this many phones. */
export const groupFull = (max: number) =>
  new DomainError('CONFLICT', 'errors.group.full', `This group is full: it has the most participants one live session takes (${max}). Ask your trainer.`, { max });
