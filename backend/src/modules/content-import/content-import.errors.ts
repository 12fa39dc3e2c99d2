import { formatError, type ContentError } from '@zorka/content';

/** The content tree has mistakes: nothing was imported. */
export class ContentInvalidError extends Error {
  constructor(readonly errors: ContentError[]) {
    super(`The content has ${errors.length} problem(s); nothing was imported:\n${errors.map(formatError).join('\n')}`);
    this.name = 'ContentInvalidError';
  }
}

/** A campaign folder has the address of a campaign made in the app: nothing was imported. */
export const campaignSlugTaken = (slug: string) =>
  new ContentInvalidError([
    {
      file: `campaigns/${slug}`,
      message: `A campaign made in the app already uses the address "${slug}"`,
      fix: 'Rename the campaign folder (the address is /c/<folder>)',
    },
  ]);
