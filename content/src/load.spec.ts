import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadContent } from './load';
import type { ContentError, ContentBundle, LoadResult } from './model';
import { aContentTree, type ContentTree } from './test-support/content-tree';

// Line numbers below refer to the texts in test-support/content-tree.ts.
const COURSE = 'courses/demo/course.yaml';
const QUIZ = 'courses/demo/quizzes/check.yaml';
const SCENARIO = 'courses/demo/scenarios/talk.yaml';
const LESSON_EN = 'courses/demo/lessons/intro.en.md';

let tree: ContentTree;
afterEach(() => fs.rmSync(tree.dir, { recursive: true, force: true }));

async function load(arrange: (t: ContentTree) => void = () => {}): Promise<LoadResult> {
  tree = aContentTree();
  arrange(tree);
  return loadContent(tree.dir);
}

function bundleOf(result: LoadResult): ContentBundle {
  if (!result.ok) throw new Error(`expected the content to load, got ${JSON.stringify(result.errors, null, 2)}`);
  return result.bundle;
}

function errorsOf(result: LoadResult): ContentError[] {
  if (result.ok) throw new Error('expected the content to be refused');
  return result.errors;
}

describe('loadContent with good content', () => {
  it('returns the resolved course and help lines when every file is right', async () => {
    const bundle = bundleOf(await load());

    const [course] = bundle.courses;
    expect(course).toMatchObject({ id: 'demo', title: { ru: 'Курс', en: 'Course' }, audience: 'parents', ageBands: ['adults'], estimatedMinutes: 20 });
    expect(course?.steps).toEqual([
      { kind: 'lesson', id: 'intro' },
      { kind: 'quiz', id: 'check' },
      { kind: 'scenario', id: 'talk' },
    ]);
    expect(course?.lessons[0]?.versions.en).toEqual({ title: 'Introduction', minutes: 3, markdown: 'Text.', video: 'clip.mp4', captions: 'clip.en.vtt' });
    expect(course?.quizzes[0]?.questions.map((q) => q.options.map((o) => o.correct))).toEqual([[true, false], [true, false]]);
    expect(course?.media).toEqual({ 'clip.en.vtt': path.join(tree.dir, 'courses/demo/media/clip.en.vtt'), 'clip.mp4': path.join(tree.dir, 'courses/demo/media/clip.mp4') });
    expect(bundle.helplines).toEqual([expect.objectContaining({ id: 'hotline', phones: ['113'], languages: ['ru', 'be'], free: true })]);
  });

  it('gives an ending its text as explanation when reading a scenario', async () => {
    const bundle = bundleOf(await load());

    const nodes = bundle.courses[0]?.scenarios[0]?.nodes ?? [];
    expect(nodes.find((n) => n.id === 'good-end')).toEqual({ id: 'good-end', outcome: 'good', title: { ru: 'Хорошо', en: 'Good' }, explanation: { ru: 'Потому что...', en: 'Because...' } });
    expect(nodes.find((n) => n.id === 'one')).toMatchObject({ text: { ru: 'Один', en: 'One' } });
  });

  it('leaves Belarusian out of the languages when one text lacks it', async () => {
    const result = await load((t) => t.edit(COURSE, '  en: Course\n', '  en: Course\n  be: Курс\n'));

    expect(bundleOf(result).courses[0]?.languages).toEqual(['ru', 'en']);
  });

  it('lists Belarusian among the languages when every text and lesson has it', async () => {
    const result = await load((t) => {
      t.remove('courses/demo/quizzes');
      t.remove('courses/demo/scenarios');
      t.edit(COURSE, '  - quiz: check\n  - scenario: talk\n', '');
      t.edit(COURSE, '  en: Course\n', '  en: Course\n  be: Курс\n');
      t.edit(COURSE, '  en: In short.\n', '  en: In short.\n  be: Коратка.\n');
      t.write('courses/demo/lessons/intro.be.md', '---\ntitle: Уводзіны\nminutes: 3\n---\n\nТэкст.\n');
    });

    expect(bundleOf(result).courses[0]?.languages).toEqual(['ru', 'en', 'be']);
  });

  it('orders courses and lessons by id whatever order the files come in', async () => {
    const result = await load((t) => {
      fs.cpSync(path.join(t.dir, 'courses/demo'), path.join(t.dir, 'courses/another'), { recursive: true });
      t.write('courses/demo/lessons/intro-two.ru.md', '---\ntitle: Два\nminutes: 1\n---\nТекст.\n');
      t.write('courses/demo/lessons/intro-two.en.md', '---\ntitle: Two\nminutes: 1\n---\nText.\n');
      t.edit(COURSE, '  - lesson: intro\n', '  - lesson: intro-two\n  - lesson: intro\n');
    });

    const courses = bundleOf(result).courses;
    expect(courses.map((c) => c.id)).toEqual(['another', 'demo']);
    expect(courses[1]?.lessons.map((l) => l.id)).toEqual(['intro', 'intro-two']);
    expect(courses[1]?.steps[0]).toEqual({ kind: 'lesson', id: 'intro-two' });
  });

  it('accepts a pre-test and a post-test outside steps and orders quizzes by id', async () => {
    const result = await load((t) => {
      t.write('courses/demo/quizzes/before.yaml', t.read(QUIZ));
      t.write('courses/demo/quizzes/check-after.yaml', t.read(QUIZ));
      t.edit(COURSE, 'steps:', 'preTest: before\npostTest: check-after\nsteps:');
    });

    const course = bundleOf(result).courses[0];
    expect(course).toMatchObject({ preTest: 'before', postTest: 'check-after' });
    expect(course?.quizzes.map((q) => q.id)).toEqual(['before', 'check', 'check-after']);
  });
});

