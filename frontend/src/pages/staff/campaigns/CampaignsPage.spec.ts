import { screen, within } from '@testing-library/vue';
import { describe, expect, it } from 'vitest';
import { aStaffCampaign } from '@/test/campaign-factories';
import { aStaffMember } from '@/test/factories';
import { graphqlError, mockGraphql } from '@/test/graphql-mock';
import { renderApp } from '@/test/render';

const campaigns = [
  { ...aStaffCampaign({ id: 'c-old', title: 'Safe work abroad', origin: 'CONTENT', status: 'LIVE', updatedAt: '2026-10-01T00:00:00.000Z' }), materials: [{ id: 'm', kind: 'VIDEO' as const }] },
  { ...aStaffCampaign({ id: 'c-new', title: 'Teach children to see lies', updatedAt: '2026-11-20T00:00:00.000Z' }), materials: [] },
];

describe('staff campaigns', () => {
  it('sends a campaign manager from the staff home to the campaigns, newest change first, without asking for groups', async () => {
    const { callsTo } = mockGraphql({ Me: { me: aStaffMember({ role: 'CAMPAIGN_MANAGER' }) }, Campaigns: { campaigns } });
    const { router } = await renderApp('/staff');
    expect(await screen.findByRole('heading', { level: 1, name: 'Campaigns' })).toBeTruthy();
    expect(router.currentRoute.value.name).toBe('staff-campaigns');
    expect(callsTo('Groups')).toHaveLength(0);

    const cards = await screen.findAllByRole('listitem');
    expect(cards.map((card) => within(card).getByRole('heading').textContent)).toEqual(['Teach children to see lies', 'Safe work abroad']);
    expect(cards[0]!.textContent).toContain('Draft');
    expect(cards[0]!.textContent).toContain('no materials');
    expect(cards[1]!.textContent).toContain('Live');
    expect(cards[1]!.textContent).toContain('1 material');
    expect(cards[1]!.textContent).toContain('from the content files');
    const nav = screen.getByRole('navigation', { name: 'Staff' });
    expect(within(nav).queryByRole('link', { name: 'My groups' })).toBeNull();
    expect(within(nav).getByRole('link', { name: 'Campaigns' })).toBeTruthy();
  });

  it('tells a trainer the campaigns are not theirs to see', async () => {
    mockGraphql({ Me: { me: aStaffMember() }, Campaigns: graphqlError('FORBIDDEN', 'errors.auth.forbidden') });
    await renderApp('/staff/campaigns');
    expect(await screen.findByRole('alert')).toBeTruthy();
    expect(within(screen.getByRole('navigation', { name: 'Staff' })).queryByRole('link', { name: 'Campaigns' })).toBeNull();
  });
});
