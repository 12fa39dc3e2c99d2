import { createRouter, createWebHistory, type Router, type RouterHistory, type RouteRecordRaw } from 'vue-router';
import { loadMessageBundles, type MessageBundle } from '@/i18n';

declare module 'vue-router' {
  interface RouteMeta {
    /** Message bundles the page needs (src/locales/<bundle>/), loaded before it is entered */
    messages?: MessageBundle[];
    /** A wide page (the trainer's projector, the report) instead of the reading measure */
    wide?: boolean;
  }
}

/** Ids in URLs are lowercase words joined by hyphens (see content/README.md); anything else is a 404. */
const ID = '([a-z0-9-]+)';
/** Join codes (K7QM-4XP0) and certificate codes, as people type them: letters, digits, dashes. */
const CODE = '([A-Za-z0-9-]{1,40})';

const GROUPS: MessageBundle[] = ['groups'];
const CAMPAIGNS: MessageBundle[] = ['campaigns'];

/** Every page is its own chunk, loaded when first visited. */
export const routes: RouteRecordRaw[] = [
  { path: '/', name: 'catalogue', component: () => import('@/pages/CataloguePage.vue') },
  { path: `/courses/:courseId${ID}`, name: 'course', component: () => import('@/pages/CoursePage.vue'), props: true },
  {
    path: `/courses/:courseId${ID}/lessons/:localId${ID}`,
    name: 'lesson',
    component: () => import('@/pages/LessonPage.vue'),
    props: true,
  },
  {
    path: `/courses/:courseId${ID}/quizzes/:localId${ID}`,
    name: 'quiz',
    component: () => import('@/pages/QuizPage.vue'),
    props: true,
  },
  {
    path: `/courses/:courseId${ID}/scenarios/:localId${ID}`,
    name: 'scenario',
    component: () => import('@/pages/ScenarioPage.vue'),
    props: true,
  },
  { path: '/progress', name: 'progress', component: () => import('@/pages/ProgressPage.vue') },
  { path: '/safety', name: 'safety', component: () => import('@/pages/SafetyPage.vue') },

  // Group trainings: participants join with a code, no account; their pages are learner pages.
  { path: `/join/:code${CODE}?`, name: 'join', component: () => import('@/pages/JoinPage.vue'), props: true, meta: { messages: GROUPS } },
  {
    path: `/groups/:groupId${ID}`,
    name: 'participant-group',
    component: () => import('@/pages/ParticipantGroupPage.vue'),
    props: true,
    meta: { messages: GROUPS },
  },
  { path: `/verify/:code${CODE}?`, name: 'verify', component: () => import('@/pages/VerifyPage.vue'), props: true, meta: { messages: GROUPS } },

  // Campaigns: public pages of a live campaign, light enough for a slow phone on a slow network.
  { path: `/c/:slug${ID}`, name: 'campaign', component: () => import('@/pages/CampaignPage.vue'), props: true, meta: { messages: CAMPAIGNS } },
  {
    path: `/c/:slug${ID}/:material${ID}`,
    name: 'campaign-material',
    component: () => import('@/pages/CampaignMaterialPage.vue'),
    props: true,
    meta: { messages: CAMPAIGNS },
  },

  // Staff (trainers): their pages are added on the first visit under /staff (see addStaffRoutes).
  { path: '/staff/:rest(.*)*', name: 'staff-area', component: () => import('@/pages/NotFoundPage.vue') },
  { path: '/:pathMatch(.*)*', name: 'not-found', component: () => import('@/pages/NotFoundPage.vue') },
];

/**
 * The staff area (trainers' pages) is registered when someone first opens an address under /staff:
 * its route table, guard and code stay out of what every learner downloads. Then the same address
 * is resolved again, now against the staff routes (an unknown one stays on the not-found page).
 */
async function addStaffRoutes(router: Router, path: string): Promise<true | string> {
  if (router.hasRoute('staff')) return true;
  const { staffRoutes } = await import('@/staff-routes');
  for (const route of staffRoutes) router.addRoute(route);
  return path;
}

export function createAppRouter(history: RouterHistory = createWebHistory()) {
  const router = createRouter({
    history,
    routes,
    scrollBehavior(to, _from, savedPosition) {
      if (savedPosition) return savedPosition;
      if (to.hash) return { el: to.hash };
      return { top: 0 };
    },
  });
  router.beforeEach((to) => (to.name === 'staff-area' ? addStaffRoutes(router, to.fullPath) : true));
  // The texts a page needs are there before it renders (a failed load shows the English fallback).
  router.beforeEach(async (to) => {
    const bundles = to.meta.messages;
    if (bundles?.length) await loadMessageBundles(bundles).catch((error: unknown) => console.error(error));
  });
  return router;
}
