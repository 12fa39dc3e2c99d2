import * as fs from 'node:fs';
import * as path from 'node:path';
import { LANGUAGE_NAMES } from './describe-issue';
import { REQUIRED_LOCALES, type ContentLocale, type LessonContent, type LessonVersion } from './model';
import { LEVEL_ONE_HEADING, firstLevelOneHeading } from './markdown-headings';
import { list, type Reader } from './reader';
import { lessonFrontMatter } from './schema';

const LESSON_FILE = /^([a-z0-9]+(?:-[a-z0-9]+)*)\.(ru|en|be)\.md$/;
const FRONT_MATTER = /^---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)([\s\S]*)$/;

/**
 * Reads `lessons/<id>.<lang>.md`. Returns the complete lessons (ru and en present) sorted by id, and
 * `ids`: every lesson id that has at least one file, so that steps are checked against what the author
 * wrote even when a file has a mistake (one mistake, one error).
 */
export function loadLessons(reader: Reader, courseDir: string, media: Record<string, string>): { lessons: LessonContent[]; ids: Set<string> } {
  const dir = path.join(courseDir, 'lessons');
  const versions = new Map<string, Partial<Record<ContentLocale, LessonVersion>>>();
  const written = new Map<string, Set<ContentLocale>>(); // lesson id -> languages with a file
  for (const name of list(dir)) {
    const file = path.join(dir, name);
    const match = LESSON_FILE.exec(name);
    if (!match?.[1] || !match[2]) {
      reader.error(reader.rel(file), 'This lesson file name is not "<lesson-id>.<language>.md"', 'Rename it like "signs-of-abuse.ru.md" (languages: ru, en, be)');
      continue;
    }
    const [, id, locale] = match as unknown as [string, string, ContentLocale];
    written.set(id, (written.get(id) ?? new Set<ContentLocale>()).add(locale));
    const byLocale = versions.get(id) ?? {};
    versions.set(id, byLocale);
    const version = readLesson(reader, file, media);
    if (version) byLocale[locale] = version;
  }

  const lessons: LessonContent[] = [];
  for (const [id, locales] of [...written].sort(([a], [b]) => (a < b ? -1 : 1))) {
    for (const locale of REQUIRED_LOCALES.filter((l) => !locales.has(l))) {
      reader.error(
        reader.rel(path.join(dir, `${id}.${locale}.md`)),
        `The lesson "${id}" has no ${LANGUAGE_NAMES[locale]} version`,
        `Create lessons/${id}.${locale}.md (every lesson is written in Russian and English)`,
      );
    }
    const byLocale = versions.get(id) ?? {};
    if (REQUIRED_LOCALES.every((l) => byLocale[l])) lessons.push({ id, versions: byLocale as LessonContent['versions'] });
  }
  return { lessons, ids: new Set(written.keys()) };
}

function readLesson(reader: Reader, file: string, media: Record<string, string>): LessonVersion | undefined {
  const rel = reader.rel(file);
  const text = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const match = FRONT_MATTER.exec(text);
  if (!match) {
    reader.error(rel, 'The lesson does not start with its header between two "---" lines', 'Begin the file with ---, then "title:" and "minutes:", then ---, then the text', 1);
    return undefined;
  }
  if (!match[1]?.trim()) {
    reader.error(rel, 'The lesson header is empty', 'Write "title:" and "minutes:" between the two --- lines', 2);
    return undefined;
  }
  // The header's first line is line 2 of the file, after the opening ---.
  const { data, source } = reader.yaml(file, lessonFrontMatter, match[1] ?? '', 2);
  if (!data) return undefined;
  const markdown = (match[2] ?? '').replace(/^\s*\n/, '').trimEnd();
  const bodyLine = 3 + (match[1] ?? '').split('\n').length;
  if (!markdown) reader.error(rel, 'The lesson has no text after its header', 'Write the lesson below the second ---', bodyLine);
  const heading = firstLevelOneHeading(match[2] ?? '');
  if (heading) reader.error(rel, ...LEVEL_ONE_HEADING('the title from the header'), bodyLine + heading - 1);
  if (data.video && !data.captions) {
    reader.error(rel, 'The video has no captions', 'Add "captions: <file>.vtt" with the captions in this language (a WebVTT file in media/)', source.lineOf(['video']));
  }
  if (data.captions && !data.video) reader.error(rel, 'There are captions but no video', 'Add "video: <file>.mp4", or remove "captions"', source.lineOf(['captions']));
  for (const key of ['video', 'captions'] as const) {
    const name = data[key];
    if (name && !media[name]) reader.error(rel, `The ${key} file "${name}" is not in this course's media folder`, `Put ${name} in media/, or correct the name`, source.lineOf([key]));
  }
  return { title: data.title, minutes: data.minutes, markdown, video: data.video, captions: data.captions };
}

/** Every .vtt in media/ must be WebVTT: players show nothing for anything else. Checked once per file. */
export function checkCaptionFiles(reader: Reader, media: Record<string, string>): void {
  for (const [name, abs] of Object.entries(media)) {
    if (!name.endsWith('.vtt')) continue;
    if (!/^WEBVTT(?:[ \t\n]|$)/.test(fs.readFileSync(abs, 'utf8').replace(/^\uFEFF/, '').replace(/\r/g, ''))) {
      reader.error(reader.rel(abs), 'This captions file is not WebVTT', 'Make WEBVTT the very first line of the file, followed by an empty line', 1);
    }
  }
}
