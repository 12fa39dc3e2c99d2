import { createRouter, createWebHistory, type RouterHistory, type RouteRecordRaw } from 'vue-router';

/** Ids in URLs are lowercase words joined by hyphens (see content/README.md); anything else is a 404. */
const ID = '([a-z0-9-]+)';

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
  { path: '/:pathMatch(.*)*', name: 'not-found', component: () => import('@/pages/NotFoundPage.vue') },
];

export function createAppRouter(history: RouterHistory = createWebHistory()) {
  return createRouter({
    history,
    routes,
    scrollBehavior(to, _from, savedPosition) {
      if (savedPosition) return savedPosition;
      if (to.hash) return { el: to.hash };
      return { top: 0 };
    },
  });
}
