/**
 * Campaign reach events, sent without tracking anyone (docs: README "Privacy by design").
 *
 * The browser queues small events and posts them in batches to POST /e with navigator.sendBeacon:
 * every 5 s, and when the tab is hidden or closed. Nothing is stored (no cookie, no localStorage, no
 * identifier): the server counts unique visitors with a hash it can no longer recompute after the day.
 * With Do Not Track or Global Privacy Control on, nothing is ever queued or sent.
 *
 * Its own chunk, loaded by the campaign pages (and by a course page opened from a campaign); keep it
 * tiny: it is what every visitor of a campaign downloads (< 1 KB gzipped).
 */
export type ReachEvent = 'view' | 'play' | 'p25' | 'p50' | 'p75' | 'p100' | 'read' | 'share' | 'course_start' | 'course_complete';

interface Queued {
  k: ReachEvent;
  m: string | null;
  r: string | null;
  s: string | null;
}

/** Events per request (the server refuses more) and the most kept while the browser refuses beacons. */
const BATCH = 25;
const KEEP = 100;
const EVERY_MS = 5000;

let campaign = '';
let queue: Queued[] = [];
let timer: ReturnType<typeof setInterval> | undefined;
/** The tracked link's code and the referring site, read once from the page the visitor landed on. */
let ref: string | null | undefined;
let source: string | null = null;

const nav = () => navigator as Navigator & { globalPrivacyControl?: boolean };
/** The visitor said no (DNT or GPC), or the browser cannot send beacons: then nothing happens at all. */
export const optedOut = () => nav().doNotTrack === '1' || nav().globalPrivacyControl === true || !nav().sendBeacon;

export function flush(): void {
  for (let i = 0; i < queue.length; i += BATCH) {
    const batch = queue.slice(i, i + BATCH);
    if (!nav().sendBeacon('/e', JSON.stringify({ c: campaign, e: batch }))) {
      // The browser's beacon quota is full: keep the rest for the next try (bounded).
      queue = queue.slice(i, i + KEEP);
      return;
    }
  }
  queue = [];
}

function start(slug: string): void {
  if (ref === undefined) {
    ref = new URLSearchParams(location.search).get('ref')?.slice(0, 16) ?? null;
    try {
      const host = document.referrer ? new URL(document.referrer).host : '';
      source = host && host !== location.host ? host.slice(0, 100) : null;
    } catch {
      source = null;
    }
  }
  if (slug !== campaign) flush(); // a batch names one campaign
  campaign = slug;
  if (timer) return;
  timer = setInterval(() => queue.length && flush(), EVERY_MS);
  addEventListener('pagehide', flush);
  document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && flush());
}

/** Queues one event of a campaign (material slug, or null for the campaign page itself). */
export function track(slug: string, kind: ReachEvent, material: string | null = null): void {
  if (optedOut()) return;
  start(slug);
  queue.push({ k: kind, m: material, r: ref ?? null, s: source });
}

/** play once, then 25/50/75/100 % once each, from the video's own progress events. */
export function watchVideo(slug: string, video: HTMLMediaElement, material: string): void {
  const sent = new Set<string>();
  const once = (kind: ReachEvent) => sent.has(kind) || (sent.add(kind), track(slug, kind, material));
  video.addEventListener('play', () => once('play'));
  const progress = () => {
    const share = video.duration > 0 ? video.currentTime / video.duration : 0;
    for (const step of [25, 50, 75, 100]) if (share * 100 >= step - (step === 100 ? 1 : 0)) once(`p${step}` as ReachEvent);
  };
  video.addEventListener('timeupdate', progress);
  video.addEventListener('ended', () => once('p100'));
}

/** `read` once, when the end of the article (an empty element after it) comes into view. */
export function watchRead(slug: string, sentinel: Element, material: string): () => void {
  if (typeof IntersectionObserver !== 'function') return () => undefined;
  const observer = new IntersectionObserver((entries) => {
    if (!entries.some((entry) => entry.isIntersecting)) return;
    observer.disconnect();
    track(slug, 'read', material);
  });
  observer.observe(sentinel);
  return () => observer.disconnect();
}
