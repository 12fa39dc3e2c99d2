import '@/graphql/trainings/error-keys';
import { computed, ref, shallowRef, watch, type Ref } from 'vue';
import { useRoute, useRouter, type RouteLocationNormalized, type RouteLocationRaw } from 'vue-router';
import { invalidate, mutate, query } from '@/graphql/client';
import { isApiError, toApiError, type ApiError } from '@/graphql/errors';
import { MeDocument, SignInDocument, SignOutDocument } from '@/graphql/generated-trainings/graphql';
import { useQuery } from './useApi';

/**
 * Staff are known by an httpOnly session cookie the client never sees: "signed in" means `me`
 * answers. A browser that also holds a learner token is FORBIDDEN rather than UNAUTHENTICATED
 * when its staff cookie is gone, so both count as "not signed in" for `me`.
 */
const isSignedOut = (error: unknown) => isApiError(error) && (error.code === 'UNAUTHENTICATED' || error.code === 'FORBIDDEN');

/** Cached answers that belong to the signed-in staff member: dropped when they sign in or out. */
const STAFF_QUERIES = ['Me', 'Groups', 'Group', 'GroupReport', 'LiveSession', 'Campaigns', 'Campaign', 'TrackedLinks', 'CampaignDashboard'];
const forgetStaffData = () => invalidate(STAFF_QUERIES);

export const signInRoute = (next?: string): RouteLocationRaw => ({ name: 'staff-sign-in', query: next ? { next } : {} });

/** Where to go after signing in: only a path inside the staff area (never another site). */
export function safeNext(next: unknown): string {
  return typeof next === 'string' && /^\/staff(\/|$)/.test(next) ? next : '/staff';
}

/** Route guard of the staff pages: to the sign-in page when nobody is signed in. */
export async function staffGuard(to: RouteLocationNormalized): Promise<true | RouteLocationRaw> {
  try {
    await query(MeDocument, {});
    return true;
  } catch (error) {
    // Other failures (no network) let the page show its own error with "Try again".
    return isSignedOut(error) ? signInRoute(to.fullPath) : true;
  }
}

/**
 * Route guard of the staff home (a trainer's groups): a campaign manager, who has no groups,
 * goes to the campaigns instead.
 */
export async function staffHomeGuard(to: RouteLocationNormalized): Promise<true | RouteLocationRaw> {
  const signedIn = await staffGuard(to);
  if (signedIn !== true) return signedIn;
  try {
    const { me } = await query(MeDocument, {});
    return me.role === 'CAMPAIGN_MANAGER' ? { name: 'staff-campaigns' } : true;
  } catch {
    return true;
  }
}

export function useMe() {
  const state = useQuery(MeDocument, {});
  return { ...state, me: computed(() => state.data.value?.me ?? null) };
}

/**
 * For staff pages: when an API call says the session has ended, go to the sign-in page and come
 * back here afterwards. FORBIDDEN is checked against `me` (an ended session, or a role that may not).
 */
export function useStaffSessionCheck() {
  const router = useRouter();
  const route = useRoute();

  async function check(error: ApiError | null | undefined): Promise<void> {
    if (!error || (error.code !== 'UNAUTHENTICATED' && error.code !== 'FORBIDDEN')) return;
    if (error.code === 'FORBIDDEN') {
      try {
        await query(MeDocument, {}, { force: true });
        return; // signed in, but this is not theirs to see: the page shows the error
      } catch (meError) {
        if (!isSignedOut(meError)) return;
      }
    }
    await router.replace(signInRoute(route.fullPath));
    forgetStaffData(); // after leaving the page, so that its queries do not ask again

  }

  /** Watches the errors of a page's queries. */
  function watchErrors(...errors: Readonly<Ref<ApiError | null>>[]): void {
    watch(errors, (values) => void check(values.find((value) => value !== null)));
  }

  return { check, watchErrors };
}

export function useSignIn() {
  const busy = ref(false);
  const error = shallowRef<ApiError | null>(null);

  async function signIn(email: string, password: string): Promise<boolean> {
    busy.value = true;
    error.value = null;
    try {
      await mutate(SignInDocument, { email: email.trim(), password });
      forgetStaffData(); // nothing cached for someone else (or for nobody) may be shown now
      return true;
    } catch (caught) {
      error.value = toApiError(caught);
      return false;
    } finally {
      busy.value = false;
    }
  }

  return { busy, error, signIn };
}

export function useSignOut() {
  const router = useRouter();
  const busy = ref(false);
  const error = shallowRef<ApiError | null>(null);

  async function signOut(): Promise<void> {
    busy.value = true;
    error.value = null;
    try {
      await mutate(SignOutDocument, {});
    } catch (caught) {
      // Already signed out on the server: the same end result.
      if (!isSignedOut(caught)) {
        error.value = toApiError(caught);
        return;
      }
    } finally {
      busy.value = false;
    }
    await router.push({ name: 'staff-sign-in' });
    forgetStaffData();
  }

  return { busy, error, signOut };
}
