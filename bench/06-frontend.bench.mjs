// (6) Front end: JavaScript and CSS a learner's browser downloads on a first visit (gzip) to the
// catalogue and a lesson, against the 100 KB budget `pnpm test` enforces; and Lighthouse (mobile,
// its Slow 4G profile) driving Debian's Chromium: the performance score and the Largest Contentful
// Paint of the same two pages, served by a real Zorka.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { firstVisit, JS_BUDGET, ROUTES } from '../scripts/frontend-size.mjs';
import { gql, startZorka } from './lib.mjs';

export const title = 'Front end (6)';
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function run({ log }) {
  const rows = [];
  for (const [name, page] of Object.entries(ROUTES)) {
    for (const language of ['en', 'ru']) {
      const { js, css } = firstVisit(page, language);
      log(`${name} (${language}): JS ${(js / 1024).toFixed(1)} KB gz, CSS ${(css / 1024).toFixed(1)} KB gz`);
      rows.push({ measure: `${name} first visit (${language}): JS gzip`, zorka: js / 1024, reference: JS_BUDGET / 1024, unit: 'KB', target: '<= 100 KB', ok: js <= JS_BUDGET });
      if (language === 'en') rows.push({ measure: `${name} first visit: CSS gzip`, zorka: css / 1024, unit: 'KB' });
    }
  }

  const zorka = await startZorka();
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
  try {
    const { data } = await gql(zorka.url, '{ courses(locale: "en") { id } }');
    const { data: courseData } = await gql(zorka.url, 'query ($id: ID!) { course(id: $id, locale: "en") { id steps { kind id } } }', { id: data.courses[0].id });
    const lessonId = courseData.course.steps.find((s) => s.kind === 'LESSON').id;
    const [courseId, localId] = lessonId.split('/');
    const pages = { catalogue: `${zorka.url}/`, lesson: `${zorka.url}/courses/${courseId}/lessons/${localId}` };
    for (const [name, url] of Object.entries(pages)) {
      // Lighthouse's default: a mid-range phone on its Slow 4G profile (simulated throttling).
      const { lhr } = await lighthouse(url, { port: chrome.port, onlyCategories: ['performance'], output: 'json', logLevel: 'error' });
      // A page Lighthouse could not measure says why, rather than printing a score of 0 and NaN.
      if (lhr.runtimeError) log(`${name}: Lighthouse could not measure the page: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
      const score = Math.round((lhr.categories.performance.score ?? 0) * 100);
      const lcp = lhr.audits['largest-contentful-paint'].numericValue / 1000;
      log(`${name}: Lighthouse performance ${score}, LCP ${lcp.toFixed(2)} s, FCP ${(lhr.audits['first-contentful-paint'].numericValue / 1000).toFixed(2)} s, TBT ${Math.round(lhr.audits['total-blocking-time'].numericValue)} ms`);
      rows.push({ measure: `${name}: Lighthouse performance (mobile, Slow 4G)`, zorka: score, target: '>= 95', ok: score >= 95 });
      rows.push({ measure: `${name}: Largest Contentful Paint`, zorka: lcp, unit: 's', target: '<= 2.5 s', ok: lcp <= 2.5 });
    }
  } finally {
    await chrome.kill();
    await zorka.stop();
  }
  return rows;
}
