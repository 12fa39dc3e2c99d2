export * from './model';
export { loadContent } from './load';

import type { ContentError } from './model';

/** `file:line: message` and the fix on the next line, as the check command prints it. */
export function formatError(error: ContentError): string {
  return `${error.file}${error.line ? `:${error.line}` : ''}: ${error.message}\n    fix: ${error.fix}`;
}
