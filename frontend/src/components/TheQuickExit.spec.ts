import { screen } from '@testing-library/vue';
import { describe, expect, it, vi } from 'vitest';
import { QUICK_EXIT_CLOCK, QUICK_EXIT_TARGET } from '@/composables/useQuickExit';
import { renderApp } from '@/test/render';
import TheQuickExit from './TheQuickExit.vue';

async function renderQuickExit() {
  let now = 1_000_000;
  const replace = vi.fn();
  const target = { location: { replace }, document };
  const rendered = await renderApp('/', {
    component: TheQuickExit,
    provide: { [QUICK_EXIT_TARGET]: target, [QUICK_EXIT_CLOCK]: () => now },
  });
  return {
    ...rendered,
    replace,
    wait: (ms: number) => {
      now += ms;
    },
  };
}

const hidden = () => document.documentElement.classList.contains('quick-exit-active');

describe('TheQuickExit', () => {
  it('hides the page and replaces it with the weather site when the button is pressed', async () => {
    const { user, replace } = await renderQuickExit();
    expect(hidden()).toBe(false);

    await user.click(screen.getByRole('button', { name: 'Exit this page' }));

    expect(hidden()).toBe(true);
    expect(replace).toHaveBeenCalledWith('https://www.bbc.co.uk/weather');
  });

  it('leaves the same way when Shift is pressed three times', async () => {
    const { user, replace } = await renderQuickExit();

    await user.keyboard('{Shift}{Shift}{Shift}');

    expect(hidden()).toBe(true);
    expect(replace).toHaveBeenCalledTimes(1);
  });

  it('tells how many presses are left after the first Shift', async () => {
    const { user, replace } = await renderQuickExit();

    await user.keyboard('{Shift}');

    expect(screen.getByText('Shift: press 2 more times to leave this page')).toBeTruthy();
    expect(replace).not.toHaveBeenCalled();
  });

  it('stays when the presses are more than five seconds apart or Shift is used to type capitals', async () => {
    const { user, replace, wait } = await renderQuickExit();

    await user.keyboard('{Shift}{Shift}');
    wait(6000);
    await user.keyboard('{Shift}');
    await user.keyboard('{Shift>}A{/Shift}{Shift>}B{/Shift}{Shift>}C{/Shift}');

    expect(replace).not.toHaveBeenCalled();
    expect(hidden()).toBe(false);
  });

  it('explains the keyboard shortcut next to the button', async () => {
    await renderQuickExit();
    expect(screen.getByRole('button', { name: 'Exit this page' }).getAttribute('aria-describedby')).toBe('quick-exit-hint');
    expect(screen.getByText('or press Shift 3 times')).toBeTruthy();
  });
});
