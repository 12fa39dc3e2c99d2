import { screen } from '@testing-library/vue';
import { defineComponent, h } from 'vue';
import { describe, expect, it } from 'vitest';
import { useDocumentHead, usePageTitle } from '@/composables/usePageTitle';
import { renderApp } from '@/test/render';
import SafeModeToggle from './SafeModeToggle.vue';

const Host = defineComponent({
  setup() {
    useDocumentHead();
    usePageTitle('Signs of grooming');
    return () => h(SafeModeToggle);
  },
});

function addFavicon(): HTMLLinkElement {
  const link = document.createElement('link');
  link.rel = 'icon';
  link.setAttribute('href', '/favicon.svg');
  document.head.append(link);
  return link;
}

describe('SafeModeToggle', () => {
  it('shows a neutral title and icon, and remembers it, when safe mode is switched on', async () => {
    const favicon = addFavicon();
    const { user } = await renderApp('/', { component: Host });
    expect(document.title).toBe('Signs of grooming · Zorka');
    const toggle = screen.getByRole('switch', { name: 'Safe mode' });
    expect(toggle.getAttribute('aria-checked')).toBe('false');

    await user.click(toggle);

    expect(toggle.getAttribute('aria-checked')).toBe('true');
    expect(document.title).toBe('Weather');
    expect(favicon.getAttribute('href')).toBe('/neutral-icon.svg');
    expect(localStorage.getItem('zorka.safeMode')).toBe('on');

    await user.click(toggle);
    expect(document.title).toBe('Signs of grooming · Zorka');
    expect(favicon.getAttribute('href')).toBe('/favicon.svg');
    expect(localStorage.getItem('zorka.safeMode')).toBeNull();
    favicon.remove();
  });
});
