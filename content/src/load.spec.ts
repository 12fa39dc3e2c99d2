import { afterEach, describe, expect, it } from 'vitest';
import * as fs from 'node:fs';
import { loadContent } from './load';
import type { ContentError, LoadResult } from './model';
import { aContentTree } from './test-support/content-tree';

let tree: ReturnType<typeof aContentTree>;
afterEach(() => fs.rmSync(tree.dir, { recursive: true, force: true }));

function errorsOf(result: LoadResult): ContentError[] {
  if (result.ok) throw new Error('expected the content to be refused');
  return result.errors;
}

/** Replaces one exact piece of a file, failing loudly if it is not there. */
function edit(file: string, from: string, to: string) {
  const text = tree.read(file);
  if (!text.includes(from)) throw new Error(`"${from}" not in ${file}`);
  tree.write(file, text.replace(from, to));
}

describe('loadContent: good content', () => {
  it('resolves a valid tree into a bundle', async () => {
    tree = aContentTree();
    const result = await loadContent(tree.dir);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const [course] = result.bundle.courses;
    expect(course).toMatchObject({ id: 'demo', audience: 'parents', languages: ['ru', 'en'] });
    expect(course?.steps).toEqual([
      { kind: 'lesson', id: 'intro' },
      { kind: 'quiz', id: 'check' },
      { kind: 'scenario', id: 'talk' },
    ]);
    expect(course?.lessons[0]?.versions.en).toMatchObject({ title: 'Introduction', video: 'clip.mp4', markdown: 'Text.' });
    expect(course?.quizzes[0]?.questions[0]?.options[1]?.correct).toBe(false);
    expect(course?.scenarios[0]?.nodes.find((n) => n.id === 'good-end')).toMatchObject({ outcome: 'good', explanation: { en: 'Because...' } });
    expect(result.bundle.helplines[0]?.phones).toEqual(['113']);
  });

  it('lists Belarusian among the languages only when every text has it', async () => {
    tree = aContentTree();
    edit('courses/demo/course.yaml', '  en: Course\n', '  en: Course\n  be: Курс\n');
    const partly = await loadContent(tree.dir);
    expect(partly.ok && partly.bundle.courses[0]?.languages).toEqual(['ru', 'en']);
  });
});

