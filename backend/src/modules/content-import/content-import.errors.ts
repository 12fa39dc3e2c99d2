import { formatError, type ContentError } from '@zorka/content';

/** The content tree has mistakes: nothing was imported. */
export class ContentInvalidError extends Error {
  constructor(readonly errors: ContentError[]) {
    super(`The content has ${errors.length} problem(s); nothing was imported:\n${errors.map(formatError).join('\n')}`);
    this.name = 'ContentInvalidError';
  }
}
