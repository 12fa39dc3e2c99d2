import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/** A small valid content tree in a temporary folder; each test breaks one thing. */
export type ContentTree = {
  dir: string;
  write(file: string, text: string): void;
  /** Replaces one exact piece of a file; throws if it is not there, so a test never passes by accident. */
  edit(file: string, from: string, to: string): void;
  remove(file: string): void;
  read(file: string): string;
};

/**
 * Writes one course `demo` with a lesson `intro` (ru; en with a video and captions), a quiz `check` (a single
 * and a true-false question) and a scenario `talk` (3 decision points, a good and a bad ending), plus
 * one help line. Line numbers of these texts are relied on by the tests: change them with care.
 */
export function aContentTree(): ContentTree {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zorka-content-'));
  const write = (file: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  };
  write('helplines.yaml', HELPLINES);
  write('courses/demo/course.yaml', COURSE);
  write('courses/demo/lessons/intro.ru.md', '---\ntitle: Введение\nminutes: 3\n---\n\nТекст.\n');
  write('courses/demo/lessons/intro.en.md', '---\ntitle: Introduction\nminutes: 3\nvideo: clip.mp4\ncaptions: clip.en.vtt\n---\n\nText.\n');
  write('courses/demo/media/clip.mp4', 'not really a video');
  write('courses/demo/media/clip.en.vtt', 'WEBVTT\n\n00:00.000 --> 00:01.000\nHello.\n');
  write('courses/demo/quizzes/check.yaml', QUIZ);
  write('courses/demo/scenarios/talk.yaml', SCENARIO);
  const read = (file: string) => fs.readFileSync(path.join(dir, file), 'utf8');
  return {
    dir,
    write,
    read,
    edit: (file, from, to) => {
      const text = read(file);
      if (!text.includes(from)) throw new Error(`"${from}" is not in ${file}`);
      write(file, text.replace(from, to));
    },
    remove: (file) => fs.rmSync(path.join(dir, file), { recursive: true }),
  };
}

const HELPLINES = `- id: hotline
  name: { ru: Линия, en: Hotline }
  phones: ["113"]
  hours: { ru: "8:00–20:00", en: "8:00–20:00" }
  languages: [ru, be]
  topics: { ru: Выезд, en: Travel }
  free: true
`;

const COURSE = `title:
  ru: Курс
  en: Course
summary:
  ru: Кратко.
  en: In short.
audience: parents
ageBands: [adults]
estimatedMinutes: 20
steps:
  - lesson: intro
  - quiz: check
  - scenario: talk
`;

const QUIZ = `title: { ru: Тест, en: Test }
passMark: 70
questions:
  - id: first
    type: single
    prompt: { ru: Вопрос?, en: Question? }
    options:
      - id: a
        correct: true
        text: { ru: Да, en: "Yes" }
        feedback: { ru: Верно, en: Right }
      - id: b
        text: { ru: Нет, en: "No" }
        feedback: { ru: Неверно, en: Wrong }
  - id: second
    type: true-false
    prompt: { ru: Правда?, en: True? }
    options:
      - id: "true"
        correct: true
        text: { ru: Правда, en: "True" }
        feedback: { ru: Да, en: Indeed }
      - id: "false"
        text: { ru: Ложь, en: "False" }
        feedback: { ru: Нет, en: Not so }
`;

const SCENARIO = `title: { ru: Разговор, en: Talk }
role: parent
counterpart: { ru: Аня, en: Anya }
start: one
nodes:
  - id: one
    text: { ru: Один, en: One }
    choices:
      - { id: go, text: { ru: Дальше, en: Go }, reaction: { ru: Хорошо, en: Fine }, next: two }
      - { id: stop, text: { ru: Стоп, en: Stop }, reaction: { ru: Плохо, en: Bad }, next: bad-end }
  - id: two
    text: { ru: Два, en: Two }
    choices:
      - { id: go-on, text: { ru: Дальше, en: Go on }, reaction: { ru: Да, en: Yes }, next: three }
      - { id: quit, text: { ru: Выйти, en: Quit }, reaction: { ru: Нет, en: No }, next: bad-end }
  - id: three
    text: { ru: Три, en: Three }
    choices:
      - { id: help, text: { ru: Помочь, en: Help }, reaction: { ru: Спасибо, en: Thanks }, next: good-end }
      - { id: wait, text: { ru: Ждать, en: Wait }, reaction: { ru: Хм, en: Hm }, next: bad-end }
  - id: good-end
    outcome: good
    title: { ru: Хорошо, en: Good }
    text: { ru: Потому что..., en: Because... }
  - id: bad-end
    outcome: bad
    title: { ru: Плохо, en: Bad }
    text: { ru: Потому что..., en: Because... }
`;
