import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, startTestApp, type TestApp } from '../../harness/test-app';
import { CAMPAIGN_FIELDS, aCampaign, addMaterial, anArticle, anEmbeddedVideo } from '../../factories/campaign.factory';

const UPDATE = `mutation ($id: ID!, $input: CampaignInput!) { updateCampaign(id: $id, input: $input) { ${CAMPAIGN_FIELDS} } }`;
const STATUS = `mutation ($id: ID!, $status: CampaignStatus!) { setCampaignStatus(id: $id, status: $status) { id status } }`;
const PUBLIC = `query ($slug: String!) { publicCampaign(slug: $slug) { ${CAMPAIGN_FIELDS} } }`;
const details = (res: { errors?: { extensions?: Record<string, unknown> }[] }) => res.errors?.[0]?.extensions as { code: string; messageKey: string; field: string };

describe('campaigns: managers create, edit and publish; the public sees live ones only', () => {
  let t: TestApp;
  let manager: string;
  beforeAll(async () => {
    t = await startTestApp();
    manager = await t.signInAs('campaign_manager');
  });
  afterAll(() => t.close());

  it('creates a draft with a slug made from the title, hidden from the public', async () => {
    const campaign = await aCampaign(t, manager, { title: 'Научите детей видеть ложь', languages: ['ru', 'en'] });
    expect(campaign).toMatchObject({ slug: 'nauchite-detei-videt-lozh', origin: 'EDITOR', status: 'DRAFT', materials: [] });
    expect((await t.gql(PUBLIC, { slug: campaign.slug })).data?.publicCampaign).toBeNull();
    const again = await aCampaign(t, manager, { title: 'Научите детей видеть ложь' });
    expect(again.slug).toBe('nauchite-detei-videt-lozh-2');
  });

  it('names the field of every invalid input', async () => {
    const cases: [Record<string, unknown>, string, string][] = [
      [{ title: '  ' }, 'title', 'campaigns.errors.length'],
      [{ languages: ['de'] }, 'languages', 'campaigns.errors.locale'],
      [{ startsOn: '2026-02-30' }, 'startsOn', 'campaigns.errors.date'],
      [{ startsOn: '2026-11-10', endsOn: '2026-11-01' }, 'endsOn', 'campaigns.errors.endsBeforeStart'],
      [{ slug: 'Not A Slug' }, 'slug', 'campaigns.errors.slug'],
    ];
    for (const [input, field, key] of cases) {
      const res = await t.gql(`mutation ($input: CampaignInput!) { createCampaign(input: $input) { id } }`, {
        input: { title: 'T', goal: 'G', audience: 'A', languages: ['en'], ...input },
      }, { cookie: manager });
      expect(details(res), JSON.stringify(input)).toMatchObject({ code: 'BAD_USER_INPUT', messageKey: key, field });
    }
    await aCampaign(t, manager, { slug: 'taken' });
    expect(details(await t.gql(`mutation { createCampaign(input: { title: "T", goal: "G", audience: "A", languages: ["en"], slug: "taken" }) { id } }`, {}, { cookie: manager })))
      .toMatchObject({ messageKey: 'campaigns.errors.slugTaken' });
  });

  it('edits a campaign; its address is fixed once links are out', async () => {
    const campaign = await aCampaign(t, manager, { slug: 'edit-me' });
    const input = { title: 'New title', goal: 'New goal', audience: 'Teachers', languages: ['en', 'be'], startsOn: '2026-11-01', endsOn: '2026-12-31' };
    const res = await t.gql(UPDATE, { id: campaign.id, input }, { cookie: manager });
    expect(res.data?.updateCampaign).toMatchObject({ title: 'New title', languages: ['en', 'be'], slug: 'edit-me' });
    expect(details(await t.gql(UPDATE, { id: campaign.id, input: { ...input, slug: 'other' } }, { cookie: manager })).messageKey).toBe('campaigns.errors.slugFixed');
    expect(errorCode(await t.gql(UPDATE, { id: '00000000-0000-0000-0000-000000000000', input }, { cookie: manager }))).toBe('NOT_FOUND');
  });

  it('adds materials of each kind, checked for their kind', async () => {
    const campaign = await aCampaign(t, manager, { slug: 'materials' });
    const article = await addMaterial(t, manager, campaign.id, anArticle('five-signs'));
    const material = article.data?.addCampaignMaterial.materials[0];
    expect(material.articleHtml).toContain('<strong>bold</strong>');
    expect(material.articleHtml).toContain('&lt;script&gt;'); // raw HTML is shown as text, never run
    expect(material.articleMarkdown).toContain('# Five signs');

    const video = await addMaterial(t, manager, campaign.id, anEmbeddedVideo('talk-show'));
    expect(video.data?.addCampaignMaterial.materials[1].video).toMatchObject({ embedUrl: 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ', embedProvider: 'YouTube', src: null });

    const course = await addMaterial(t, manager, campaign.id, { kind: 'COURSE', title: 'Take the course', summary: 's', locale: 'en', courseSlug: 'fixture-course' });
    expect(course.data?.addCampaignMaterial.materials[2]).toMatchObject({ kind: 'COURSE', courseSlug: 'fixture-course', courseTitle: expect.any(String), position: 2 });

    const bad: [Record<string, unknown>, string][] = [
      [{ ...anEmbeddedVideo('x'), embedUrl: 'https://evil.example/v.mp4' }, 'embedUrl'],
      [{ ...anEmbeddedVideo('y'), embedUrl: null, videoFile: 'nothing.mp4' }, 'videoFile'],
      [{ kind: 'COURSE', title: 'C', summary: 's', locale: 'en', courseSlug: 'no-such-course' }, 'courseSlug'],
      [anArticle('z', { articleMarkdown: '' }), 'articleMarkdown'],
      [anArticle('w', { locale: 'ru' }), 'locale'],
      [anArticle('five-signs'), 'slug'],
    ];
    for (const [input, field] of bad) {
      expect(details(await addMaterial(t, manager, campaign.id, input))?.field, JSON.stringify(input)).toBe(field);
    }
  });

  it('moves and removes materials, keeping positions 0..n-1', async () => {
    const campaign = await aCampaign(t, manager, { slug: 'order' });
    for (const slug of ['a', 'b', 'c']) await addMaterial(t, manager, campaign.id, anArticle(slug));
    const list = (await t.gql(`query ($id: ID!) { campaign(id: $id) { materials { id slug position } } }`, { id: campaign.id }, { cookie: manager })).data!.campaign.materials;
    const moved = await t.gql(`mutation ($id: ID!) { moveCampaignMaterial(materialId: $id, position: 0) { materials { slug position } } }`, { id: list[2].id }, { cookie: manager });
    expect(moved.data?.moveCampaignMaterial.materials).toEqual([{ slug: 'c', position: 0 }, { slug: 'a', position: 1 }, { slug: 'b', position: 2 }]);
    const removed = await t.gql(`mutation ($id: ID!) { removeCampaignMaterial(materialId: $id) { materials { slug position } } }`, { id: list[0].id }, { cookie: manager });
    expect(removed.data?.removeCampaignMaterial.materials).toEqual([{ slug: 'c', position: 0 }, { slug: 'b', position: 1 }]);
    expect(details(await t.gql(`mutation ($id: ID!) { moveCampaignMaterial(materialId: $id, position: 5) { id } }`, { id: list[1].id }, { cookie: manager })).field).toBe('position');
  });

  it('publishes only with a material; the public then sees it without the Markdown source', async () => {
    const campaign = await aCampaign(t, manager, { slug: 'publish' });
    expect(details(await t.gql(STATUS, { id: campaign.id, status: 'LIVE' }, { cookie: manager })).messageKey).toBe('campaigns.errors.liveNeedsMaterial');
    await addMaterial(t, manager, campaign.id, anArticle('only'));
    expect((await t.gql(STATUS, { id: campaign.id, status: 'LIVE' }, { cookie: manager })).data?.setCampaignStatus.status).toBe('LIVE');
    const pub = (await t.gql(PUBLIC, { slug: 'publish' })).data?.publicCampaign;
    expect(pub.materials[0]).toMatchObject({ slug: 'only', articleMarkdown: null, articleHtml: expect.stringContaining('<h2>Five signs</h2>') });
    expect((await t.gql(`{ publicCampaigns(locale: "en") { slug } }`)).data?.publicCampaigns).toContainEqual({ slug: 'publish' });
    expect((await t.gql(`{ publicCampaigns(locale: "ru") { slug } }`)).data?.publicCampaigns).not.toContainEqual({ slug: 'publish' });
    const lastMaterial = pub.materials[0].id;
    expect(details(await t.gql(`mutation ($id: ID!) { removeCampaignMaterial(materialId: $id) { id } }`, { id: lastMaterial }, { cookie: manager })).messageKey).toBe('campaigns.errors.liveNeedsMaterial');
    await t.gql(STATUS, { id: campaign.id, status: 'ENDED' }, { cookie: manager });
    expect((await t.gql(PUBLIC, { slug: 'publish' })).data?.publicCampaign).toBeNull();
  });

  it('makes tracked links with UTM parameters, a QR code, and a URL from PUBLIC_URL', async () => {
    const campaign = await aCampaign(t, manager, { slug: 'links' });
    await addMaterial(t, manager, campaign.id, anArticle('five-signs'));
    const create = `mutation ($id: ID!, $input: TrackedLinkInput!) { createTrackedLink(campaignId: $id, input: $input) { id code channel url qrSvg materialSlug utmCampaign } }`;
    const res = await t.gql(create, { id: campaign.id, input: { channel: 'School chat', utmSource: 'school-42', utmMedium: 'chat', materialSlug: 'five-signs' } }, { cookie: manager });
    const link = res.data?.createTrackedLink;
    expect(link.code).toMatch(/^[0-9A-HJKMNP-TV-Z]{8}$/);
    expect(link.url).toBe(`${t.url.replace('127.0.0.1', 'localhost').replace(/:\d+$/, ':3000')}/c/links/five-signs?ref=${link.code}&utm_source=school-42&utm_medium=chat&utm_campaign=links`);
    expect(link.qrSvg).toMatch(/^<svg/);
    expect(details(await t.gql(create, { id: campaign.id, input: { channel: 'X', utmSource: 'a b', utmMedium: 'm' } }, { cookie: manager })).field).toBe('utmSource');
    expect(details(await t.gql(create, { id: campaign.id, input: { channel: 'X', utmSource: 's', utmMedium: 'm', materialSlug: 'nope' } }, { cookie: manager })).field).toBe('materialSlug');
    expect((await t.gql(`query ($id: ID!) { trackedLinks(campaignId: $id) { code } }`, { id: campaign.id }, { cookie: manager })).data?.trackedLinks).toEqual([{ code: link.code }]);
    expect((await t.gql(`mutation ($id: ID!) { removeTrackedLink(id: $id) }`, { id: link.id }, { cookie: manager })).data?.removeTrackedLink).toBe(true);
    expect(errorCode(await t.gql(`mutation ($id: ID!) { removeTrackedLink(id: $id) }`, { id: link.id }, { cookie: manager }))).toBe('NOT_FOUND');
  });

  it('keeps a ledger of reach reported from outside, validated', async () => {
    const campaign = await aCampaign(t, manager, { slug: 'ledger' });
    const add = `mutation ($id: ID!, $input: LedgerEntryInput!) { addLedgerEntry(campaignId: $id, input: $input) { id source kind reach date note } }`;
    const ok = await t.gql(add, { id: campaign.id, input: { source: 'Radio Minsk audience', kind: 'AUDIENCE', reach: 50000, date: '2026-11-05', note: 'Morning show' } }, { cookie: manager });
    expect(ok.data?.addLedgerEntry).toMatchObject({ reach: 50000, date: '2026-11-05' });
    expect(details(await t.gql(add, { id: campaign.id, input: { source: 'S', kind: 'K', reach: -1, date: '2026-11-05' } }, { cookie: manager })).field).toBe('reach');
    expect(details(await t.gql(add, { id: campaign.id, input: { source: 'S', kind: 'K', reach: 1, date: 'yesterday' } }, { cookie: manager })).field).toBe('date');
    expect((await t.gql(`mutation ($id: ID!) { removeLedgerEntry(id: $id) }`, { id: ok.data?.addLedgerEntry.id }, { cookie: manager })).data?.removeLedgerEntry).toBe(true);
  });

  describe('media upload', () => {
    const put = (campaignId: string, name: string, body: Uint8Array | string, headers: Record<string, string>) =>
      fetch(`${t.url}/campaign-media/${campaignId}/${name}`, { method: 'PUT', headers, body: typeof body === 'string' ? body : new Blob([body as Uint8Array<ArrayBuffer>]) });

    it('stores a manager’s video and captions, served under /media/campaigns/, and uses them in a material', async () => {
      const campaign = await aCampaign(t, manager, { slug: 'uploads' });
      const video = await put(campaign.id, 'talk show.mp4', new TextEncoder().encode('not really a video'), { cookie: manager, 'content-type': 'video/mp4' });
      expect(video.status).toBe(201);
      const { file } = (await video.json()) as { file: string };
      expect(file).toMatch(/^[0-9a-f]{12}-talk-show\.mp4$/);
      const vtt = await put(campaign.id, 'talk.vtt', 'WEBVTT\n\n00:00.000 --> 00:02.000\nHello <b>parents</b>\n', { cookie: manager, 'content-type': 'text/vtt' });
      const captions = ((await vtt.json()) as { file: string }).file;
      const res = await addMaterial(t, manager, campaign.id, { kind: 'VIDEO', title: 'V', summary: 's', locale: 'en', videoFile: file, captionsFile: captions });
      const shown = res.data?.addCampaignMaterial.materials[0].video;
      expect(shown.src).toBe(`/media/campaigns/${campaign.id}/${file}`);
      expect(shown.transcriptHtml).toBe('<p>Hello parents</p>');
      const served = await fetch(`${t.url}${shown.src}`);
      expect(served.status).toBe(200);
      expect(await served.text()).toBe('not really a video');
      expect((await fetch(`${t.url}/media/campaigns/${campaign.id}/..%2F..%2Fzorka.sqlite`)).status).toBe(404);
    });

    it('refuses anonymous callers, trainers, wrong types and files over the cap', async () => {
      const campaign = await aCampaign(t, manager, { slug: 'upload-refusals' });
      expect((await put(campaign.id, 'v.mp4', 'x', { 'content-type': 'video/mp4' })).status).toBe(401);
      const trainer = await t.signInAs('trainer');
      expect((await put(campaign.id, 'v.mp4', 'x', { cookie: trainer, 'content-type': 'video/mp4' })).status).toBe(403);
      expect((await put(campaign.id, 'v.html', '<script>', { cookie: manager, 'content-type': 'text/html' })).status).toBe(415);
      expect((await put(campaign.id, 'big.vtt', 'x'.repeat(512 * 1024 + 1), { cookie: manager, 'content-type': 'text/vtt' })).status).toBe(413);
      expect((await put('00000000-0000-0000-0000-000000000000', 'v.mp4', 'x', { cookie: manager, 'content-type': 'video/mp4' })).status).toBe(404);
      const folder = path.join(t.dir, 'campaign-media', campaign.id);
      expect(fs.existsSync(folder) ? fs.readdirSync(folder) : []).toEqual([]);
    });
  });
});

describe('campaign pages for crawlers and the frame policy', () => {
  let t: TestApp;
  beforeAll(async () => {
    const dist = fs.mkdtempSync(path.join(require('node:os').tmpdir(), 'zorka-dist-'));
    fs.writeFileSync(path.join(dist, 'index.html'), '<!doctype html><html><head><title>Zorka</title></head><body><div id="app"></div></body></html>');
    t = await startTestApp({ env: { FRONTEND_DIST: dist, PUBLIC_URL: 'https://zorka.example' } });
  });
  afterAll(() => t.close());

  it('serves index.html with escaped Open Graph tags for a live campaign and its materials', async () => {
    const manager = await t.signInAs('campaign_manager');
    const campaign = await aCampaign(t, manager, { slug: 'og', title: 'Lies & "truth" <online>' });
    await addMaterial(t, manager, campaign.id, anArticle('five-signs', { title: 'Five signs', summary: 'What to look for' }));
    await t.gql(STATUS, { id: campaign.id, status: 'LIVE' }, { cookie: manager });
    const page = await (await fetch(`${t.url}/c/og`, { headers: { accept: 'text/html' } })).text();
    expect(page).toContain('<meta property="og:title" content="Lies &amp; &quot;truth&quot; &lt;online&gt;">');
    expect(page).toContain('<meta property="og:url" content="https://zorka.example/c/og">');
    const material = await (await fetch(`${t.url}/c/og/five-signs`, { headers: { accept: 'text/html' } })).text();
    expect(material).toContain('<meta property="og:title" content="Five signs">');
    expect(material).toContain('<meta property="og:description" content="What to look for">');
    const unknown = await (await fetch(`${t.url}/c/no-such`, { headers: { accept: 'text/html' } })).text();
    expect(unknown).not.toContain('og:title'); // the SPA shows its own "not found"
  });

  it('allows frames from the two privacy-enhanced video players only', async () => {
    const csp = (await fetch(`${t.url}/health`)).headers.get('content-security-policy') ?? '';
    expect(csp).toContain('frame-src https://www.youtube-nocookie.com https://player.vimeo.com');
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
  });
});
