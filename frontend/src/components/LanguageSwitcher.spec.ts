import { screen } from '@testing-library/vue';
import { describe, expect, it } from 'vitest';
import { renderApp } from '@/test/render';
import LanguageSwitcher from './LanguageSwitcher.vue';

describe('LanguageSwitcher', () => {
  it('names every language in itself', async () => {
    await renderApp('/', { component: LanguageSwitcher });
    const options = screen.getAllByRole('option');
    expect(options.map((option) => [option.textContent, option.getAttribute('lang')])).toEqual([
      ['Русский', 'ru'],
      ['Беларуская', 'be'],
      ['English', 'en'],
    ]);
  });

  it('switches the interface, sets <html lang> and remembers the choice when a language is chosen', async () => {
    const { user } = await renderApp('/', { component: LanguageSwitcher });

    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'be');

    expect(await screen.findByRole('combobox', { name: 'Мова' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('be');
    expect(localStorage.getItem('zorka.locale')).toBe('be');
  });
});
