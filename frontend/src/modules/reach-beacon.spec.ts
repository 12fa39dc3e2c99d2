import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

type Beacon = typeof import('./reach-beacon');

interface Sent {
  url: string;
  body: { c: string; e: { k: string; m: string | null; r: string | null; s: string | null }[] };
}

/** The module of the running test: its page listeners outlive the test, so its queue is emptied after it. */
let current: Beacon | null = null;

/** A fresh tracker module (its memory is per page load) with a fake sendBeacon that records. */
async function load(options: { dnt?: string; gpc?: boolean; accept?: boolean; search?: string; referrer?: string } = {}) {
  vi.resetModules();
  const sent: Sent[] = [];
  const sendBeacon = vi.fn((url: string, data: string) => {
    sent.push({ url, body: JSON.parse(data) as Sent['body'] });
    return options.accept ?? true;
  });
  vi.stubGlobal('navigator', { ...navigator, sendBeacon, doNotTrack: options.dnt ?? null, globalPrivacyControl: options.gpc });
  window.history.replaceState(null, '', `/c/teach-children${options.search ?? ''}`);
  Object.defineProperty(document, 'referrer', { value: options.referrer ?? '', configurable: true });
  const beacon: Beacon = await import('./reach-beacon');
  current = beacon;
  return { beacon, sent, sendBeacon };
}

function fakeVideo(duration: number) {
  const video = document.createElement('video');
  Object.defineProperty(video, 'duration', { value: duration });
  let time = 0;
  Object.defineProperty(video, 'currentTime', { get: () => time });
  const at = (seconds: number) => {
    time = seconds;
    video.dispatchEvent(new Event('timeupdate'));
  };
  return { video, at };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.stubGlobal('navigator', { ...navigator, sendBeacon: () => true, doNotTrack: null });
  current?.flush();
  vi.useRealTimers();
  window.history.replaceState(null, '', '/');
});

describe('reach beacon', () => {
  it('batches events and sends them to /e every 5 seconds, with the ref and the referring site of the landing page', async () => {
    const { beacon, sent } = await load({ search: '?ref=K7QM4XP0&utm_source=ngo', referrer: 'https://partner.example.org/news/1' });
    beacon.track('teach-children', 'view');
    beacon.track('teach-children', 'share', 'talk-show');
    expect(sent).toHaveLength(0);

    vi.advanceTimersByTime(5000);
    expect(sent).toEqual([
      {
        url: '/e',
        body: {
          c: 'teach-children',
          e: [
            { k: 'view', m: null, r: 'K7QM4XP0', s: 'partner.example.org' },
            { k: 'share', m: 'talk-show', r: 'K7QM4XP0', s: 'partner.example.org' },
          ],
        },
      },
    ]);
    vi.advanceTimersByTime(15000);
    expect(sent).toHaveLength(1); // nothing new, nothing sent
  });

  it('keeps the landing page’s ref after the visitor moves on to a material page', async () => {
    const { beacon, sent } = await load({ search: '?ref=ABCD1234' });
    beacon.track('teach-children', 'view');
    window.history.pushState(null, '', '/c/teach-children/talk-show');
    beacon.track('teach-children', 'view', 'talk-show');
    beacon.flush();
    expect(sent[0]!.body.e.map((e) => e.r)).toEqual(['ABCD1234', 'ABCD1234']);
  });

  it('sends what is queued when the tab is hidden or the page is left', async () => {
    const { beacon, sent } = await load();
    beacon.track('teach-children', 'view');
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
    expect(sent).toHaveLength(1);
    Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });

    beacon.track('teach-children', 'read', 'article');
    window.dispatchEvent(new Event('pagehide'));
    expect(sent.map((s) => s.body.e.map((e) => e.k))).toEqual([['view'], ['read']]);
  });

  it('counts a visit from our own site as direct (no referring site)', async () => {
    const { beacon, sent } = await load({ referrer: `${window.location.origin}/courses/x` });
    beacon.track('teach-children', 'view');
    beacon.flush();
    expect(sent[0]!.body.e[0]).toEqual({ k: 'view', m: null, r: null, s: null });
  });

  it('splits more than 25 events into several requests', async () => {
    const { beacon, sent } = await load();
    for (let i = 0; i < 30; i++) beacon.track('teach-children', 'view');
    beacon.flush();
    expect(sent.map((s) => s.body.e.length)).toEqual([25, 5]);
  });

  it('keeps the events for the next try when the browser refuses the beacon', async () => {
    const { beacon, sendBeacon } = await load({ accept: false });
    beacon.track('teach-children', 'view');
    beacon.flush();
    beacon.flush();
    expect(sendBeacon).toHaveBeenCalledTimes(2);
    expect(JSON.parse(sendBeacon.mock.calls[1]![1]).e).toHaveLength(1);
  });

  it.each([
    ['Do Not Track', { dnt: '1' }],
    ['Global Privacy Control', { gpc: true }],
  ])('sends nothing at all with %s on', async (_name, options) => {
    const { beacon, sendBeacon } = await load(options);
    beacon.track('teach-children', 'view');
    beacon.flush();
    vi.advanceTimersByTime(20000);
    window.dispatchEvent(new Event('pagehide'));
    expect(sendBeacon).not.toHaveBeenCalled();
  });

  it('stores nothing in the browser', async () => {
    const { beacon } = await load({ search: '?ref=ABCD1234' });
    const cookie = document.cookie;
    beacon.track('teach-children', 'view');
    beacon.flush();
    expect(window.localStorage.length).toBe(0);
    expect(window.sessionStorage.length).toBe(0);
    expect(document.cookie).toBe(cookie);
  });

  it('reports play once and 25/50/75/100 % once each from the video’s progress', async () => {
    const { beacon, sent } = await load();
    const { video, at } = fakeVideo(40);
    beacon.watchVideo('teach-children', video, 'talk-show');
    video.dispatchEvent(new Event('play'));
    at(5);
    at(11);
    at(21);
    video.dispatchEvent(new Event('play')); // paused and played again
    at(20);
    at(31);
    at(39.8);
    video.dispatchEvent(new Event('ended'));
    beacon.flush();
    expect(sent[0]!.body.e.map((e) => `${e.k}:${e.m}`)).toEqual([
      'play:talk-show',
      'p25:talk-show',
      'p50:talk-show',
      'p75:talk-show',
      'p100:talk-show',
    ]);
  });

  it('reports an article read once, when its end comes into view', async () => {
    const { beacon, sent } = await load();
    let notify: (entries: { isIntersecting: boolean }[]) => void = () => undefined;
    const disconnect = vi.fn();
    vi.stubGlobal(
      'IntersectionObserver',
      class {
        constructor(callback: typeof notify) {
          notify = callback;
        }
        observe() {}
        disconnect = disconnect;
      },
    );
    beacon.watchRead('teach-children', document.createElement('div'), 'signs-of-grooming');
    notify([{ isIntersecting: false }]);
    notify([{ isIntersecting: true }]);
    beacon.flush();
    expect(sent[0]!.body.e).toEqual([{ k: 'read', m: 'signs-of-grooming', r: null, s: null }]);
    expect(disconnect).toHaveBeenCalled();
  });
});
