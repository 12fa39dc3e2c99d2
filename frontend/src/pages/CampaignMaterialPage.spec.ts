import { screen, waitFor, within } from '@testing-library/vue';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { aPublicCampaign } from '@/test/campaign-factories';
import { mockGraphql } from '@/test/graphql-mock';
import { renderApp } from '@/test/render';

const serve = (campaign: ReturnType<typeof aPublicCampaign> | null = aPublicCampaign()) => mockGraphql({ PublicCampaign: { publicCampaign: campaign } });

/** What the pages sent, through the real tracker and a fake sendBeacon: "kind:material" per event. */
let sent: string[] = [];
async function flushed(): Promise<string[]> {
  (await import('@/modules/reach-beacon')).flush();
  return sent;
}

beforeEach(async () => {
  const sendBeacon = (_url: string, body: string) => {
    for (const e of (JSON.parse(body) as { e: { k: string; m: string | null }[] }).e) sent.push(`${e.k}:${e.m}`);
    return true;
  };
  vi.stubGlobal('navigator', { ...navigator, sendBeacon, doNotTrack: null });
  await flushed(); // what an earlier test left queued
  sent = [];
});

describe('campaign pages', () => {
  it('shows the campaign, its goal and its materials in order, and counts one view', async () => {
    serve();
    await renderApp('/c/teach-children');
    expect(await screen.findByRole('heading', { level: 1, name: 'Teach children to see lies' })).toBeTruthy();
    expect(screen.getByText('Parents talk with their children about lies online.')).toBeTruthy();
    const list = screen.getByRole('region', { name: 'Watch, read, learn' });
    expect(within(list).getAllByRole('link').map((link) => link.getAttribute('href'))).toEqual([
      '/c/teach-children/talk-show',
      '/c/teach-children/on-youtube',
      '/c/teach-children/signs',
      '/c/teach-children/course',
    ]);
    await waitFor(async () => expect(await flushed()).toEqual(['view:null']));
  });

  it('loads nothing from a video host before the visitor presses the button naming it', async () => {
    serve();
    const { user, container } = await renderApp('/c/teach-children/on-youtube');
    const notice = await screen.findByRole('group', { name: 'Video hosted elsewhere' });
    expect(notice.textContent).toContain('This video is hosted by YouTube.');
    expect(container.querySelector('iframe')).toBeNull();
    expect(document.querySelector('iframe, script[src*="youtube"], img[src*="youtube"], link[href*="youtube"]')).toBeNull();

    await user.click(within(notice).getByRole('button', { name: 'Load the video from YouTube' }));
    const frame = container.querySelector('iframe');
    expect(frame?.getAttribute('src')).toBe('https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ');
    expect(frame?.getAttribute('title')).toBe('Video: The same talk on YouTube');
  });

  it('plays a self-hosted video with captions and a transcript, and reports its progress', async () => {
    serve();
    const { container } = await renderApp('/c/teach-children/talk-show');
    await screen.findByRole('heading', { level: 1, name: 'Talk show: lies children hear' });
    const video = container.querySelector('video')!;
    expect(video.getAttribute('src')).toBe('/media/campaigns/c-1/abc-talk.mp4');
    const track = video.querySelector('track')!;
    expect([track.getAttribute('kind'), track.getAttribute('src'), track.getAttribute('srclang')]).toEqual(['captions', '/media/campaigns/c-1/abc-talk.vtt', 'en']);
    expect(screen.getByText('Transcript')).toBeTruthy();
    expect(screen.getByText('Hello and welcome.')).toBeTruthy();
    await waitFor(async () => expect(await flushed()).toEqual(['view:talk-show']));
    Object.defineProperty(video, 'duration', { value: 20 });
    Object.defineProperty(video, 'currentTime', { value: 20 });
    video.dispatchEvent(new Event('play'));
    video.dispatchEvent(new Event('timeupdate'));
    expect(await flushed()).toEqual(['view:talk-show', 'play:talk-show', 'p25:talk-show', 'p50:talk-show', 'p75:talk-show', 'p100:talk-show']);
  });

  it('shows an article and counts it read when its end comes into view', async () => {
    let notify: (entries: { isIntersecting: boolean }[]) => void = () => undefined;
    const observed: Element[] = [];
    vi.stubGlobal(
      'IntersectionObserver',
      class {
        constructor(callback: typeof notify) {
          notify = callback;
        }
        observe(element: Element) {
          observed.push(element);
        }
        disconnect() {}
      },
    );
    serve();
    await renderApp('/c/teach-children/signs');
    expect(await screen.findByRole('heading', { level: 2, name: 'Sign one' })).toBeTruthy();
    await waitFor(() => expect(observed).toHaveLength(1));
    expect(observed[0]!.previousElementSibling?.textContent).toContain('Gifts for no reason.');
    notify([{ isIntersecting: true }]);
    expect(await flushed()).toEqual(['view:signs', 'read:signs']);
  });

  it('links a course with the campaign named, and counts a share when the address is copied', async () => {
    serve();
    const { user } = await renderApp('/c/teach-children/course'); // user-event puts in a clipboard of its own
    const start = await screen.findByRole('link', { name: 'Start the course' });
    expect(start.getAttribute('href')).toBe('/courses/teach-children-to-see-lies?from=c:teach-children');

    await user.click(screen.getByRole('button', { name: 'Share' }));
    expect(await navigator.clipboard.readText()).toBe(`${window.location.origin}/c/teach-children/course`);
    expect(await screen.findByText('The address is copied. Paste it where you want to share it.')).toBeTruthy();
    expect(await flushed()).toEqual(['view:course', 'share:course']);
  });

  it('shares through the phone’s share sheet, counting only a share that happened', async () => {
    serve();
    let outcome: 'done' | 'closed' = 'closed';
    const share = vi.fn(async () => {
      if (outcome === 'closed') throw new DOMException('closed', 'AbortError');
    });
    const { user } = await renderApp('/c/teach-children'); // user-event's own navigator pieces first, then ours
    vi.stubGlobal('navigator', Object.assign(Object.create(navigator) as Navigator, { share }));
    await user.click(await screen.findByRole('button', { name: 'Share' }));
    outcome = 'done';
    await user.click(screen.getByRole('button', { name: 'Share' }));
    expect(share).toHaveBeenCalledWith({
      title: 'Teach children to see lies',
      text: 'Parents talk with their children about lies online.',
      url: `${window.location.origin}/c/teach-children`,
    });
    expect(await flushed()).toEqual(['view:null', 'share:null']);
  });

  it('says so, and counts nothing, when the campaign is not live', async () => {
    serve(null);
    await renderApp('/c/teach-children/talk-show');
    expect(await screen.findByRole('heading', { level: 1, name: 'Not found' })).toBeTruthy();
    expect(screen.getByText('This campaign is not running now. The courses are always open.')).toBeTruthy();
    expect(await flushed()).toEqual([]);
  });
});
