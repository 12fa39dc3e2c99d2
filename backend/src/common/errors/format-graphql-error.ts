import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { DomainError } from './domain-error';

/** Codes that Apollo and graphql-js produce for a malformed request: safe to pass through as they are. */
const REQUEST_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * The error a resolver (or guard) threw, beneath graphql-js's wrapping. Duck-typed: the GraphQLError
 * class of the library that wrapped it need not be the one this module imports.
 */
function originalOf(error: unknown): unknown {
  let current = error;
  while (current instanceof Error && current.name === 'GraphQLError' && (current as GraphQLError).originalError) {
    current = (current as GraphQLError).originalError;
  }
  return current;
}

export type UnexpectedErrorSink = (error: unknown) => void;

/**
 * The one error mapper: domain errors keep their code and message, request errors pass,
 * everything else is reported to the log and answered without detail (no stack traces leak).
 */
export function formatGraphqlError(
  formatted: GraphQLFormattedError,
  error: unknown,
  reportUnexpected: UnexpectedErrorSink,
): GraphQLFormattedError {
  const original = originalOf(error);
  if (original instanceof DomainError) {
    return {
      message: original.message,
      path: formatted.path,
      extensions: { ...original.details, code: original.code, messageKey: original.messageKey },
    };
  }
  const code = formatted.extensions?.['code'];
  if (typeof code === 'string' && REQUEST_ERROR_CODES.has(code)) {
    return { message: formatted.message, locations: formatted.locations, extensions: { code } };
  }
  reportUnexpected(original);
  return {
    message: 'Something went wrong on our side. Please try again.',
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR', messageKey: 'errors.internal' },
  };
}
