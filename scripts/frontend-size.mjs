// What a learner's browser downloads on a first visit to a page of the app, from Vite's build
// manifest: the entry with its static imports and styles, the page's chunk with its own, and the
// messages of the visitor's language (English ships in the entry; Russian and Belarusian load on demand;
// Belarusian falls back to Russian). Sizes are gzip (level 9, what the server's compression would send at best).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { root } from './lib.mjs';

const dist = path.join(root, 'frontend', 'dist');

/** At most this much JavaScript (gzip) on a first visit to each page below. */
export const JS_BUDGET = 100 * 1024;

/** Pages measured, by the component the router loads for them. */
export const ROUTES = {
  catalogue: 'src/pages/CataloguePage.vue',
  lesson: 'src/pages/LessonPage.vue',
};

const LANGUAGE_FILES = { en: [], ru: ['src/locales/ru.json'], be: ['src/locales/be.json', 'src/locales/ru.json'] };

function manifest() {
  try {
    return JSON.parse(readFileSync(path.join(dist, '.vite', 'manifest.json'), 'utf8'));
  } catch {
    throw new Error('frontend/dist/.vite/manifest.json is missing: build the frontend first (pnpm build)');
  }
}

const gzipped = (file) => gzipSync(readFileSync(path.join(dist, file)), { level: 9 }).length;

/** { js, css } in bytes gzip for a first visit to `page` in `language`, and the files counted. */
export function firstVisit(page, language = 'en') {
  const m = manifest();
  const files = new Set();
  const visit = (key) => {
    const chunk = m[key];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const css of chunk.css ?? []) files.add(css);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  const entry = Object.keys(m).find((k) => m[k].isEntry);
  visit(entry);
  visit(page);
  for (const messages of LANGUAGE_FILES[language]) visit(messages);
  let js = 0;
  let css = 0;
  for (const file of files) {
    if (file.endsWith('.js')) js += gzipped(file);
    else if (file.endsWith('.css')) css += gzipped(file);
  }
  return { js, css, files: [...files] };
}
