import * as path from 'node:path';
import { formatError, loadContent } from './index';

/** `pnpm content:check [folder]`: every problem in the content, with file, line and fix; exit 1 if any. */
async function main(): Promise<void> {
  const dir = path.resolve(process.argv[2] ?? path.join(__dirname, '..'));
  const result = await loadContent(dir);
  if (!result.ok) {
    for (const error of result.errors) process.stderr.write(`${formatError(error)}\n`);
    process.stderr.write(`\n${result.errors.length} problem(s) found: nothing can be imported until they are fixed.\n`);
    process.exitCode = 1;
    return;
  }
  const { courses, helplines } = result.bundle;
  const count = (pick: (c: (typeof courses)[number]) => unknown[]) => courses.reduce((n, c) => n + pick(c).length, 0);
  process.stdout.write(
    `${courses.length} courses, ${count((c) => c.lessons)} lessons, ${count((c) => c.quizzes)} quizzes, ` +
      `${count((c) => c.scenarios)} scenarios, ${helplines.length} help lines: all good\n`,
  );
}

void main();