describe('loadContent: each kind of mistake names the file, the line and the fix', () => {
  it('a missing translation', async () => {
    tree = aContentTree();
    edit('courses/demo/course.yaml', '  en: In short.\n', '');
    const [error] = errorsOf(await loadContent(tree.dir));
    expect(error).toMatchObject({ file: 'courses/demo/course.yaml', line: 4, message: 'The English text of summary is missing' });
    expect(error?.fix).toMatch(/en:/);
  });

  it('an unknown field, with a suggestion', async () => {
    tree = aContentTree();
    edit('courses/demo/quizzes/check.yaml', 'passMark: 70', 'pasMark: 70');
    const errors = errorsOf(await loadContent(tree.dir));
    expect(errors).toContainEqual(expect.objectContaining({ file: 'courses/demo/quizzes/check.yaml', line: 2, message: 'Unknown field "pasMark"', fix: 'Did you mean "passMark"? Rename it.' }));
  });

  it('a word read as yes/no instead of text', async () => {
    tree = aContentTree();
    edit('courses/demo/quizzes/check.yaml', 'en: "True" }', 'en: True }');
    const errors = errorsOf(await loadContent(tree.dir));
    expect(errors[0]).toMatchObject({ line: 21, message: 'questions › 2 › options › 1 › text › en is read as yes/no, not as text', fix: 'Put it in quotes: "true"' });
  });

  it('a step whose file does not exist', async () => {
    tree = aContentTree();
    edit('courses/demo/course.yaml', '  - quiz: check', '  - quiz: chek');
    const errors = errorsOf(await loadContent(tree.dir));
    expect(errors).toContainEqual(expect.objectContaining({ line: 12, message: 'Step 2 names the quiz "chek", but there is no such file' }));
    expect(errors).toContainEqual(expect.objectContaining({ message: 'The quiz "check" is in the folder but not in steps' }));
  });

  it('a lesson without its English version', async () => {
    tree = aContentTree();
    tree.remove('courses/demo/lessons/intro.en.md');
    const errors = errorsOf(await loadContent(tree.dir));
    expect(errors).toContainEqual(expect.objectContaining({ file: 'courses/demo/lessons/intro.en.md', message: 'The lesson "intro" has no en version' }));
  });

  it('a single-choice question with no correct option', async () => {
    tree = aContentTree();
    edit('courses/demo/quizzes/check.yaml', '      - id: a\n        correct: true\n', '      - id: a\n');
    const errors = errorsOf(await loadContent(tree.dir));
    expect(errors).toContainEqual(expect.objectContaining({ line: 8, message: 'The question "first" has no correct option', fix: 'Add "correct: true" to the right option' }));
  });

  it('a true/false question with other option ids', async () => {
    tree = aContentTree();
    edit('courses/demo/quizzes/check.yaml', 'id: "false"', 'id: nope');
    const errors = errorsOf(await loadContent(tree.dir));
    expect(errors[0]?.message).toBe('The true/false question "second" must have exactly the options "true" and "false"');
  });

  it('a choice that leads nowhere', async () => {
    tree = aContentTree();
    edit('courses/demo/scenarios/talk.yaml', 'next: good-end', 'next: happy-end');
    const errors = errorsOf(await loadContent(tree.dir));
    expect(errors).toContainEqual(expect.objectContaining({ line: 19, message: 'The choice "help" leads to "happy-end", but there is no such node' }));
  });

  it('a node nobody can reach, and a loop with no way out', async () => {
    tree = aContentTree();
    edit('courses/demo/scenarios/talk.yaml', 'next: good-end }', 'next: two }');
    const messages = errorsOf(await loadContent(tree.dir)).map((e) => e.message);
    expect(messages).toContain('The node "good-end" cannot be reached from the start');
    expect(messages).toContain('Every ending that can be reached has the same outcome, so the choices do not matter');
  });

  it('too few decision points', async () => {
    tree = aContentTree();
    edit('courses/demo/scenarios/talk.yaml', 'next: three }', 'next: good-end }');
    edit('courses/demo/scenarios/talk.yaml', '  - id: three\n    text: { ru: Три, en: Three }\n    choices:\n      - { id: help, text: { ru: Помочь, en: Help }, reaction: { ru: Спасибо, en: Thanks }, next: good-end }\n      - { id: wait, text: { ru: Ждать, en: Wait }, reaction: { ru: Хм, en: Hm }, next: bad-end }\n', '');
    const messages = errorsOf(await loadContent(tree.dir)).map((e) => e.message);
    expect(messages).toContain('The scenario has 2 decision point(s); it needs at least 3');
  });

  it('a video without captions', async () => {
    tree = aContentTree();
    edit('courses/demo/lessons/intro.en.md', 'captions: clip.en.vtt\n', '');
    const errors = errorsOf(await loadContent(tree.dir));
    expect(errors[0]).toMatchObject({ file: 'courses/demo/lessons/intro.en.md', line: 4, message: 'The video has no captions' });
  });

  it('a YAML syntax error', async () => {
    tree = aContentTree();
    tree.write('courses/demo/quizzes/check.yaml', 'title: { ru: Тест, en: Test\npassMark: 70\n');
    const errors = errorsOf(await loadContent(tree.dir));
    expect(errors[0]?.file).toBe('courses/demo/quizzes/check.yaml');
    expect(errors[0]?.message).toMatch(/not valid YAML/);
    expect(errors[0]?.line).toBeGreaterThanOrEqual(1);
  });

  it('a field written twice', async () => {
    tree = aContentTree();
    edit('courses/demo/course.yaml', 'audience: parents\n', 'audience: parents\naudience: youth\n');
    const errors = errorsOf(await loadContent(tree.dir));
    expect(errors[0]).toMatchObject({ line: 8, message: 'The same field is written twice' });
  });

  it('collects the problems of every file at once', async () => {
    tree = aContentTree();
    edit('courses/demo/course.yaml', 'audience: parents', 'audience: teachers');
    edit('helplines.yaml', 'free: true', 'free: yes please');
    const errors = errorsOf(await loadContent(tree.dir));
    expect(errors.map((e) => e.file).sort()).toEqual(['courses/demo/course.yaml', 'helplines.yaml']);
    expect(errors.find((e) => e.file === 'courses/demo/course.yaml')?.fix).toBe('Write one of: parents, youth, professionals');
  });
});
