import { render, type RenderOptions } from '@testing-library/vue';
import userEvent from '@testing-library/user-event';
import { createPinia } from 'pinia';
import { defineComponent, h, type Component } from 'vue';
import { createMemoryHistory, RouterView } from 'vue-router';
import { i18n } from '@/i18n';
import { createAppRouter } from '@/router';

const RouterHost = defineComponent({ name: 'RouterHost', render: () => h(RouterView) });

export interface RenderAppOptions {
  /** Render this instead of the current route (for components that need the app's plugins) */
  component?: Component;
  props?: Record<string, unknown>;
  provide?: Record<string | symbol, unknown>;
}

/** Renders at `path` with the real routes, i18n (English unless changed) and a fresh Pinia. */
export async function renderApp(path = '/', options: RenderAppOptions = {}) {
  const router = createAppRouter(createMemoryHistory());
  await router.push(path);
  await router.isReady();
  const user = userEvent.setup();
  const renderOptions: RenderOptions<Component> = {
    props: options.props,
    global: { plugins: [router, createPinia(), i18n], provide: options.provide },
  };
  const utils = render(options.component ?? RouterHost, renderOptions);
  return { ...utils, router, user };
}
