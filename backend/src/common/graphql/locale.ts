import { badInput } from '../errors/domain-error';

export const LOCALES = ['ru', 'en', 'be'] as const;
export type Locale = (typeof LOCALES)[number];

export function parseLocale(value: string): Locale {
  if ((LOCALES as readonly string[]).includes(value)) return value as Locale;
  throw badInput('errors.locale.unknown', `Unknown locale "${value.slice(0, 20)}": use one of ${LOCALES.join(', ')}`);
}

/** The languages to try, in order, for a requested one: Belarusian readers read Russian; everyone else English. */
export function fallbackChain(locale: Locale): Locale[] {
  if (locale === 'be') return ['be', 'ru', 'en'];
  if (locale === 'ru') return ['ru', 'en'];
  return ['en', 'ru'];
}

export type TranslatedText = Partial<Record<Locale, string>>;

/** Picks the best available translation and says which language it is in. */
export function pickText(text: TranslatedText, locale: Locale): { text: string; locale: Locale } {
  for (const candidate of fallbackChain(locale)) {
    const value = text[candidate];
    if (value) return { text: value, locale: candidate };
  }
  return { text: '', locale };
}

export function translate(text: TranslatedText, locale: Locale): string {
  return pickText(text, locale).text;
}
