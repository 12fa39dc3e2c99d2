import { screen, within } from '@testing-library/vue';
import { describe, expect, it, vi } from 'vitest';
import { setLocale } from '@/i18n';
import { aDashboard, aStaffCampaign } from '@/test/campaign-factories';
import { aStaffMember } from '@/test/factories';
import { mockGraphql } from '@/test/graphql-mock';
import { renderApp } from '@/test/render';

const rowsOf = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent?.trim()));

function serve() {
  return mockGraphql({
    Me: { me: aStaffMember({ role: 'CAMPAIGN_MANAGER' }) },
    Campaign: { campaign: aStaffCampaign() },
    CampaignDashboard: (variables) => ({ campaignDashboard: aDashboard({ from: String(variables['from']), to: String(variables['to']) }) }),
  });
}

describe('CampaignDashboardPage', () => {
  it('builds the headline from the figures over the days of the range, and the totals against the previous period with their changes', async () => {
    const { callsTo } = serve();
    await renderApp('/staff/campaigns/c-1/dashboard');
    expect(await screen.findByRole('heading', { level: 1, name: 'Reach: Teach children to see lies' })).toBeTruthy();
    const headline = within(screen.getByRole('region', { name: 'In one sentence' }));
    expect(
      headline.getByText(
        '2 materials reached 1,204 visitor-days measured by Zorka (unique visitors per day, summed over 30 days; one person visiting on two days counts twice) and 50,000 reported by partners (ledger, not measured by Zorka).',
      ),
    ).toBeTruthy();

    const totals = within(screen.getByRole('region', { name: 'Totals and the previous period' })).getByRole('table');
    expect(rowsOf(totals)).toEqual([
      ['Visitor-days (unique visitors per day, summed)', '1,204', '1,000', '+204 (+20.4%)'],
      ['Page views', '2,000', '2,500', '-500 (-20%)'],
      ['Videos started', '600', '600', '0 (0%)'],
      ['Videos watched to the end', '150', '100', '+50 (+50%)'],
      ['Articles read to the end', '90', '0', '+90'],
      ['Shares', '12', '16', '-4 (-25%)'],
      ['Courses started from the campaign', '30', '20', '+10 (+50%)'],
      ['Courses finished from the campaign', '4', '4', '0 (0%)'],
    ]);
    // The last 30 days by default, asked for in one query.
    expect(callsTo('CampaignDashboard')).toHaveLength(1);
  });

  function serveHeadline(headline: { materials: number; measuredVisitorDays: number; reportedReach: number }, range?: { from: string; to: string }) {
    mockGraphql({
      Me: { me: aStaffMember({ role: 'CAMPAIGN_MANAGER' }) },
      Campaign: { campaign: aStaffCampaign() },
      CampaignDashboard: (variables) => ({
        campaignDashboard: aDashboard({ from: String(variables['from']), to: String(variables['to']), ...range, headline }),
      }),
    });
  }

  it('says the headline in Russian, and in Belarusian when the viewer switches, naming no ledger when it is empty', async () => {
    await setLocale('ru', { remember: false });
    serveHeadline({ materials: 1, measuredVisitorDays: 21, reportedReach: 0 });
    await renderApp('/staff/campaigns/c-1/dashboard');
    expect(
      await screen.findByText(
        '1 материал охватил 21 посетителе-день по измерениям Zorka (уникальные посетители за день, сложенные за 30 дней; один человек, пришедший в два разных дня, считается дважды).',
      ),
    ).toBeTruthy();

    await setLocale('be', { remember: false });
    expect(
      await screen.findByText(
        '1 матэрыял ахапіў 21 наведвальніка-дзень паводле вымярэнняў Zorka (унікальныя наведвальнікі за дзень, складзеныя за 30 дзён; адзін чалавек, які прыйшоў у два розныя дні, лічыцца двойчы).',
      ),
    ).toBeTruthy();
  });

  // Belarusian groups digits from five on (1204, but 50 000), as CLDR says.
  it('uses the few and many forms and the local number format, with the ledger named apart', async () => {
    await setLocale('be', { remember: false });
    serveHeadline({ materials: 5, measuredVisitorDays: 1204, reportedReach: 50000 }, { from: '2026-11-01', to: '2026-11-02' });
    await renderApp('/staff/campaigns/c-1/dashboard');
    expect(
      await screen.findByText(
        '5 матэрыялаў ахапілі 1204 наведвальніка-дні паводле вымярэнняў Zorka (унікальныя наведвальнікі за дзень, складзеныя за 2 дні; адзін чалавек, які прыйшоў у два розныя дні, лічыцца двойчы) і яшчэ 50 000 паводле партнёраў (журнал, не вымерана Zorka).',
      ),
    ).toBeTruthy();
  });

  it('shows the video funnel, the links and the sites with the table behind each chart, and the ledger apart', async () => {
    serve();
    await renderApp('/staff/campaigns/c-1/dashboard');
    const funnel = await screen.findByRole('figure', { name: 'Watched: Talk show: lies children hear' });
    expect(rowsOf(within(funnel).getByRole('table'))).toEqual([
      ['Started', '600'],
      ['25%', '420'],
      ['50%', '300'],
      ['75%', '210'],
      ['Watched to the end', '150'],
    ]);
    const links = screen.getByRole('figure', { name: 'Visitors and views per tracked link' });
    expect(rowsOf(within(links).getByRole('table'))).toEqual([
      ['Partner NGO site', '500', '800'],
      ['No tracked link', '704', '1200'],
    ]);
    const sites = screen.getByRole('figure', { name: 'Visitors and views per referring site' });
    expect(rowsOf(within(sites).getByRole('table'))[1]).toEqual(['Direct or unknown', '724', '1240']);
    const ledger = screen.getByRole('region', { name: 'Ledger: reach reported from outside Zorka' });
    expect(rowsOf(within(ledger).getByRole('table'))).toEqual([['2026-11-20', 'YouTube channel analytics', 'Views', '50,000', '', 'Remove']]);
  });

  it('sums the days into weeks on request, labelled as visitor-days', async () => {
    serve();
    const { user } = await renderApp('/staff/campaigns/c-1/dashboard');
    const days = await screen.findByRole('figure', { name: 'Unique visitors and page views per day' });
    expect(rowsOf(within(days).getByRole('table'))).toHaveLength(7);
    await user.click(screen.getByRole('radio', { name: 'per week (visitor-days summed)' }));
    const weeks = screen.getByRole('figure', { name: 'Visitor-days and page views per week' });
    expect(rowsOf(within(weeks).getByRole('table'))).toEqual([
      ['2026-11-16', '750', '1215'],
      ['2026-11-23', '160', '206'],
    ]);
  });

  it('asks again for another period', async () => {
    const { callsTo } = serve();
    const { user } = await renderApp('/staff/campaigns/c-1/dashboard');
    await screen.findByRole('heading', { level: 1, name: 'Reach: Teach children to see lies' });
    await user.click(screen.getByRole('button', { name: 'Last 7 days' }));
    await screen.findByRole('button', { name: 'Last 7 days', pressed: true });
    const last = callsTo('CampaignDashboard').at(-1)!.variables;
    expect((Date.parse(String(last['to'])) - Date.parse(String(last['from']))) / 86_400_000).toBe(6);
  });

  it('downloads a table as CSV with every text cell defused against formulas', async () => {
    serve();
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:test';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const { user } = await renderApp('/staff/campaigns/c-1/dashboard');
    await user.click(await screen.findByRole('button', { name: 'Download the materials (CSV)' }));
    const text = await blobs[0]!.text();
    expect(text).toContain('"\'=Five signs of grooming","Article","300","400"');

    await user.click(screen.getByRole('button', { name: 'Download the ledger (CSV)' }));
    expect((await blobs[1]!.text()).split('\r\n')).toEqual([
      '"Date","Source","What was counted","Reach","Note"',
      '"2026-11-20","YouTube channel analytics","Views","50000",""',
      '',
    ]);
    expect(text.split('\r\n')[0]).toBe('"Material","Kind","Visitors","Views","Started","25%","50%","75%","Watched to the end","Read to the end","Shares"');
  });
});
