import { badInput } from '../errors/domain-error';

/** A UUID fits, and so does any other opaque id a client makes up; nothing that could carry a message. */
const CLIENT_ID = /^[A-Za-z0-9-]{8,64}$/;

export const CLIENT_ID_DESCRIPTION =
  'Client-generated id (8-64 letters, digits or dashes, e.g. a UUID); resending the same write with the same id changes nothing and returns the same result';

export const badClientId = () => badInput('errors.badClientId', 'clientId must be 8 to 64 letters, digits or dashes');

/** The client id of a write a client may resend, or null when it sent none. */
export function parseClientId(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  if (!CLIENT_ID.test(value)) throw badClientId();
  return value;
}
