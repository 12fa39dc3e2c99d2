import { screen, within } from '@testing-library/vue';
import { describe, expect, it } from 'vitest';
import { mockGraphql } from '@/test/graphql-mock';
import { aHelpline } from '@/test/factories';
import { renderApp } from '@/test/render';
import TheHelplinePanel from './TheHelplinePanel.vue';

describe('TheHelplinePanel', () => {
  it('always shows the first number as a tel: link and the rest when expanded', async () => {
    mockGraphql({
      Helplines: {
        helplines: [aHelpline(), aHelpline({ name: 'Children’s helpline', phones: ['8 801 100 1611'], free: false })],
      },
    });
    const { user } = await renderApp('/', { component: TheHelplinePanel });
    const panel = screen.getByRole('complementary', { name: 'Need to talk? Help lines' });

    const first = await within(panel).findByRole('link', { name: 'Call 113' });
    expect(first.getAttribute('href')).toBe('tel:113');
    const toggle = within(panel).getByRole('button', { name: 'All help lines' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');

    await user.click(toggle);

    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const call = within(panel).getByRole('link', { name: 'Call Children’s helpline: 8 801 100 1611' });
    expect(call.getAttribute('href')).toBe('tel:88011001611');
    expect(within(panel).getByRole('link', { name: 'Call Safe travel hotline: +375 162 21 8888' }).getAttribute('href')).toBe(
      'tel:+375162218888',
    );
    expect(within(panel).getAllByText('Russian, Belarusian, English')).toHaveLength(2);
  });

  it('asks for the help lines in the UI language', async () => {
    const { callsTo } = mockGraphql({ Helplines: { helplines: [] } });
    await renderApp('/', { component: TheHelplinePanel });
    await Promise.resolve();
    expect(callsTo('Helplines')[0]!.variables).toEqual({ locale: 'en' });
  });
});
