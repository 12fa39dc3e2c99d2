import type { RouteLocationNormalized, RouteRecordRaw } from 'vue-router';
import type { MessageBundle } from '@/i18n';

/**
 * The staff area's pages (trainers), added to the router on the first visit under /staff
 * (see addStaffRoutes in router.ts). Every page is its own chunk; each needs a signed-in staff member.
 */
const ID = '([a-z0-9-]+)';
const STAFF: MessageBundle[] = ['groups', 'staff'];

/** Signed in, else to the sign-in page and back afterwards. */
const staffOnly = async (to: RouteLocationNormalized) => (await import('@/composables/useStaff')).staffGuard(to);

export const staffRoutes: RouteRecordRaw[] = [
  { path: '/staff/sign-in', name: 'staff-sign-in', component: () => import('@/pages/staff/SignInPage.vue'), meta: { messages: STAFF } },
  // Opened by someone who has no account yet: no sign-in needed, the token is the key.
  {
    path: '/staff/invitation/:token([A-Za-z0-9_-]{43})',
    name: 'staff-invitation',
    component: () => import('@/pages/staff/AcceptInvitationPage.vue'),
    props: true,
    meta: { messages: STAFF },
  },
  {
    path: '/staff/accounts',
    name: 'staff-accounts',
    component: () => import('@/pages/staff/StaffAccountsPage.vue'),
    beforeEnter: staffOnly,
    meta: { messages: STAFF },
  },
  {
    path: '/staff',
    name: 'staff',
    component: () => import('@/pages/staff/StaffHomePage.vue'),
    beforeEnter: staffOnly,
    meta: { messages: STAFF },
  },
  {
    path: `/staff/groups/:groupId${ID}`,
    name: 'staff-group',
    component: () => import('@/pages/staff/StaffGroupPage.vue'),
    props: true,
    beforeEnter: staffOnly,
    meta: { messages: STAFF },
  },
  {
    path: `/staff/groups/:groupId${ID}/live/:sessionId${ID}`,
    name: 'staff-live',
    component: () => import('@/pages/staff/LiveSessionPage.vue'),
    props: true,
    beforeEnter: staffOnly,
    meta: { messages: STAFF, wide: true },
  },
  {
    path: `/staff/groups/:groupId${ID}/report`,
    name: 'staff-report',
    component: () => import('@/pages/staff/GroupReportPage.vue'),
    props: true,
    beforeEnter: staffOnly,
    meta: { messages: STAFF, wide: true },
  },
];
