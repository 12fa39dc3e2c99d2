import { describe, expect, it } from 'vitest';
import { report } from './check.cli';
import { formatError, type ContentBundle, type ContentError } from './index';

const anError = (overrides: Partial<ContentError> = {}): ContentError => ({
  file: 'courses/x/quizzes/q.yaml',
  line: 12,
  message: "The question 'secret-gifts' has no correct option",
  fix: 'Add `correct: true` to the right option',
  ...overrides,
});

describe('formatError', () => {
  it('prints file:line, the message and the fix on an indented line', () => {
    expect(formatError(anError())).toBe("courses/x/quizzes/q.yaml:12: The question 'secret-gifts' has no correct option\n    fix: Add `correct: true` to the right option");
  });

  it('leaves the line out when it is not known', () => {
    expect(formatError(anError({ line: undefined }))).toMatch(/^courses\/x\/quizzes\/q\.yaml: The question/);
  });
});

describe('report', () => {
  it('prints every error and a summary and exits 1 when there are errors', () => {
    const { text, exitCode } = report({ ok: false, errors: [anError(), anError({ line: 20 }), anError({ file: 'helplines.yaml' })] });

    expect(exitCode).toBe(1);
    expect(text.split('\n').filter((l) => /^\S+:\d*:? /.test(l))).toHaveLength(3);
    expect(text).toMatch(/\n3 problems in 2 files: nothing can be imported until they are fixed\.$/);
  });

  it('counts what was checked and exits 0 when everything is right', () => {
    const course = { lessons: [{}, {}], quizzes: [{}], scenarios: [{}] } as unknown as ContentBundle['courses'][number];

    const { text, exitCode } = report({ ok: true, bundle: { courses: [course, course], helplines: [{} as ContentBundle['helplines'][number]], campaigns: [] } });

    expect(exitCode).toBe(0);
    expect(text).toBe('2 courses, 4 lessons, 2 quizzes, 2 scenarios, 1 help line: all good');
  });
});