describe('loadContent with mistakes in YAML fields', () => {
  it('names the missing language at the line of its text when a translation is missing', async () => {
    const errors = errorsOf(await load((t) => t.edit(COURSE, '  en: In short.\n', '')));

    expect(errors).toEqual([{ file: COURSE, line: 4, message: 'The English text of summary is missing', fix: 'Add a line "en: <text in English>"' }]);
  });

  it('suggests the known field when a field name is misspelt', async () => {
    const errors = errorsOf(await load((t) => t.edit(QUIZ, 'passMark: 70', 'pasMark: 70')));

    expect(errors).toContainEqual({ file: QUIZ, line: 2, message: 'Unknown field "pasMark"', fix: 'Did you mean "passMark"? Rename it.' });
  });

  it('reports each unknown field on its own line when there are several', async () => {
    const errors = errorsOf(await load((t) => t.edit(COURSE, 'audience: parents\n', 'audience: parents\ncolour: red\nweight: 3\n')));

    expect(errors.map((e) => [e.line, e.message])).toEqual([
      [8, 'Unknown field "colour"'],
      [9, 'Unknown field "weight"'],
    ]);
    expect(errors[0]?.fix).toMatch(/^Remove it; allowed here: title, summary/);
  });

  it('suggests the language when a language code is misspelt', async () => {
    const errors = errorsOf(await load((t) => t.edit(COURSE, '  en: Course\n', '  en: Course\n  eng: Course\n')));

    expect(errors).toEqual([{ file: COURSE, line: 4, message: 'Unknown field "eng" in title', fix: 'Did you mean "en"? Rename it.' }]);
  });

  it('explains the comma when an unquoted text with a comma splits into fields', async () => {
    const errors = errorsOf(await load((t) => t.edit(QUIZ, 'text: { ru: Да, en: "Yes" }', 'text: { ru: Да, конечно, en: "Yes" }')));

    expect(errors).toEqual([
      { file: QUIZ, line: 10, message: 'Unknown field "конечно" in question 1 › option 1 › text', fix: 'A comma split the text: put the whole text in quotes, e.g. en: "Yes, because..."' },
    ]);
  });

  it('asks for quotes when a text is read as yes/no', async () => {
    const errors = errorsOf(await load((t) => t.edit(QUIZ, 'en: "True" }', 'en: True }')));

    expect(errors).toEqual([{ file: QUIZ, line: 21, message: 'Question 2 › option 1 › text › en is read as yes/no, not as text', fix: 'Put it in quotes: "true"' }]);
  });

  it('says a field is empty when nothing follows its colon', async () => {
    const errors = errorsOf(await load((t) => t.edit(COURSE, '  en: Course\n', '  en:\n')));

    expect(errors).toEqual([{ file: COURSE, line: 3, message: 'Title › en is empty', fix: 'Write a text after the colon' }]);
  });

  it('lists the allowed values when a value is not one of them', async () => {
    const errors = errorsOf(await load((t) => t.edit(COURSE, 'audience: parents', 'audience: teachers')));

    expect(errors).toEqual([{ file: COURSE, line: 7, message: 'Audience cannot be "teachers"', fix: 'Write one of: parents, youth, professionals' }]);
  });

  it('explains how to write an id when it has capitals', async () => {
    const errors = errorsOf(await load((t) => t.edit(QUIZ, 'id: b', 'id: B')));

    expect(errors).toEqual([expect.objectContaining({ file: QUIZ, line: 12, message: 'Question 1 › option 2 › id "B" is not written correctly', fix: expect.stringMatching(/lowercase/) })]);
  });

  it('reports the line of a YAML syntax error', async () => {
    const errors = errorsOf(await load((t) => t.edit(COURSE, '  en: In short.', ' en: In short.')));

    expect(errors).toEqual([
      { file: COURSE, line: 6, message: 'This line is indented wrongly, or a { or [ is not closed', fix: 'Indent fields of one group by the same number of spaces, and close every { with } and [ with ]' },
    ]);
  });

  it('names the field and the second line when a field is written twice', async () => {
    const errors = errorsOf(await load((t) => t.edit(COURSE, 'audience: parents\n', 'audience: parents\naudience: youth\n')));

    expect(errors).toEqual([{ file: COURSE, line: 8, message: 'The field "audience" is written twice', fix: 'Keep one of the two and delete the other' }]);
  });

  it('reports a missing field at the top of the file when a required field is absent', async () => {
    const errors = errorsOf(await load((t) => t.edit(COURSE, 'estimatedMinutes: 20\n', '')));

    expect(errors).toEqual([{ file: COURSE, line: 1, message: 'The field "estimatedMinutes" is missing in the file', fix: 'Add "estimatedMinutes:" with its value' }]);
  });
});

