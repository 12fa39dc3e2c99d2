import { screen, waitFor, within } from '@testing-library/vue';
import { describe, expect, it } from 'vitest';
import type { TrackedLinkFieldsFragment } from '@/graphql/generated-campaign-staff/graphql';
import { aStaffCampaign } from '@/test/campaign-factories';
import { aStaffMember } from '@/test/factories';
import { mockGraphql } from '@/test/graphql-mock';
import { renderApp } from '@/test/render';

const link: TrackedLinkFieldsFragment = {
  id: 'l-1',
  code: 'K7QM4XP0',
  channel: 'Partner NGO site',
  utmSource: 'partner-ngo',
  utmMedium: 'website',
  utmCampaign: 'teach-children',
  materialSlug: null,
  url: 'http://localhost:3000/c/teach-children?ref=K7QM4XP0&utm_source=partner-ngo&utm_medium=website&utm_campaign=teach-children',
  qrSvg: '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 29 29"><path d="M0 0h7v7H0z"/></svg>',
  createdAt: '2026-11-23T10:00:00.000Z',
};

describe('TrackedLinksPage', () => {
  it('creates a link per channel; a refused UTM value is shown beside its field and the form keeps what was typed', async () => {
    let links: TrackedLinkFieldsFragment[] = [];
    let attempts = 0;
    const { callsTo } = mockGraphql({
      Me: { me: aStaffMember({ role: 'CAMPAIGN_MANAGER' }) },
      Campaign: { campaign: aStaffCampaign() },
      TrackedLinks: () => ({ trackedLinks: links }),
      CreateTrackedLink: () => {
        attempts += 1;
        if (attempts === 1) {
          return { errors: [{ message: 'utmSource: bad', extensions: { code: 'BAD_USER_INPUT', messageKey: 'campaigns.errors.utm', field: 'utmSource' } }] };
        }
        links = [link];
        return { createTrackedLink: link };
      },
    });
    const { user } = await renderApp('/staff/campaigns/c-1/links');
    expect(await screen.findByRole('heading', { level: 1, name: 'Tracked links: Teach children to see lies' })).toBeTruthy();
    expect(screen.getByText('No tracked links yet.')).toBeTruthy();

    await user.type(screen.getByLabelText('Channel'), 'Partner NGO site');
    await user.type(screen.getByLabelText('Source (utm_source)'), 'partner ngo!');
    await user.type(screen.getByLabelText('Medium (utm_medium)'), 'website');
    await user.click(screen.getByRole('button', { name: 'Create the link' }));
    const source = screen.getByLabelText('Source (utm_source)') as HTMLInputElement;
    await waitFor(() => expect(source.getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByText('Use letters, digits, hyphens, dots or underscores (up to 80 characters).')).toBeTruthy();
    expect((screen.getByLabelText('Channel') as HTMLInputElement).value).toBe('Partner NGO site');

    await user.clear(source);
    await user.type(source, 'partner-ngo');
    await user.click(screen.getByRole('button', { name: 'Create the link' }));
    expect(await screen.findByText('The link for Partner NGO site is ready.')).toBeTruthy();
    expect(callsTo('CreateTrackedLink')[1]!.variables).toEqual({
      campaignId: 'c-1',
      input: { channel: 'Partner NGO site', utmSource: 'partner-ngo', utmMedium: 'website', materialSlug: null },
    });
    const card = (await screen.findByRole('heading', { level: 2, name: 'Partner NGO site' })).closest('li')!;
    expect(within(card).getByRole('img', { name: `QR code of the link ${link.url}` }).querySelector('svg')).toBeTruthy();
    expect(within(card).getByText(link.url)).toBeTruthy();
    expect(within(card).getByRole('button', { name: 'Copy the link for Partner NGO site' })).toBeTruthy();
  });
});
