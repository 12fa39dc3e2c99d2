import { screen, waitFor, within } from '@testing-library/vue';
import { describe, expect, it } from 'vitest';
import type { StaffAccountFieldsFragment } from '@/graphql/generated-trainings/graphql';
import { graphqlError, mockGraphql } from '@/test/graphql-mock';
import { aStaffMember } from '@/test/factories';
import { renderApp } from '@/test/render';

const TOKEN = 'A'.repeat(43);
const admin: StaffAccountFieldsFragment = {
  id: 'staff-admin', email: 'admin@zorka.local', displayName: 'Demo admin', role: 'ADMIN', active: true, lastSignInAt: '2026-03-10T09:00:00.000Z',
};
const trainer: StaffAccountFieldsFragment = {
  id: 'staff-trainer', email: 'trainer@zorka.local', displayName: 'Demo trainer', role: 'TRAINER', active: true, lastSignInAt: null,
};

function serve(extra: Record<string, unknown> = {}) {
  let accounts = [admin, trainer];
  return mockGraphql({
    Me: { me: aStaffMember({ id: 'staff-admin', role: 'ADMIN', email: 'admin@zorka.local', displayName: 'Demo admin' }) },
    StaffAccounts: () => ({ staffAccounts: accounts, staffInvitations: [] }),
    InviteStaff: {
      inviteStaff: {
        acceptPath: `/staff/invitation/${TOKEN}`,
        invitation: { id: 'inv-1', email: 'nina@example.org', role: 'CAMPAIGN_MANAGER', expiresAt: '2026-03-17T09:00:00.000Z', expired: false },
      },
    },
    SetStaffActive: (variables: Record<string, unknown>) => {
      accounts = accounts.map((a) => (a.id === variables['accountId'] ? { ...a, active: variables['active'] as boolean } : a));
      return { setStaffActive: accounts.find((a) => a.id === variables['accountId']) };
    },
    ...extra,
  });
}

describe('StaffAccountsPage', () => {
  it('makes an invitation and shows its one-time link', async () => {
    const { callsTo } = serve();
    const { user } = await renderApp('/staff/accounts');
    await screen.findByRole('heading', { level: 1, name: 'Staff accounts' });
    await user.type(screen.getByRole('textbox', { name: 'E-mail' }), 'nina@example.org');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Role' }), 'Campaign manager');
    await user.click(screen.getByRole('button', { name: 'Make an invitation link' }));

    const link = await screen.findByRole<HTMLInputElement>('textbox', { name: 'One-time invitation link' });
    expect(link.value).toMatch(new RegExp(`^http://localhost(:\\d+)?/staff/invitation/${TOKEN}$`));
    expect(screen.getByText(/it is shown only once/)).toBeTruthy();
    expect(callsTo('InviteStaff')[0]!.variables).toEqual({ email: 'nina@example.org', role: 'CAMPAIGN_MANAGER' });
  });

  it('lists accounts with their last sign-in, deactivates one, and offers no way to deactivate oneself', async () => {
    const { callsTo } = serve();
    const { user } = await renderApp('/staff/accounts');
    const table = await screen.findByRole('table', { name: 'Accounts' });
    const trainerRow = within(table).getByRole('row', { name: /trainer@zorka\.local/ });
    expect(within(trainerRow).getByText('never')).toBeTruthy();
    expect(within(within(table).getByRole('row', { name: /admin@zorka\.local/ })).getByText('This is you')).toBeTruthy();

    await user.click(within(trainerRow).getByRole('button', { name: 'Deactivate trainer@zorka.local' }));
    expect(await screen.findByText('trainer@zorka.local is deactivated and signed out everywhere.')).toBeTruthy();
    expect(callsTo('SetStaffActive')[0]!.variables).toEqual({ accountId: 'staff-trainer', active: false });
    await waitFor(() => expect(within(trainerRow).getByText('Deactivated')).toBeTruthy());
  });

  it('explains why the last admin cannot be demoted, and keeps the role shown', async () => {
    const { callsTo } = serve({ SetStaffRole: graphqlError('CONFLICT', 'errors.staff.lastAdmin') });
    const { user } = await renderApp('/staff/accounts');
    const select = await screen.findByRole<HTMLSelectElement>('combobox', { name: 'Role of admin@zorka.local' });
    await user.selectOptions(select, 'Trainer');
    expect(await screen.findByText(/This is the last active admin/)).toBeTruthy();
    expect(callsTo('SetStaffRole')[0]!.variables).toEqual({ accountId: 'staff-admin', role: 'TRAINER' });
    await waitFor(() => expect(select.value).toBe('ADMIN'));
  });
});
