import { createPinia } from 'pinia';
import { createApp } from 'vue';
import App from './App.vue';
import { i18n, initialLocale, setLocale } from './i18n';
import { readStored, STORAGE_KEYS } from './modules/storage';
import { setFavicon } from './composables/usePageTitle';
import { createAppRouter } from './router';
import './styles/main.css';

// Safe mode first, before anything loads: the tab must never show "Zorka" while it is on.
if (readStored(STORAGE_KEYS.safeMode) === 'on') {
  document.title = i18n.global.t('safeMode.neutralTitle');
  setFavicon(true);
}

const app = createApp(App);
app.use(createPinia());
app.use(i18n);
const router = createAppRouter();
app.use(router);

void Promise.all([setLocale(initialLocale(), { remember: false }), router.isReady()])
  .catch((error: unknown) => console.error(error))
  .finally(() => app.mount('#app'));
