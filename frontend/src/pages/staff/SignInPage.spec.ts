import { screen } from '@testing-library/vue';
import { describe, expect, it } from 'vitest';
import { graphqlError, mockGraphql } from '@/test/graphql-mock';
import { aStaffMember } from '@/test/factories';
import { renderApp } from '@/test/render';

describe('SignInPage', () => {
  it('says the e-mail or password is not right, clears the password and keeps the e-mail', async () => {
    const { callsTo } = mockGraphql({ SignIn: graphqlError('UNAUTHENTICATED', 'errors.staff.signInRefused') });
    const { user, router } = await renderApp('/staff/sign-in');
    await user.type(screen.getByRole('textbox', { name: 'E-mail' }), 'trainer@zorka.local');
    await user.type(screen.getByLabelText('Password'), 'wrong password');

    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The e-mail or the password is not right.');
    expect(document.activeElement).toBe(alert);
    expect(screen.getByLabelText<HTMLInputElement>('Password').value).toBe('');
    expect(screen.getByRole<HTMLInputElement>('textbox', { name: 'E-mail' }).value).toBe('trainer@zorka.local');
    expect(callsTo('SignIn')[0]!.variables).toEqual({ email: 'trainer@zorka.local', password: 'wrong password' });
    expect(router.currentRoute.value.name).toBe('staff-sign-in');
  });

  it('says how long to wait when the account is locked after failed sign-ins', async () => {
    mockGraphql({
      SignIn: { errors: [{ message: 'locked', extensions: { code: 'TOO_MANY_REQUESTS', messageKey: 'errors.staff.locked', retryAfter: 290 } }] },
    });
    const { user } = await renderApp('/staff/sign-in');
    await user.type(screen.getByRole('textbox', { name: 'E-mail' }), 'trainer@zorka.local');
    await user.type(screen.getByLabelText('Password'), 'x');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Please wait 5 minutes and try again.');
  });

  it('asks for what is missing without calling the server', async () => {
    const { calls } = mockGraphql({});
    const { user } = await renderApp('/staff/sign-in');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(screen.getByText('Enter your e-mail.')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'E-mail' }));
    expect(calls).toHaveLength(0);
  });

  it('goes back to the staff page that asked for sign-in', async () => {
    mockGraphql({
      SignIn: { signIn: aStaffMember() },
      Me: { me: aStaffMember() },
      Groups: { groups: [] },
      Courses: { courses: [] },
    });
    const { user, router } = await renderApp('/staff/sign-in?next=/staff');
    await user.type(screen.getByRole('textbox', { name: 'E-mail' }), 'trainer@zorka.local');
    await user.type(screen.getByLabelText('Password'), 'right password');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'My groups' })).toBeTruthy();
    expect(router.currentRoute.value.fullPath).toBe('/staff');
    expect(await screen.findByText('Signed in as Demo trainer')).toBeTruthy();
  });

  it('never sends anyone to another site after signing in', async () => {
    const { safeNext } = await import('@/composables/useStaff');
    expect(safeNext('https://evil.example/staff')).toBe('/staff');
    expect(safeNext('//evil.example')).toBe('/staff');
    expect(safeNext('/staff/groups/g-1/report')).toBe('/staff/groups/g-1/report');
  });
});
