import { describe, expect, it, vi } from 'vitest';
import { createShiftDetector, exitPage, QUICK_EXIT_CLASS, QUICK_EXIT_URL } from './quick-exit';

function setup() {
  let now = 0;
  const onTrigger = vi.fn();
  const onProgress = vi.fn();
  const detector = createShiftDetector({ onTrigger, onProgress, now: () => now });
  const press = (key = 'Shift', repeat = false) => detector.handleKeydown({ key, repeat });
  const wait = (ms: number) => {
    now += ms;
  };
  return { onTrigger, onProgress, press, wait };
}

describe('createShiftDetector', () => {
  it('triggers when Shift is pressed three times within five seconds', () => {
    const { onTrigger, press, wait } = setup();
    press();
    wait(2000);
    press();
    wait(2900);
    press();
    expect(onTrigger).toHaveBeenCalledTimes(1);
  });

  it('does not trigger when the three presses span more than five seconds', () => {
    const { onTrigger, press, wait } = setup();
    press();
    wait(3000);
    press();
    wait(2500);
    press();
    expect(onTrigger).not.toHaveBeenCalled();
  });

  it('counts again from the presses still inside the window', () => {
    const { onTrigger, press, wait } = setup();
    press();
    wait(3000);
    press();
    wait(2500);
    press(); // the first press is now older than 5 s: two presses counted
    wait(100);
    press();
    expect(onTrigger).toHaveBeenCalledTimes(1);
  });

  it('resets when another key is pressed in between, so typing capitals never exits', () => {
    const { onTrigger, press } = setup();
    press();
    press('A');
    press();
    press('B');
    press();
    expect(onTrigger).not.toHaveBeenCalled();
  });

  it('ignores auto-repeat while Shift is held down', () => {
    const { onTrigger, press } = setup();
    press();
    press('Shift', true);
    press('Shift', true);
    expect(onTrigger).not.toHaveBeenCalled();
  });

  it('reports the count after each press and 0 after triggering', () => {
    const { onProgress, press } = setup();
    press();
    press();
    press();
    expect(onProgress.mock.calls.map(([count]) => count)).toEqual([1, 2, 0]);
  });
});

describe('exitPage', () => {
  it('hides the page first and then replaces the history entry with the neutral site', () => {
    const order: string[] = [];
    const documentElement = document.createElement('html');
    const replace = vi.fn(() => order.push(documentElement.classList.contains(QUICK_EXIT_CLASS) ? 'hidden' : 'visible'));
    exitPage(QUICK_EXIT_URL, { location: { replace }, document: { documentElement } });
    expect(replace).toHaveBeenCalledWith('https://www.bbc.co.uk/weather');
    expect(order).toEqual(['hidden']);
  });
});