describe('loadContent with mistakes in course steps', () => {
  it('suggests the step kind when it is misspelt', async () => {
    const errors = errorsOf(await load((t) => t.edit(COURSE, '  - quiz: check', '  - quizz: check')));

    expect(errors).toEqual([{ file: COURSE, line: 12, message: 'Unknown field "quizz" in step 2', fix: 'Did you mean "quiz"? Rename it.' }]);
  });

  it('refuses a step that names two things', async () => {
    const errors = errorsOf(await load((t) => t.edit(COURSE, '  - quiz: check', '  - quiz: check\n    lesson: intro')));

    expect(errors).toEqual([expect.objectContaining({ line: 12, message: 'Step 2 must name exactly one lesson, quiz or scenario' })]);
  });

  it('reports the step and the unused file when a step names a file that does not exist', async () => {
    const errors = errorsOf(await load((t) => t.edit(COURSE, '  - quiz: check', '  - quiz: chek')));

    expect(errors).toEqual([
      { file: COURSE, line: 12, message: 'Step 2 names the quiz "chek", but there is no such file', fix: 'Create quizzes/chek.yaml, or correct the id' },
      { file: COURSE, line: 10, message: 'The quiz "check" (quizzes/check.yaml) is not used in steps', fix: 'Add "- quiz: check" to steps, or delete its file' },
    ]);
  });

  it('reports a lesson that is in the folder but not in steps', async () => {
    const errors = errorsOf(
      await load((t) => {
        t.write('courses/demo/lessons/extra.ru.md', '---\ntitle: Ещё\nminutes: 1\n---\nТекст.\n');
        t.write('courses/demo/lessons/extra.en.md', '---\ntitle: More\nminutes: 1\n---\nText.\n');
      }),
    );

    expect(errors).toEqual([{ file: COURSE, line: 10, message: 'The lesson "extra" (lessons/extra.*.md) is not used in steps', fix: 'Add "- lesson: extra" to steps, or delete its file' }]);
  });

  it('reports only the quiz file when a step names a quiz that has a mistake', async () => {
    const errors = errorsOf(await load((t) => t.edit(QUIZ, 'passMark: 70', 'passMark: high')));

    expect(errors).toEqual([expect.objectContaining({ file: QUIZ, line: 2, message: 'PassMark should be a number' })]);
  });

  it('refuses a pre-test that is also a step', async () => {
    const errors = errorsOf(await load((t) => t.edit(COURSE, 'steps:', 'preTest: check\nsteps:')));

    expect(errors).toEqual([expect.objectContaining({ file: COURSE, line: 13, message: 'The quiz "check" is both the preTest and a step', fix: expect.stringMatching(/^Remove "- quiz: check" from steps/) })]);
  });

  it('refuses a linkedCourse that names no course folder', async () => {
    const errors = errorsOf(await load((t) => t.edit(COURSE, 'steps:', 'linkedCourse: demo-youth\nsteps:')));

    expect(errors).toEqual([expect.objectContaining({ file: COURSE, line: 10, message: 'linkedCourse names "demo-youth", but there is no such course folder' })]);
  });

  it('accepts a linkedCourse when the linked course.yaml has its own mistake', async () => {
    const errors = errorsOf(
      await load((t) => {
        fs.cpSync(path.join(t.dir, 'courses/demo'), path.join(t.dir, 'courses/demo-youth'), { recursive: true });
        t.edit('courses/demo-youth/course.yaml', 'audience: parents', 'audience: kids');
        t.edit(COURSE, 'steps:', 'linkedCourse: demo-youth\nsteps:');
      }),
    );

    expect(errors.map((e) => e.file)).toEqual(['courses/demo-youth/course.yaml']);
  });

  it('suggests the folder name when a course sub-folder is misspelt', async () => {
    const errors = errorsOf(await load((t) => fs.renameSync(path.join(t.dir, 'courses/demo/quizzes'), path.join(t.dir, 'courses/demo/quizes'))));

    expect(errors).toContainEqual({ file: 'courses/demo/quizes', line: undefined, message: '"quizes" does not belong in a course folder', fix: 'Did you mean "quizzes"? Rename it.' });
  });
});

