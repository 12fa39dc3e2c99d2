import { createI18n, type MessageCompiler, type MessageContext } from 'vue-i18n';
import en from '@/locales/en.json';
import { readStored, STORAGE_KEYS, writeStored } from '@/modules/storage';
import { formatIcu, parseIcu } from './icu';

export const LOCALES = ['ru', 'be', 'en'] as const;
export type AppLocale = (typeof LOCALES)[number];
export type MessageSchema = typeof en;

export function isAppLocale(value: unknown): value is AppLocale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** Where a missing UI text is looked up next: Belarusian readers read Russian; everyone else English. */
export const FALLBACK_LOCALES: Record<AppLocale, AppLocale[]> = { be: ['ru', 'en'], ru: ['en'], en: [] };

/** Messages are ICU MessageFormat strings (see icu.ts): parsed once, interpreted, never eval'd. */
const messageCompiler: MessageCompiler = (message, { locale, key }) => {
  if (typeof message !== 'string') throw new TypeError(`Message "${key}" is not a string`);
  try {
    parseIcu(message);
  } catch (error) {
    if (import.meta.env.DEV) console.error(error);
    return () => message;
  }
  return (ctx: MessageContext) => formatIcu(message, ctx.values, locale);
};

export const i18n = createI18n({
  legacy: false,
  locale: 'en',
  fallbackLocale: { be: ['ru', 'en'], default: ['en'] },
  // English is the last fallback of every language, so it ships with the app; ru and be load on demand.
  messages: { en } as Record<AppLocale, MessageSchema>,
  messageCompiler,
  missingWarn: import.meta.env.DEV,
  fallbackWarn: false,
  warnHtmlMessage: false,
});

const loaders: Record<Exclude<AppLocale, 'en'>, () => Promise<{ default: MessageSchema }>> = {
  ru: () => import('@/locales/ru.json'),
  be: () => import('@/locales/be.json'),
};

const loaded = new Set<AppLocale>(['en']);

async function loadMessages(locale: AppLocale): Promise<void> {
  if (loaded.has(locale) || locale === 'en') return;
  const messages = await loaders[locale]();
  i18n.global.setLocaleMessage(locale, messages.default);
  loaded.add(locale);
}

/** Loads a language (and the ones it falls back to), switches to it, sets <html lang> and remembers it. */
export async function setLocale(locale: AppLocale, options: { remember?: boolean } = {}): Promise<void> {
  await Promise.all([locale, ...FALLBACK_LOCALES[locale]].map(loadMessages));
  i18n.global.locale.value = locale;
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
  if (options.remember !== false) writeStored(STORAGE_KEYS.locale, locale);
}

/** The remembered language, else the first of the browser's languages we have, else Russian. */
export function initialLocale(
  stored: string | null = readStored(STORAGE_KEYS.locale),
  preferred: readonly string[] = typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]),
): AppLocale {
  if (isAppLocale(stored)) return stored;
  for (const tag of preferred) {
    const primary = tag?.toLowerCase().split('-')[0];
    if (isAppLocale(primary)) return primary;
  }
  return 'ru';
}

export function currentLocale(): AppLocale {
  return i18n.global.locale.value as AppLocale;
}
