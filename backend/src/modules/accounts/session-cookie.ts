import { STAFF_COOKIE } from '../../common/auth/cookies';
import type { GraphqlContext } from '../../common/auth/viewer';
import { STAFF_SESSION_HOURS } from './accounts.service';

/** The staff session cookie: httpOnly (no script reads it), SameSite=Strict, as long as the session. */
export function setSessionCookie(ctx: GraphqlContext, token: string, secure: boolean): void {
  ctx.res?.cookie(STAFF_COOKIE, token, { httpOnly: true, sameSite: 'strict', secure, path: '/', maxAge: STAFF_SESSION_HOURS * 3600_000 });
}