describe('loadContent with mistakes in quizzes', () => {
  it('asks for a correct option when a single-choice question has none', async () => {
    const errors = errorsOf(await load((t) => t.edit(QUIZ, '      - id: a\n        correct: true\n', '      - id: a\n')));

    expect(errors).toEqual([{ file: QUIZ, line: 7, message: 'The question "first" has no correct option', fix: 'Add "correct: true" to the right option' }]);
  });

  it('refuses two correct options when a question takes one answer', async () => {
    const errors = errorsOf(await load((t) => t.edit(QUIZ, '      - id: b\n', '      - id: b\n        correct: true\n')));

    expect(errors).toEqual([expect.objectContaining({ line: 7, message: 'The question "first" takes one answer but has 2 correct options', fix: expect.stringMatching(/type: multiple/) })]);
  });

  it('asks for correct options when a multiple-choice question has none', async () => {
    const errors = errorsOf(
      await load((t) => {
        t.edit(QUIZ, 'type: single', 'type: multiple');
        t.edit(QUIZ, '        correct: true\n', '');
      }),
    );

    expect(errors).toEqual([{ file: QUIZ, line: 7, message: 'The question "first" has no correct option', fix: 'Add "correct: true" to the right options' }]);
  });

  it('refuses a true-false question when its options are not "true" and "false"', async () => {
    const errors = errorsOf(await load((t) => t.edit(QUIZ, 'id: "false"', 'id: nope')));

    expect(errors).toEqual([
      { file: QUIZ, line: 18, message: 'The true/false question "second" must have exactly two options, "true" and "false"', fix: 'Write two options, one with id: "true" and one with id: "false" (in quotes)' },
    ]);
  });

  it('points at the second option when two options share an id', async () => {
    const errors = errorsOf(await load((t) => t.edit(QUIZ, 'id: b', 'id: a')));

    expect(errors).toEqual([{ file: QUIZ, line: 12, message: 'The question "first" has two options with the id "a"', fix: 'Give each option its own id' }]);
  });
});

describe('loadContent with repeated ids', () => {
  it('points at the second question when two questions share an id', async () => {
    const errors = errorsOf(await load((t) => t.edit(QUIZ, 'id: second', 'id: first')));

    expect(errors).toEqual([{ file: QUIZ, line: 15, message: 'The question id "first" is used twice', fix: 'Give each question its own id' }]);
  });

  it('points at the second node when two nodes share an id', async () => {
    const errors = errorsOf(await load((t) => t.edit(SCENARIO, '  - id: three', '  - id: two')));

    expect(errors).toContainEqual({ file: SCENARIO, line: 16, message: 'The node id "two" is used twice', fix: 'Give each node its own id' });
  });

  it('points at the second choice when two choices of a scenario share an id', async () => {
    const errors = errorsOf(await load((t) => t.edit(SCENARIO, '{ id: quit,', '{ id: go,')));

    expect(errors).toEqual([{ file: SCENARIO, line: 15, message: 'The choice id "go" is used twice in this scenario', fix: 'Give each choice its own id' }]);
  });
});

