import { screen, waitFor } from '@testing-library/vue';
import { describe, expect, it } from 'vitest';
import { graphqlError, mockGraphql } from '@/test/graphql-mock';
import { aStaffMember } from '@/test/factories';
import { renderApp } from '@/test/render';

const TOKEN = 'b'.repeat(43);
const path = `/staff/invitation/${TOKEN}`;

describe('AcceptInvitationPage', () => {
  it('sets a name and a password, then signs the new trainer in', async () => {
    const { callsTo } = mockGraphql({
      StaffInvitation: { staffInvitation: { email: 'nina@example.org', role: 'TRAINER', expiresAt: '2026-03-17T09:00:00.000Z' } },
      AcceptStaffInvitation: { acceptStaffInvitation: aStaffMember({ email: 'nina@example.org', displayName: 'Nina' }) },
      Me: { me: aStaffMember({ email: 'nina@example.org', displayName: 'Nina' }) },
      Groups: { groups: [] },
      Courses: { courses: [] },
    });
    const { user, router } = await renderApp(path);
    expect(await screen.findByText(/You are invited as Trainer, and will sign in with nina@example\.org/)).toBeTruthy();

    await user.type(screen.getByRole('textbox', { name: 'Your name (shown to colleagues)' }), 'Nina');
    await user.type(screen.getByLabelText('Password'), 'too short');
    await user.type(screen.getByLabelText('The password again'), 'too short');
    await user.click(screen.getByRole('button', { name: 'Set the password and sign in' }));
    expect(screen.getByText('The password needs at least 12 characters.')).toBeTruthy();
    expect(callsTo('AcceptStaffInvitation')).toHaveLength(0);

    await user.clear(screen.getByLabelText('Password'));
    await user.type(screen.getByLabelText('Password'), 'a long enough password');
    await user.clear(screen.getByLabelText('The password again'));
    await user.type(screen.getByLabelText('The password again'), 'a long enough password');
    await user.click(screen.getByRole('button', { name: 'Set the password and sign in' }));

    await waitFor(() => expect(router.currentRoute.value.name).toBe('staff'));
    expect(callsTo('AcceptStaffInvitation')[0]!.variables).toEqual({ token: TOKEN, displayName: 'Nina', password: 'a long enough password' });
  });

  it('says plainly when the link no longer works', async () => {
    mockGraphql({ StaffInvitation: graphqlError('NOT_FOUND', 'errors.staff.invitationInvalid') });
    await renderApp(path);
    expect(await screen.findByText(/This invitation link does not work: it has expired, was used already or was revoked/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Set the password and sign in' })).toBeNull();
  });
});
