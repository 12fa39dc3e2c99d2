import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import be from '@/locales/be.json';
import en from '@/locales/en.json';
import ru from '@/locales/ru.json';
import { TRANSLATED_SERVER_KEYS } from '@/graphql/errors';
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

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'generated' || name === 'test' ? [] : sourceFiles(path);
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
  });

  it('has every literal key the source code uses', () => {
    const root = join(__dirname, '..');
    const missing: string[] = [];
    for (const file of sourceFiles(root)) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(/\bt\('([a-zA-Z0-9_.]+)'/g)) {
        if (!locales.en.has(match[1]!)) missing.push(`${file}: ${match[1]}`);
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
