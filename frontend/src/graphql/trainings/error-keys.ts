import { allowServerKeys } from '../errors';

/**
 * Server message keys of groups, live sessions, certificates and staff sign-in. Their texts are in
 * the `groups` message bundle (src/locales/groups/), which every page of group trainings loads;
 * importing this module lets those keys through to the UI (see allowServerKeys in errors.ts).
 */
export const TRANSLATED_GROUP_KEYS = [
  'errors.group.notFound',
  'errors.group.joinCodeNotRecognised',
  'errors.group.consentRequired',
  'errors.group.membershipNotFound',
  'errors.group.invalid.name',
  'errors.group.invalid.startsOn',
  'errors.group.invalid.endsOn',
  'errors.group.invalid.region',
  'errors.group.invalid.location',
  'errors.group.invalid.nickname',
  'errors.live.notFound',
  'errors.live.ended',
  'errors.live.nothingToAnswer',
  'errors.live.answersClosed',
  'errors.live.badStep',
  'errors.live.badAnswer',
  'errors.live.noVotes',
  'errors.certificate.notEligible',
  'errors.certificate.notFound',
  'errors.group.badPairingCode',
  'errors.group.notAGroupTest',
  'errors.group.takeTestFirst',
  'errors.group.alreadyMember',
  'errors.group.pairingCodeTaken',
  'errors.staff.signInRefused',
  'errors.staff.locked',
  'errors.staff.invitationInvalid',
  'errors.staff.invalidEmail',
  'errors.staff.emailTaken',
  'errors.staff.passwordLength',
  'errors.staff.displayNameLength',
  'errors.staff.notFound',
  'errors.staff.invitationNotFound',
  'errors.staff.lastAdmin',
  'errors.staff.cannotDeactivateSelf',
] as const;

allowServerKeys(TRANSLATED_GROUP_KEYS);
