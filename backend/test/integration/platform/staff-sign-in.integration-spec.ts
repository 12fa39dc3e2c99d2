import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, startTestApp, type TestApp } from '../../harness/test-app';

const SIGN_IN = 'mutation ($email: String!, $password: String!) { signIn(email: $email, password: $password) { email role displayName } }';

async function signIn(t: TestApp, email: string, password: string) {
  const res = await fetch(`${t.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: SIGN_IN, variables: { email, password } }),
  });
  return { cookie: res.headers.get('set-cookie'), body: (await res.json()) as { data?: any; errors?: any[] } };
}

describe('staff sign-in', () => {
  let t: TestApp;
  let trainer: { email: string; password: string };
  beforeAll(async () => {
    t = await startTestApp();
    const { DemoAccountsService } = await import('../../../src/modules/accounts/demo-accounts.service');
    trainer = (await t.app.get(DemoAccountsService).ensure()).find((a) => a.role === 'trainer')!;
  });
  afterAll(() => t.close());

  it('signs a trainer in with an httpOnly, SameSite=Strict cookie, and knows them afterwards', async () => {
    const { cookie, body } = await signIn(t, trainer.email.toUpperCase(), trainer.password);
    expect(body.data?.signIn).toEqual({ email: 'trainer@zorka.local', role: 'TRAINER', displayName: 'Demo trainer' });
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    const me = await t.gql(`{ me { email role } }`, {}, { cookie: cookie!.split(';')[0] });
    expect(me.data?.me).toEqual({ email: 'trainer@zorka.local', role: 'TRAINER' });
  });

  it('gives the same answer for an unknown e-mail and a wrong password', async () => {
    const unknown = await signIn(t, 'nobody@zorka.local', trainer.password);
    const wrong = await signIn(t, 'manager@zorka.local', 'wrong-password');
    expect(unknown.body.errors?.[0]?.message).toBe(wrong.body.errors?.[0]?.message);
    expect(unknown.body.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    expect(unknown.cookie).toBeNull();
  });

  it('ends the session on sign-out', async () => {
    const { cookie } = await signIn(t, trainer.email, trainer.password);
    const session = cookie!.split(';')[0]!;
    expect((await t.gql(`mutation { signOut }`, {}, { cookie: session })).data).toEqual({ signOut: true });
    expect(errorCode(await t.gql(`{ me { id } }`, {}, { cookie: session }))).toBe('UNAUTHENTICATED');
  });

  it('locks an account out after repeated failures, even with the right password', async () => {
    for (let i = 0; i < 5; i++) await signIn(t, 'admin@zorka.local', `wrong-${i}`);
    const { body } = await signIn(t, 'admin@zorka.local', 'whatever');
    expect(body.errors?.[0]?.extensions.code).toBe('TOO_MANY_REQUESTS');
  });
});
