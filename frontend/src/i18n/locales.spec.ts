import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import be from '@/locales/be.json';
import en from '@/locales/en.json';
import groupsBe from '@/locales/groups/be.json';
import groupsEn from '@/locales/groups/en.json';
import groupsRu from '@/locales/groups/ru.json';
import ru from '@/locales/ru.json';
import staffBe from '@/locales/staff/be.json';
import staffEn from '@/locales/staff/en.json';
import staffRu from '@/locales/staff/ru.json';
import campaignsBe from '@/locales/campaigns/be.json';
import campaignsEn from '@/locales/campaigns/en.json';
import campaignsRu from '@/locales/campaigns/ru.json';
import campaignStaffBe from '@/locales/campaign-staff/be.json';
import campaignStaffEn from '@/locales/campaign-staff/en.json';
import campaignStaffRu from '@/locales/campaign-staff/ru.json';
import { TRANSLATED_CAMPAIGN_KEYS } from '@/graphql/campaign-staff/error-keys';
import { TRANSLATED_SERVER_KEYS } from '@/graphql/errors';
import { TRANSLATED_GROUP_KEYS } from '@/graphql/trainings/error-keys';
import { parseIcu } from './icu';
import { initialLocale } from './index';

type Messages = { [key: string]: string | Messages };

function flatten(messages: Messages, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(messages)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

const locales = { en: flatten(en), ru: flatten(ru), be: flatten(be) };
/** The message bundles pages load when they need them (src/locales/<bundle>/<locale>.json). */
const bundles = {
  groups: { en: flatten(groupsEn), ru: flatten(groupsRu), be: flatten(groupsBe) },
  staff: { en: flatten(staffEn), ru: flatten(staffRu), be: flatten(staffBe) },
  campaigns: { en: flatten(campaignsEn), ru: flatten(campaignsRu), be: flatten(campaignsBe) },
  'campaign-staff': { en: flatten(campaignStaffEn), ru: flatten(campaignStaffRu), be: flatten(campaignStaffBe) },
};
/** Every English text, main file and bundles: what the source code may ask for. */
const allEnglish = new Map([locales.en, ...Object.values(bundles).map((bundle) => bundle.en)].flatMap((messages) => [...messages]));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name.startsWith('generated') || name === 'test' ? [] : sourceFiles(path);
    return /\.(vue|ts)$/.test(name) && !name.endsWith('.spec.ts') ? [path] : [];
  });
}

describe('locale files', () => {
  it.each(['ru', 'be'] as const)('has exactly the English keys in %s', (locale) => {
    expect([...locales[locale].keys()].sort()).toEqual([...locales.en.keys()].sort());
  });

  it.each(Object.keys(locales) as (keyof typeof locales)[])('has only valid ICU messages in %s', (locale) => {
    for (const [key, message] of locales[locale]) {
      expect(() => parseIcu(message), `${locale}: ${key}`).not.toThrow();
    }
  });

  it('translates every server message key the client passes on', () => {
    for (const key of TRANSLATED_SERVER_KEYS) expect(locales.en.has(key), key).toBe(true);
    for (const key of TRANSLATED_GROUP_KEYS) expect(bundles.groups.en.has(key), key).toBe(true);
    for (const key of TRANSLATED_CAMPAIGN_KEYS) expect(bundles['campaign-staff'].en.has(key), key).toBe(true);
  });

  describe.each(Object.keys(bundles) as (keyof typeof bundles)[])('the %s bundle', (name) => {
    const bundle = bundles[name];

    it.each(['ru', 'be'] as const)('has exactly the English keys in %s', (locale) => {
      expect([...bundle[locale].keys()].sort()).toEqual([...bundle.en.keys()].sort());
    });

    it.each(['en', 'ru', 'be'] as const)('has only valid ICU messages in %s', (locale) => {
      for (const [key, message] of bundle[locale]) {
        expect(() => parseIcu(message), `${name}/${locale}: ${key}`).not.toThrow();
      }
    });

    it('defines no key of the main file or of another bundle (a merge would hide one)', () => {
      const others = [locales.en, ...Object.entries(bundles).filter(([other]) => other !== name).map(([, b]) => b.en)];
      const clashes = [...bundle.en.keys()].filter((key) => others.some((other) => other.has(key)));
      expect(clashes).toEqual([]);
    });
  });

  it('has every literal key the source code uses', () => {
    const root = join(__dirname, '..');
    const missing: string[] = [];
    for (const file of sourceFiles(root)) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(/\bt\('([a-zA-Z0-9_.]+)'/g)) {
        if (!allEnglish.has(match[1]!)) missing.push(`${file}: ${match[1]}`);
      }
    }
    expect(missing).toEqual([]);
  });
});

describe('initialLocale', () => {
  it('uses the remembered language when there is one', () => {
    expect(initialLocale('be', ['en-US'])).toBe('be');
  });

  it('uses the first supported browser language when nothing is remembered', () => {
    expect(initialLocale(null, ['uk-UA', 'be-BY', 'en'])).toBe('be');
    expect(initialLocale(null, ['en-GB'])).toBe('en');
  });

  it('falls back to Russian when no browser language is supported', () => {
    expect(initialLocale('xx', ['de-DE', 'fr'])).toBe('ru');
  });
});
