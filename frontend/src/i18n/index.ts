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

const loaded = new Set<string>(['en']);

// Merged, never set: a bundle (below) may have arrived for this language before its main file.
async function loadMessages(locale: AppLocale): Promise<void> {
  if (loaded.has(locale) || locale === 'en') return;
  const messages = await loaders[locale]();
  i18n.global.mergeLocaleMessage(locale, messages.default);
  loaded.add(locale);
}

// ---------------------------------------------------------------------------------------------
// Message bundles: texts only some pages need, so that a learner who reads a lesson never downloads
// them. `groups`: joining a training, the participant's live view, certificates (and the server's
// error keys of groups, live sessions, certificates and staff sign-in); `staff`: the trainer's pages;
// `campaigns`: a live campaign's public pages; `campaign-staff`: the campaign managers' pages.
// A route names the bundles it needs in `meta.messages`; the router loads them before it enters.

export type MessageBundle = 'groups' | 'staff' | 'campaigns' | 'campaign-staff';
type BundleMessages = Record<string, unknown>;

const bundleLoaders: Record<MessageBundle, Record<AppLocale, () => Promise<{ default: BundleMessages }>>> = {
  groups: {
    en: () => import('@/locales/groups/en.json'),
    ru: () => import('@/locales/groups/ru.json'),
    be: () => import('@/locales/groups/be.json'),
  },
  staff: {
    en: () => import('@/locales/staff/en.json'),
    ru: () => import('@/locales/staff/ru.json'),
    be: () => import('@/locales/staff/be.json'),
  },
  campaigns: {
    en: () => import('@/locales/campaigns/en.json'),
    ru: () => import('@/locales/campaigns/ru.json'),
    be: () => import('@/locales/campaigns/be.json'),
  },
  'campaign-staff': {
    en: () => import('@/locales/campaign-staff/en.json'),
    ru: () => import('@/locales/campaign-staff/ru.json'),
    be: () => import('@/locales/campaign-staff/be.json'),
  },
};

/** Bundles some page has asked for: a change of language loads them in the new language too. */
const wantedBundles = new Set<MessageBundle>();

async function loadBundle(bundle: MessageBundle, locale: AppLocale): Promise<void> {
  const id = `${bundle}:${locale}`;
  if (loaded.has(id)) return;
  const messages = await bundleLoaders[bundle][locale]();
  i18n.global.mergeLocaleMessage(locale, messages.default as MessageSchema);
  loaded.add(id);
}

const withFallbacks = (locale: AppLocale): AppLocale[] => [locale, ...FALLBACK_LOCALES[locale]];

/** The language being switched to (its files may still be loading), else null. */
let targetLocale: AppLocale | null = null;

/**
 * Loads message bundles in the current language (or the one being switched to) and its fallbacks,
 * once each. They are also loaded with every later change of language.
 */
export async function loadMessageBundles(bundles: readonly MessageBundle[]): Promise<void> {
  for (const bundle of bundles) wantedBundles.add(bundle);
  const locales = withFallbacks(targetLocale ?? currentLocale());
  await Promise.all(bundles.flatMap((bundle) => locales.map((locale) => loadBundle(bundle, locale))));
}

/** Loads a language (and the ones it falls back to), switches to it, sets <html lang> and remembers it. */
export async function setLocale(locale: AppLocale, options: { remember?: boolean } = {}): Promise<void> {
  targetLocale = locale;
  const locales = withFallbacks(locale);
  await Promise.all(locales.map(loadMessages));
  // After the main files: a page may have asked for a bundle meanwhile (the first page of a visit).
  await Promise.all([...wantedBundles].flatMap((bundle) => locales.map((l) => loadBundle(bundle, l))));
  if (targetLocale !== locale) return; // switched again meanwhile: the later choice wins
  targetLocale = null;
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
