import { IntrinsicException } from '@nestjs/common';

/** The codes the API answers with in `extensions.code`; the frontend translates `extensions.messageKey`. */
export type ErrorCode =
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'CONFLICT'
  | 'TOO_MANY_REQUESTS';

/**
 * An expected failure, as data: each module declares its own in `<domain>.errors.ts`.
 * Only these reach the client with their message; anything else becomes INTERNAL_SERVER_ERROR.
 * Nest does not log an IntrinsicException: an expected refusal is an answer, not a server error.
 */
export class DomainError extends IntrinsicException {
  constructor(
    readonly code: ErrorCode,
    /** i18n key, e.g. `errors.course.notFound` */
    readonly messageKey: string,
    message: string,
    /** Machine-readable details for the client, e.g. { retryAfter: 42 } */
    readonly details: Record<string, string | number> = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const badInput = (messageKey: string, message: string) =>
  new DomainError('BAD_USER_INPUT', messageKey, message);
