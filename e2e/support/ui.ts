/**
 * What a learner does again and again (answer a quiz, play a role-play path), and the labels of the
 * app's own UI in each language, read from the frontend's locale files so that they never drift.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, type Page } from '@playwright/test';
import { inLocale, type Locale, type QuizOption, type QuizQuestion, type ScenarioPath } from './content';

const LOCALES_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'frontend', 'src', 'locales');
const messages = new Map<Locale, Record<string, unknown>>();

/**
 * A UI text by its key ("quiz.submit"), with simple {name} placeholders filled in. Only for texts
 * without plurals or selects; anything else is better written out in the test.
 */
export function ui(locale: Locale, key: string, values: Record<string, string | number> = {}): string {
  if (!messages.has(locale)) messages.set(locale, JSON.parse(readFileSync(path.join(LOCALES_DIR, `${locale}.json`), 'utf8')));
  const found = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], messages.get(locale));
  if (typeof found !== 'string') throw new Error(`no UI text "${key}" in ${locale}.json`);
  if (/\{\w+,\s*(plural|select)/.test(found)) throw new Error(`"${key}" has a plural or select: write the expected text out`);
  return found.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`));
}

/** Every learner page carries the help-line panel and the quick-exit button. */
export async function expectSafetyTools(page: Page, locale: Locale): Promise<void> {
  const helplines = page.getByRole('complementary', { name: ui(locale, 'helplines.title') });
  await expect(helplines).toBeVisible();
  await expect(helplines.getByRole('link').first()).toHaveAttribute('href', /^tel:\+?\d+$/);
  await expect(page.getByRole('button', { name: ui(locale, 'quickExit.button') })).toBeVisible();
}

/** The question as the learner finds it: the group of answers under its prompt. */
export const question = (page: Page, q: QuizQuestion, locale: Locale) =>
  page.getByRole('group', { name: inLocale(q.prompt, locale) });

export const answerControl = (page: Page, q: QuizQuestion, option: QuizOption, locale: Locale) =>
  question(page, q, locale).getByRole(q.type === 'multiple' ? 'checkbox' : 'radio', { name: inLocale(option.text, locale), exact: true });

/** Ticks the given answers for every question, then presses "Check my answers". */
export async function answerQuiz(
  page: Page,
  questions: readonly QuizQuestion[],
  pick: (q: QuizQuestion) => QuizOption[],
  locale: Locale,
): Promise<void> {
  for (const q of questions) {
    for (const option of pick(q)) await answerControl(page, q, option, locale).check();
  }
  await page.getByRole('button', { name: ui(locale, 'quiz.submit') }).click();
  await expect(page.getByRole('region', { name: ui(locale, 'quiz.resultTitle') })).toBeVisible();
}

/** Starts the role-play (or plays it again) and makes the choices of a path, up to its ending. */
export async function playScenarioPath(page: Page, route: ScenarioPath, locale: Locale, how: 'start' | 'again'): Promise<void> {
  await page.getByRole('button', { name: ui(locale, how === 'start' ? 'scenario.start' : 'scenario.playAgain') }).click();
  for (const choice of route.choices) {
    await page
      .getByRole('group', { name: ui(locale, 'scenario.yourReply') })
      .getByRole('button', { name: inLocale(choice.text, locale), exact: true })
      .click();
  }
  await expect(page.getByRole('region', { name: inLocale(route.ending.title, locale) })).toBeVisible();
}

/** The kind of an ending, in words (never colour alone). */
export const outcomeLabel = (locale: Locale, kind: 'good' | 'mixed' | 'bad') => ui(locale, `scenario.outcome.${kind.toUpperCase()}`);
