import { fileURLToPath, URL } from 'node:url';
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

const backend = 'http://localhost:3000';

export default defineConfig({
  plugins: [vue()],
  resolve: {
    alias: [
      { find: '@', replacement: fileURLToPath(new URL('./src', import.meta.url)) },
      // Messages are compiled by our own small ICU compiler (src/i18n/icu.ts), so the runtime-only
      // build is enough: no vue-i18n message compiler ships, and nothing needs eval (strict CSP).
      { find: /^vue-i18n$/, replacement: 'vue-i18n/dist/vue-i18n.runtime.mjs' },
    ],
  },
  define: {
    __VUE_OPTIONS_API__: 'false',
    __VUE_PROD_DEVTOOLS__: 'false',
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
    __VUE_I18N_FULL_INSTALL__: 'false',
    __VUE_I18N_LEGACY_API__: 'false',
    __INTLIFY_PROD_DEVTOOLS__: 'false',
    __INTLIFY_DROP_MESSAGE_COMPILER__: 'true',
  },
  server: {
    proxy: {
      '/graphql': backend,
      '/health': backend,
      '/media': backend,
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2020',
    sourcemap: false,
    reportCompressedSize: true,
    // dist/.vite/manifest.json: which files each page loads, for the size budget (scripts/check-budget.mjs).
    manifest: true,
  },
});
