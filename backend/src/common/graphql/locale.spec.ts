import { describe, expect, it } from 'vitest';
import { parseLocale, pickText } from './locale';

describe('pickText', () => {
  it('returns the requested language when it exists', () => {
    expect(pickText({ ru: 'Привет', en: 'Hi', be: 'Вітаю' }, 'be')).toEqual({ text: 'Вітаю', locale: 'be' });
  });

  it('falls back from Belarusian to Russian and says so', () => {
    expect(pickText({ ru: 'Привет', en: 'Hi' }, 'be')).toEqual({ text: 'Привет', locale: 'ru' });
  });

  it('falls back from English to Russian when English is missing', () => {
    expect(pickText({ ru: 'Привет' }, 'en')).toEqual({ text: 'Привет', locale: 'ru' });
  });
});

describe('parseLocale', () => {
  it('refuses an unknown locale with a clear message', () => {
    expect(() => parseLocale('xx')).toThrow(/Unknown locale "xx"/);
  });
});
