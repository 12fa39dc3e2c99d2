import * as path from 'node:path';
import { formatError, loadContent, type LoadResult } from './index';

/** What `pnpm content:check` prints for a result, and the exit code CI relies on. */
export function report(result: LoadResult): { text: string; exitCode: 0 | 1 } {
  if (!result.ok) {
    const files = new Set(result.errors.map((e) => e.file)).size;
    const problems = result.errors.length === 1 ? '1 problem' : `${result.errors.length} problems`;
    const summary = `${problems} in ${files === 1 ? '1 file' : `${files} files`}: nothing can be imported until they are fixed.`;
    return { text: [...result.errors.map(formatError), '', summary].join('\n'), exitCode: 1 };
  }
  const { courses, helplines, campaigns } = result.bundle;
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  const total = (pick: (c: (typeof courses)[number]) => unknown[]) => courses.reduce((n, c) => n + pick(c).length, 0);
  const parts = [
    count(courses.length, 'course', 'courses'),
    count(total((c) => c.lessons), 'lesson', 'lessons'),
    count(total((c) => c.quizzes), 'quiz', 'quizzes'),
    count(total((c) => c.scenarios), 'scenario', 'scenarios'),
    count(helplines.length, 'help line', 'help lines'),
    ...(campaigns.length > 0 ? [count(campaigns.length, 'campaign', 'campaigns')] : []),
  ];
  return { text: `${parts.join(', ')}: all good`, exitCode: 0 };
}

/** `node dist/check.cli.js [contentDir]`; by default the content folder this package lives in. */
async function main(): Promise<void> {
  const dir = path.resolve(process.argv[2] ?? path.join(__dirname, '..'));
  const { text, exitCode } = report(await loadContent(dir));
  (exitCode === 0 ? process.stdout : process.stderr).write(`${text}\n`);
  process.exitCode = exitCode;
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`The check could not run: ${String(error)}\n`);
    process.exitCode = 1;
  });
}
