/** Codes of `extensions.code` the API answers with, plus the ones the client itself detects. */
export type ApiErrorCode =
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'CONFLICT'
  | 'TOO_MANY_REQUESTS'
  | 'INTERNAL'
  | 'NETWORK'
  | 'TIMEOUT';

const SERVER_CODES = new Set<ApiErrorCode>([
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'CONFLICT',
  'TOO_MANY_REQUESTS',
]);

/**
 * Message keys the server sends in `extensions.messageKey` that have a translation in src/locales
 * (a spec checks that every locale has each of them). Unknown keys fall back to the key of the code,
 * so a learner never sees a raw key or an English server message.
 */
export const TRANSLATED_SERVER_KEYS = [
  'errors.course.notFound',
  'errors.lesson.notFound',
  'errors.quiz.notFound',
  'errors.quiz.unknownQuestion',
  'errors.quiz.unknownOption',
  'errors.quiz.oneOptionOnly',
  'errors.quiz.duplicateAnswer',
  'errors.quiz.badClientId',
  'errors.badClientId',
  'errors.scenario.notFound',
  'errors.scenario.runNotFound',
  'errors.scenario.finished',
  'errors.scenario.unknownChoice',
  'errors.learner.recoveryCodeNotRecognised',
  'errors.auth.unauthenticated',
  'errors.auth.forbidden',
  'errors.locale.unknown',
  'errors.rateLimited',
  'errors.internal',
] as const;



const TRANSLATED = new Set<string>(TRANSLATED_SERVER_KEYS);

/**
 * More server keys with a translation, from a part of the app that loads its texts with it (group
 * trainings: graphql/trainings/error-keys.ts), so that their list is not in every learner's download.
 */
export function allowServerKeys(keys: readonly string[]): void {
  for (const key of keys) TRANSLATED.add(key);
}

export const codeMessageKey = (code: ApiErrorCode) => `errors.code.${code}`;

/** A failed API call, as data the UI can translate: `t(error.messageKey)`. */
export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    /** i18n key to show the learner */
    readonly messageKey: string,
    /** The server's own (English, developer-facing) message, for logs only */
    message: string,
    readonly operation?: string,
    /** Numbers the server adds for the UI, e.g. `retryAfter` (seconds) of a locked sign-in */
    readonly details: Readonly<Record<string, number>> = {},
    /** The form field a BAD_USER_INPUT is about (`extensions.field`), to show the message beside it */
    readonly field?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

interface GraphqlErrorLike {
  message?: unknown;
  extensions?: ({ code?: unknown; messageKey?: unknown } & Record<string, unknown>) | null;
}

/** Only numeric extras are kept (e.g. retryAfter): never a server string shown as is. */
function numericDetails(extensions: GraphqlErrorLike['extensions']): Record<string, number> {
  const details: Record<string, number> = {};
  for (const [key, value] of Object.entries(extensions ?? {})) {
    if (typeof value === 'number' && Number.isFinite(value)) details[key] = value;
  }
  return details;
}

/** A field name the server points at: an identifier (e.g. `endsOn`, `materials.0.title`), never free text. */
function fieldOf(extensions: GraphqlErrorLike['extensions']): string | undefined {
  const field = extensions?.['field'];
  return typeof field === 'string' && /^[A-Za-z][A-Za-z0-9_.]{0,60}$/.test(field) ? field : undefined;
}

/** Maps the first GraphQL error of a response to an ApiError. */
export function fromGraphqlError(error: GraphqlErrorLike, operation?: string): ApiError {
  const rawCode = typeof error.extensions?.code === 'string' ? error.extensions.code : '';
  const code: ApiErrorCode = SERVER_CODES.has(rawCode as ApiErrorCode) ? (rawCode as ApiErrorCode) : 'INTERNAL';
  const serverKey = error.extensions?.messageKey;
  const messageKey = typeof serverKey === 'string' && TRANSLATED.has(serverKey) ? serverKey : codeMessageKey(code);
  const message = typeof error.message === 'string' ? error.message : rawCode || 'GraphQL error';
  return new ApiError(code, messageKey, message, operation, numericDetails(error.extensions), fieldOf(error.extensions));
}

/** Maps an HTTP answer without a GraphQL error in it (a proxy, a rate limiter, a crash). */
export function fromHttpStatus(status: number, operation?: string): ApiError {
  const code: ApiErrorCode =
    status === 429 ? 'TOO_MANY_REQUESTS' : status === 401 ? 'UNAUTHENTICATED' : status === 403 ? 'FORBIDDEN' : status === 404 ? 'NOT_FOUND' : 'INTERNAL';
  return new ApiError(code, codeMessageKey(code), `HTTP ${status}`, operation);
}

export function networkError(operation: string | undefined, timedOut: boolean): ApiError {
  const code: ApiErrorCode = timedOut ? 'TIMEOUT' : 'NETWORK';
  return new ApiError(code, codeMessageKey(code), timedOut ? 'Request timed out' : 'Network request failed', operation);
}

/** Anything thrown by an API call, as an ApiError. */
export function toApiError(error: unknown): ApiError {
  if (isApiError(error)) return error;
  return new ApiError('INTERNAL', codeMessageKey('INTERNAL'), error instanceof Error ? error.message : String(error));
}
