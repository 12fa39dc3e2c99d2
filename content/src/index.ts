import type { ContentError } from './model';

export * from './model';
export { loadContent } from './load';

/** `file:line: message` and the fix on the next line, as `pnpm content:check` prints it. */
export function formatError(error: ContentError): string {
  return `${error.file}${error.line ? `:${error.line}` : ''}: ${error.message}\n    fix: ${error.fix}`;
}