describe('loadContent with mistakes in scenarios', () => {
  it('names the missing node when a choice leads nowhere', async () => {
    const errors = errorsOf(await load((t) => t.edit(SCENARIO, 'next: good-end', 'next: happy-end')));

    expect(errors).toEqual([
      { file: SCENARIO, line: 19, message: 'The choice "help" leads to "happy-end", but there is no such node', fix: 'After next: write the id of a node of this scenario' },
    ]);
  });

  it('refuses a start that names no node', async () => {
    const errors = errorsOf(await load((t) => t.edit(SCENARIO, 'start: one', 'start: zero')));

    expect(errors).toEqual([expect.objectContaining({ line: 4, message: 'start names "zero", but there is no node with that id' })]);
  });

  it('reports a node that cannot be reached from the start', async () => {
    const errors = errorsOf(
      await load((t) => t.edit(SCENARIO, '  - id: good-end\n', '  - id: lost\n    outcome: good\n    title: { ru: Т, en: T }\n    text: { ru: Т, en: T }\n  - id: good-end\n')),
    );

    expect(errors).toEqual([{ file: SCENARIO, line: 21, message: 'The node "lost" cannot be reached from the start', fix: 'Lead a choice to it with next:, or delete it' }]);
  });

  it('reports each node of a loop when no path from it reaches an ending', async () => {
    const errors = errorsOf(
      await load((t) => {
        t.edit(SCENARIO, 'reaction: { ru: Нет, en: No }, next: bad-end }', 'reaction: { ru: Нет, en: No }, next: three }');
        t.edit(SCENARIO, 'next: good-end }', 'next: two }');
        t.edit(SCENARIO, 'reaction: { ru: Хм, en: Hm }, next: bad-end }', 'reaction: { ru: Хм, en: Hm }, next: two }');
      }),
    );

    expect(errors).toContainEqual(expect.objectContaining({ file: SCENARIO, line: 11, message: expect.stringMatching(/^From the node "two" no path ever reaches an ending/), fix: 'Lead at least one choice of this loop to an ending' }));
    expect(errors).toContainEqual(expect.objectContaining({ line: 16, message: expect.stringMatching(/^From the node "three"/) }));
    expect(errors).toContainEqual(expect.objectContaining({ line: 21, message: 'The node "good-end" cannot be reached from the start' }));
  });

  it('asks for more decision points when there are fewer than three', async () => {
    const errors = errorsOf(
      await load((t) => {
        t.edit(SCENARIO, 'next: three }', 'next: good-end }');
        t.edit(SCENARIO, t.read(SCENARIO).slice(t.read(SCENARIO).indexOf('  - id: three'), t.read(SCENARIO).indexOf('  - id: good-end')), '');
      }),
    );

    expect(errors).toEqual([{ file: SCENARIO, line: 5, message: 'The scenario has 2 decision point(s); it needs at least 3', fix: 'Add decision points so that learners make at least three choices' }]);
  });

  it('asks for two kinds of ending when every ending has the same outcome', async () => {
    const errors = errorsOf(await load((t) => t.edit(SCENARIO, 'outcome: good', 'outcome: bad')));

    expect(errors).toEqual([
      { file: SCENARIO, line: 5, message: 'Every ending that can be reached has the same outcome, so the choices do not matter', fix: 'Make at least two kinds of ending (good, mixed or bad) that learners can reach' },
    ]);
  });

  it('refuses a node that is neither a decision point nor an ending', async () => {
    const errors = errorsOf(await load((t) => t.edit(SCENARIO, '    outcome: good\n', '')));

    expect(errors).toEqual([expect.objectContaining({ line: 21, message: 'The node "good-end" is neither a complete decision point nor a complete ending' })]);
  });

  it('refuses a linkedScenario that names no scenario', async () => {
    const errors = errorsOf(await load((t) => t.edit(SCENARIO, 'start: one', 'linkedScenario: demo/other\nstart: one')));

    expect(errors).toEqual([expect.objectContaining({ line: 4, message: 'linkedScenario names "demo/other", but there is no courses/demo/scenarios/other.yaml' })]);
  });
});

