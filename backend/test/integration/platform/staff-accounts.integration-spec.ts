import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, startTestApp, type GraphqlResponse, type TestApp } from '../../harness/test-app';

const INVITE = `mutation ($e: String!, $r: StaffRole!) { inviteStaff(email: $e, role: $r) { acceptPath invitation { id email role expired expiresAt } } }`;
const ACCEPT = `mutation ($t: String!, $n: String!, $p: String!) { acceptStaffInvitation(token: $t, displayName: $n, password: $p) { email role displayName } }`;
const ACCOUNTS = `{ staffAccounts { id email role active lastSignInAt } }`;
const SET_ROLE = `mutation ($id: ID!, $r: StaffRole!) { setStaffRole(accountId: $id, role: $r) { role } }`;
const SET_ACTIVE = `mutation ($id: ID!, $a: Boolean!) { setStaffActive(accountId: $id, active: $a) { active } }`;
const PASSWORD = 'a long enough password';

/** A GraphQL call that also returns the session cookie the server set, as `name=value`. */
async function withCookie(t: TestApp, query: string, variables: Record<string, unknown>) {
  const res = await fetch(`${t.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  return { cookie: res.headers.get('set-cookie')?.split(';')[0] ?? null, body: (await res.json()) as GraphqlResponse };
}

describe('admins invite staff and manage their roles', () => {
  let t: TestApp;
  let admin: { cookie: string };
  const tokenOf = (path: string) => path.replace('/staff/invitation/', '');
  const accountOf = async (email: string) => ((await t.gql(ACCOUNTS, {}, admin)).data?.staffAccounts as any[]).find((a) => a.email === email);

  beforeAll(async () => {
    t = await startTestApp();
    admin = { cookie: await t.signInAs('admin') };
  });
  afterAll(() => t.close());

  it('invites a trainer by a one-time link, kept only as a hash, and signs them in when they set a password', async () => {
    const invited = (await t.gql(INVITE, { e: ' New.Trainer@Example.org ', r: 'TRAINER' }, admin)).data?.inviteStaff;
    expect(invited.invitation).toMatchObject({ email: 'new.trainer@example.org', role: 'TRAINER', expired: false });
    expect(new Date(invited.invitation.expiresAt).getTime() - Date.now()).toBeGreaterThan(6.9 * 24 * 3600_000);
    const token = tokenOf(invited.acceptPath);
    const stored = await t.sql<{ token_hash: string }>('SELECT token_hash FROM staff_invitations');
    expect(stored).toEqual([{ token_hash: createHash('sha256').update(token).digest('hex') }]);

    expect((await t.gql(`query ($t: String!) { staffInvitation(token: $t) { email role } }`, { t: token })).data?.staffInvitation).toEqual({
      email: 'new.trainer@example.org',
      role: 'TRAINER',
    });
    const short = await t.gql(ACCEPT, { t: token, n: 'Nina', p: 'too short' });
    expect(short.errors?.[0]?.extensions?.messageKey).toBe('errors.staff.passwordLength');

    const accepted = await withCookie(t, ACCEPT, { t: token, n: ' Nina  K ', p: PASSWORD });
    expect(accepted.body.data?.acceptStaffInvitation).toEqual({ email: 'new.trainer@example.org', role: 'TRAINER', displayName: 'Nina K' });
    expect((await t.gql(`{ me { email role } }`, {}, { cookie: accepted.cookie! })).data?.me).toEqual({ email: 'new.trainer@example.org', role: 'TRAINER' });
    const hash = await t.sql<{ password_hash: string }>('SELECT password_hash FROM staff_accounts WHERE email = ?', ['new.trainer@example.org']);
    expect(hash[0]!.password_hash).toMatch(/^\$argon2id\$/);
    expect((await accountOf('new.trainer@example.org')).lastSignInAt).not.toBeNull();

    // The link works once.
    expect(errorCode(await t.gql(ACCEPT, { t: token, n: 'Nina', p: PASSWORD }))).toBe('NOT_FOUND');
    expect((await t.gql(`{ staffInvitations { email } }`, {}, admin)).data?.staffInvitations).toEqual([]);
  });

  it('refuses revoked and expired links, and an e-mail that has an account', async () => {
    const revoked = (await t.gql(INVITE, { e: 'revoked@example.org', r: 'CAMPAIGN_MANAGER' }, admin)).data?.inviteStaff;
    expect((await t.gql(`mutation ($id: ID!) { revokeStaffInvitation(id: $id) }`, { id: revoked.invitation.id }, admin)).data?.revokeStaffInvitation).toBe(true);
    expect(errorCode(await t.gql(ACCEPT, { t: tokenOf(revoked.acceptPath), n: 'R', p: PASSWORD }))).toBe('NOT_FOUND');

    const lapsed = (await t.gql(INVITE, { e: 'lapsed@example.org', r: 'TRAINER' }, admin)).data?.inviteStaff;
    await t.sql('UPDATE staff_invitations SET expires_at = ? WHERE id = ?', ['2020-01-01 00:00:00.000', lapsed.invitation.id]);
    expect(errorCode(await t.gql(ACCEPT, { t: tokenOf(lapsed.acceptPath), n: 'L', p: PASSWORD }))).toBe('NOT_FOUND');
    expect((await t.gql(`{ staffInvitations { email expired } }`, {}, admin)).data?.staffInvitations).toEqual([{ email: 'lapsed@example.org', expired: true }]);

    expect(errorCode(await t.gql(INVITE, { e: 'trainer@zorka.local', r: 'ADMIN' }, admin))).toBe('CONFLICT');
    expect(errorCode(await t.gql(INVITE, { e: 'not-an-address', r: 'ADMIN' }, admin))).toBe('BAD_USER_INPUT');
  });

  it('deactivating an account ends its sessions and its sign-ins; reactivating lets it back', async () => {
    const trainer = { cookie: await t.signInAs('trainer') };
    const account = await accountOf('trainer@zorka.local');
    expect((await t.gql(SET_ACTIVE, { id: account.id, a: false }, admin)).data?.setStaffActive).toEqual({ active: false });
    expect(errorCode(await t.gql(`{ me { id } }`, {}, trainer))).toBe('UNAUTHENTICATED');
    await expect(t.signInAs('trainer')).rejects.toThrow(/sign-in as trainer failed/);
    expect((await t.gql(SET_ACTIVE, { id: account.id, a: true }, admin)).data?.setStaffActive).toEqual({ active: true });
    expect(await t.signInAs('trainer')).toMatch(/^zorka_staff=/);
  });

  it('changes roles but never leaves the platform without an active admin', async () => {
    const self = await accountOf('admin@zorka.local');
    const lastAdmin = await t.gql(SET_ROLE, { id: self.id, r: 'TRAINER' }, admin);
    expect(lastAdmin.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', messageKey: 'errors.staff.lastAdmin' });
    expect((await t.gql(SET_ACTIVE, { id: self.id, a: false }, admin)).errors?.[0]?.extensions?.messageKey).toBe('errors.staff.cannotDeactivateSelf');

    const manager = await accountOf('manager@zorka.local');
    expect((await t.gql(SET_ROLE, { id: manager.id, r: 'ADMIN' }, admin)).data?.setStaffRole).toEqual({ role: 'ADMIN' });
    const second = { cookie: await t.signInAs('campaign_manager') }; // the demo manager, an admin now
    expect((await t.gql(SET_ACTIVE, { id: self.id, a: false }, second)).data?.setStaffActive).toEqual({ active: false });
    const alone = await t.gql(SET_ROLE, { id: manager.id, r: 'CAMPAIGN_MANAGER' }, second);
    expect(alone.errors?.[0]?.extensions?.messageKey).toBe('errors.staff.lastAdmin');
    expect((await t.gql(ACCOUNTS, {}, second)).data?.staffAccounts.filter((a: any) => a.role === 'ADMIN' && a.active)).toHaveLength(1);
  });

  it('limits how often invitation links may be tried', async () => {
    const tries = await Promise.all(Array.from({ length: 12 }, () => t.gql(ACCEPT, { t: 'A'.repeat(43), n: 'X', p: PASSWORD })));
    expect(tries.map(errorCode)).toContain('TOO_MANY_REQUESTS');
  });
});

describe('two admins demoting each other at the same moment', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  // On PostgreSQL the two transactions really run side by side (the PG suite runs this file too).
  it('lets exactly one succeed, every time, so an active admin always remains', async () => {
    const admin = { cookie: await t.signInAs('admin') };
    const accounts = ((await t.gql(ACCOUNTS, {}, admin)).data?.staffAccounts as any[]) ?? [];
    const adminId = accounts.find((a) => a.email === 'admin@zorka.local').id;
    const managerId = accounts.find((a) => a.email === 'manager@zorka.local').id;
    const sessions = new Map([[adminId, admin]]);
    for (let round = 0; round < 5; round++) {
      const [stayed] = (await t.sql<{ id: string }>("SELECT id FROM staff_accounts WHERE role = 'admin' AND active = ?", [true])).map((r) => r.id);
      const other = stayed === adminId ? managerId : adminId;
      expect((await t.gql(SET_ROLE, { id: other, r: 'ADMIN' }, sessions.get(stayed!))).data?.setStaffRole).toEqual({ role: 'ADMIN' });
      if (!sessions.has(managerId)) sessions.set(managerId, { cookie: await t.signInAs('campaign_manager') });

      const [byAdmin, byManager] = await Promise.all([
        t.gql(SET_ROLE, { id: managerId, r: 'TRAINER' }, sessions.get(adminId)),
        t.gql(SET_ROLE, { id: adminId, r: 'TRAINER' }, sessions.get(managerId)),
      ]);
      const succeeded = [byAdmin, byManager].filter((res) => res.data?.setStaffRole);
      expect(succeeded).toHaveLength(1);
      // The other is refused as the last admin, or (when it arrives after the first committed) as no longer an admin.
      const refused = [byAdmin, byManager].find((res) => !res.data?.setStaffRole)!;
      expect(['errors.staff.lastAdmin', 'errors.auth.forbidden']).toContain(refused.errors?.[0]?.extensions?.messageKey);
      const admins = await t.sql("SELECT id FROM staff_accounts WHERE role = 'admin' AND active = ?", [true]);
      expect(admins).toHaveLength(1);
    }
  });
});

describe('ended invitations are deleted after a while', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('deletes accepted, revoked and expired invitations 30 days after they ended, and keeps the rest', async () => {
    const { AccountsRetentionService } = await import('../../../src/modules/accounts/accounts-retention.service');
    const admin = { cookie: await t.signInAs('admin') };
    const invite = async (e: string) => (await t.gql(INVITE, { e, r: 'TRAINER' }, admin)).data?.inviteStaff;
    const accepted = await invite('accepted@example.org');
    await t.gql(ACCEPT, { t: accepted.acceptPath.replace('/staff/invitation/', ''), n: 'A', p: PASSWORD });
    const revoked = await invite('revoked@example.org');
    await t.gql(`mutation ($id: ID!) { revokeStaffInvitation(id: $id) }`, { id: revoked.invitation.id }, admin);
    await invite('pending@example.org'); // expires in 7 days
    const left = async () => (await t.sql<{ email: string }>('SELECT email FROM staff_invitations ORDER BY email')).map((r) => r.email);
    const retention = t.app.get(AccountsRetentionService);
    const inDays = (days: number) => new Date(Date.now() + days * 24 * 3600_000);

    expect(await retention.forgetEnded(inDays(29))).toEqual({ invitations: 0 });
    expect(await left()).toEqual(['accepted@example.org', 'pending@example.org', 'revoked@example.org']);
    expect(await retention.forgetEnded(inDays(31))).toEqual({ invitations: 2 });
    expect(await left()).toEqual(['pending@example.org']);
    expect(await retention.forgetEnded(inDays(36))).toEqual({ invitations: 0 }); // expired 29 days before
    expect(await retention.forgetEnded(inDays(38))).toEqual({ invitations: 1 });
    expect(await left()).toEqual([]);
    // The accepted colleague keeps their account.
    expect(await t.sql('SELECT email FROM staff_accounts WHERE email = ?', ['accepted@example.org'])).toHaveLength(1);
  });
});
