import { GraphQLError } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import { DomainError } from './domain-error';
import { formatGraphqlError } from './format-graphql-error';

describe('formatGraphqlError', () => {
  it('keeps the code and message key of a domain error', () => {
    const error = new GraphQLError('x', { originalError: new DomainError('NOT_FOUND', 'errors.course.notFound', 'No course') });
    const result = formatGraphqlError({ message: 'x', path: ['course'] }, error, vi.fn());
    expect(result).toEqual({
      message: 'No course',
      path: ['course'],
      extensions: { code: 'NOT_FOUND', messageKey: 'errors.course.notFound' },
    });
  });

  it('hides the details of an unexpected error and reports it', () => {
    const report = vi.fn();
    const boom = new Error('SQLITE_CORRUPT at /secret/path');
    const result = formatGraphqlError(
      { message: boom.message, extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x'] } },
      new GraphQLError(boom.message, { originalError: boom }),
      report,
    );
    expect(result.message).not.toContain('SQLITE');
    expect(JSON.stringify(result)).not.toContain('stacktrace');
    expect(result.extensions?.['code']).toBe('INTERNAL_SERVER_ERROR');
    expect(report).toHaveBeenCalledWith(boom);
  });

  it('passes validation errors through with their code', () => {
    const formatted = { message: 'Cannot query field "x"', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } };
    expect(formatGraphqlError(formatted, new GraphQLError(formatted.message), vi.fn()).extensions).toEqual({
      code: 'GRAPHQL_VALIDATION_FAILED',
    });
  });
});