describe('loadContent with mistakes in lessons and media', () => {
  it('reports the missing file when a lesson has no English version', async () => {
    const errors = errorsOf(await load((t) => t.remove(LESSON_EN)));

    expect(errors).toEqual([{ file: LESSON_EN, line: undefined, message: 'The lesson "intro" has no English version', fix: 'Create lessons/intro.en.md (every lesson is written in Russian and English)' }]);
  });

  it('counts header lines from the top of the file when a header field is wrong', async () => {
    const errors = errorsOf(await load((t) => t.edit(LESSON_EN, 'minutes: 3', 'minutes: three')));

    expect(errors).toEqual([{ file: LESSON_EN, line: 3, message: 'Minutes should be a number', fix: 'Write a number here' }]);
  });

  it('asks for captions when a lesson has a video without them', async () => {
    const errors = errorsOf(await load((t) => t.edit(LESSON_EN, 'captions: clip.en.vtt\n', '')));

    expect(errors).toEqual([expect.objectContaining({ file: LESSON_EN, line: 4, message: 'The video has no captions', fix: expect.stringMatching(/^Add "captions: <file>.vtt"/) })]);
  });

  it('reports the captions line when the captions file is not in media', async () => {
    const errors = errorsOf(await load((t) => t.remove('courses/demo/media/clip.en.vtt')));

    expect(errors).toEqual([{ file: LESSON_EN, line: 5, message: 'The captions file "clip.en.vtt" is not in this course\'s media folder', fix: 'Put clip.en.vtt in media/, or correct the name' }]);
  });

  it('refuses a captions file when it does not start with WEBVTT', async () => {
    const errors = errorsOf(await load((t) => t.write('courses/demo/media/clip.en.vtt', '00:00.000 --> 00:01.000\nHello.\n')));

    expect(errors).toEqual([expect.objectContaining({ file: 'courses/demo/media/clip.en.vtt', line: 1, message: 'This captions file is not WebVTT' })]);
  });

  it('refuses a level-1 heading in a lesson, at its line, as the page shows the title already', async () => {
    const errors = errorsOf(await load((t) => t.edit(LESSON_EN, '\nText.', '\n# Introduction\n\nText.')));

    expect(errors).toEqual([
      {
        file: LESSON_EN,
        line: 8,
        message: 'The text has a level-1 heading ("# ..."), but the page already shows the title as its main heading',
        fix: 'Delete this heading if it repeats the title (the page shows the title from the header), or make it a section heading with "## "',
      },
    ]);
  });

  it('asks for the header when a lesson does not start with ---', async () => {
    const errors = errorsOf(await load((t) => t.write('courses/demo/lessons/intro.ru.md', 'Текст без заголовка.\n')));

    expect(errors).toEqual([expect.objectContaining({ file: 'courses/demo/lessons/intro.ru.md', line: 1, message: 'The lesson does not start with its header between two "---" lines' })]);
  });
});

describe('loadContent across the whole tree', () => {
  it('collects the problems of every file when several files are wrong', async () => {
    const errors = errorsOf(
      await load((t) => {
        t.edit(COURSE, 'audience: parents', 'audience: teachers');
        t.edit('helplines.yaml', 'free: true', 'free: yes please');
        t.edit(SCENARIO, 'outcome: good', 'outcome: bad');
      }),
    );

    expect(errors.map((e) => `${e.file}:${e.line}`)).toEqual(['helplines.yaml:7', `${COURSE}:7`, `${SCENARIO}:5`]);
  });

  it('refuses a course folder whose name is not an id', async () => {
    const errors = errorsOf(await load((t) => fs.renameSync(path.join(t.dir, 'courses/demo'), path.join(t.dir, 'courses/Demo_Course'))));

    expect(errors).toEqual([expect.objectContaining({ file: 'courses/Demo_Course', message: 'The folder name "Demo_Course" is not a valid course id' })]);
  });

  it('asks for the help-line list when helplines.yaml is missing', async () => {
    const errors = errorsOf(await load((t) => t.remove('helplines.yaml')));

    expect(errors).toEqual([expect.objectContaining({ file: 'helplines.yaml', message: 'The help-line list is missing' })]);
  });
});
