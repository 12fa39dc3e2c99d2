import { describe, expect, it } from 'vitest';
import { i18n, loadMessageBundles, setLocale } from './index';

const t = (key: string) => i18n.global.t(key);

describe('message bundles', () => {
  it('loads a bundle a page asks for while the remembered language is still loading, in that language', async () => {
    const switching = setLocale('ru', { remember: false });
    await loadMessageBundles(['groups']);
    await switching;
    expect(t('join.title')).toBe('Присоединиться к тренингу');
  });

  it('loads a bundle asked for before a change of language again in the new language', async () => {
    await setLocale('en', { remember: false });
    await loadMessageBundles(['staff']);
    expect(t('staff.signIn.title')).toBe('Staff sign-in');

    await setLocale('be', { remember: false });
    expect(t('staff.signIn.title')).toBe('Уваход для супрацоўнікаў');
    expect(t('join.title')).toBe('Далучыцца да трэнінгу');
  });

  it('keeps the later language when two changes overlap', async () => {
    const first = setLocale('ru', { remember: false });
    const second = setLocale('en', { remember: false });
    await Promise.all([first, second]);
    expect(i18n.global.locale.value).toBe('en');
  });
});
