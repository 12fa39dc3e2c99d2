import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_CONTENT, REAL_CONTENT, errorCode, startTestApp, type TestApp } from '../../harness/test-app';

const CAMPAIGN = `query ($slug: String!) { publicCampaign(slug: $slug) { id slug origin status languages materials { id slug kind position articleHtml articleMarkdown courseSlug courseTitle } } }`;

describe('campaigns written in content/', () => {
  let t: TestApp;
  let content: string;
  let manager: string;
  const campaignFolder = () => path.join(content, 'campaigns', 'fixture-campaign');
  beforeAll(async () => {
    content = fs.mkdtempSync(path.join(os.tmpdir(), 'zorka-content-'));
    fs.cpSync(FIXTURE_CONTENT, content, { recursive: true });
    // The shared fixture has no campaign (other suites remove its course); this suite adds one.
    fs.cpSync(path.join(FIXTURE_CONTENT, '..', 'campaigns', 'fixture-campaign'), campaignFolder(), { recursive: true });
    t = await startTestApp({ contentDir: content });
    manager = await t.signInAs('campaign_manager');
  });
  afterAll(async () => {
    await t.close();
    fs.rmSync(content, { recursive: true, force: true });
  });

  it('imports a campaign with its article rendered and its course linked', async () => {
    const campaign = (await t.gql(CAMPAIGN, { slug: 'fixture-campaign' })).data?.publicCampaign;
    expect(campaign).toMatchObject({ origin: 'CONTENT', status: 'LIVE', languages: ['en'] });
    expect(campaign.materials[0]).toMatchObject({ slug: 'first-article', kind: 'ARTICLE', position: 0, articleMarkdown: null });
    expect(campaign.materials[0].articleHtml).toContain('<img src="/media/campaigns/fixture-campaign/picture.png"');
    expect(campaign.materials[0].articleHtml).toContain('rel="noopener noreferrer"');
    expect(campaign.materials[1]).toMatchObject({ slug: 'fixture-course', kind: 'COURSE', courseSlug: 'fixture-course', courseTitle: expect.any(String) });
  });

  it('is read-only in the app except its status, links and ledger', async () => {
    const { id, materials } = (await t.gql(CAMPAIGN, { slug: 'fixture-campaign' })).data?.publicCampaign;
    const refused = [
      `mutation { updateCampaign(id: "${id}", input: { title: "T", goal: "g", audience: "a", languages: ["en"] }) { id } }`,
      `mutation { addCampaignMaterial(campaignId: "${id}", input: { kind: ARTICLE, title: "A", summary: "s", locale: "en", articleMarkdown: "x" }) { id } }`,
      `mutation { removeCampaignMaterial(materialId: "${materials[0].id}") { id } }`,
      `mutation { moveCampaignMaterial(materialId: "${materials[0].id}", position: 1) { id } }`,
    ];
    for (const document of refused) {
      const res = await t.gql(document, {}, { cookie: manager });
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', messageKey: 'campaigns.errors.definedInContent' });
    }
    expect((await t.gql(`mutation { createTrackedLink(campaignId: "${id}", input: { channel: "Poster", utmSource: "poster", utmMedium: "qr" }) { code } }`, {}, { cookie: manager })).data).toBeTruthy();
    expect((await t.gql(`mutation { setCampaignStatus(id: "${id}", status: DRAFT) { status } }`, {}, { cookie: manager })).data?.setCampaignStatus.status).toBe('DRAFT');
    expect((await t.gql(`mutation { setCampaignStatus(id: "${id}", status: LIVE) { status } }`, {}, { cookie: manager })).data?.setCampaignStatus.status).toBe('LIVE');
  });

  it('changes nothing when imported again, and keeps ids (and so the figures) when an article is edited', async () => {
    const before = (await t.gql(CAMPAIGN, { slug: 'fixture-campaign' })).data?.publicCampaign;
    expect((await t.importContent()).campaigns).toEqual({ created: 0, updated: 0, unchanged: 1, retired: 0 });
    const article = path.join(campaignFolder(), 'articles', 'first-article.md');
    fs.writeFileSync(article, fs.readFileSync(article, 'utf8').replace('Read [the course]', 'Read the revised [course]'));
    expect((await t.importContent()).campaigns).toEqual({ created: 0, updated: 1, unchanged: 0, retired: 0 });
    const after = (await t.gql(CAMPAIGN, { slug: 'fixture-campaign' })).data?.publicCampaign;
    expect(after.id).toBe(before.id);
    expect(after.materials.map((m: { id: string }) => m.id)).toEqual(before.materials.map((m: { id: string }) => m.id));
    expect(after.materials[0].articleHtml).toContain('revised');
  });

  it('refuses to import over a campaign made in the app, naming the folder', async () => {
    await t.gql(`mutation { createCampaign(input: { title: "Mine", goal: "g", audience: "a", languages: ["en"], slug: "app-made" }) { id } }`, {}, { cookie: manager });
    fs.cpSync(campaignFolder(), path.join(content, 'campaigns', 'app-made'), { recursive: true });
    await expect(t.importContent()).rejects.toThrow(/campaigns\/app-made: A campaign made in the app already uses the address "app-made"/);
    fs.rmSync(path.join(content, 'campaigns', 'app-made'), { recursive: true });
  });

  it('ends a campaign whose folder was removed, keeping it for its figures', async () => {
    fs.rmSync(campaignFolder(), { recursive: true });
    expect((await t.importContent()).campaigns).toMatchObject({ retired: 1 });
    expect((await t.gql(CAMPAIGN, { slug: 'fixture-campaign' })).data?.publicCampaign).toBeNull();
    const all = (await t.gql(`{ campaigns { slug status origin } }`, {}, { cookie: manager })).data?.campaigns;
    expect(all).toContainEqual({ slug: 'fixture-campaign', status: 'ENDED', origin: 'CONTENT' });
    expect(errorCode(await t.gql(`{ campaigns { slug } }`))).toBe('UNAUTHENTICATED');
  });
});

describe('the real campaigns in content/', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ contentDir: REAL_CONTENT });
  });
  afterAll(() => t.close());

  it('are imported, live, in Russian and in English, with a video, articles and course links', async () => {
    for (const locale of ['ru', 'en']) {
      const campaigns = (await t.gql(`{ publicCampaigns(locale: "${locale}") { slug languages materials { kind courseTitle video { src embedUrl captions { src } transcriptHtml } } } }`)).data?.publicCampaigns;
      expect(campaigns.length, locale).toBeGreaterThanOrEqual(2);
      for (const campaign of campaigns) {
        const kinds = campaign.materials.map((m: { kind: string }) => m.kind);
        expect(kinds, campaign.slug).toEqual(expect.arrayContaining(['VIDEO', 'ARTICLE', 'COURSE']));
        expect(campaign.materials.filter((m: { kind: string }) => m.kind === 'ARTICLE').length, campaign.slug).toBeGreaterThanOrEqual(2);
        for (const m of campaign.materials.filter((x: { kind: string }) => x.kind === 'COURSE')) expect(m.courseTitle).toBeTruthy();
        for (const m of campaign.materials.filter((x: { kind: string }) => x.kind === 'VIDEO')) {
          if (m.video.src) expect((await fetch(`${t.url}${m.video.src}`)).status, m.video.src).toBe(200);
        }
      }
    }
  });
});
