import type { TestApp } from '../harness/test-app';

export const CAMPAIGN_FIELDS = 'id slug origin title status languages materials { id slug kind position title articleHtml articleMarkdown courseSlug courseTitle video { src embedUrl embedProvider captions { src } transcriptHtml } }';

/** A draft campaign made through the API by the given staff cookie. */
export async function aCampaign(t: TestApp, cookie: string, overrides: Record<string, unknown> = {}) {
  const input = { title: 'Teach children to see lies', goal: 'Parents talk with children about lies online', audience: 'Parents of 10-13 year olds', languages: ['en'], ...overrides };
  const res = await t.gql(`mutation ($input: CampaignInput!) { createCampaign(input: $input) { ${CAMPAIGN_FIELDS} } }`, { input }, { cookie });
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data.createCampaign as { id: string; slug: string; materials: { id: string; slug: string }[] };
}

/** Adds a material and returns the campaign as the API answers. */
export async function addMaterial(t: TestApp, cookie: string, campaignId: string, input: Record<string, unknown>) {
  return t.gql(`mutation ($id: ID!, $input: MaterialInput!) { addCampaignMaterial(campaignId: $id, input: $input) { ${CAMPAIGN_FIELDS} } }`, { id: campaignId, input }, { cookie });
}

export const anArticle = (slug: string, overrides: Record<string, unknown> = {}) => ({
  kind: 'ARTICLE', title: `Article ${slug}`, summary: 'Short', locale: 'en', slug, articleMarkdown: '# Five signs\n\nA **bold** claim <script>alert(1)</script>', ...overrides,
});

export const anEmbeddedVideo = (slug: string) => ({
  kind: 'VIDEO', title: `Video ${slug}`, summary: 'A talk show', locale: 'en', slug, embedUrl: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
});

/** A live campaign with a video and an article, ready to receive events. */
export async function aLiveCampaign(t: TestApp, cookie: string, slug: string) {
  const campaign = await aCampaign(t, cookie, { slug });
  await addMaterial(t, cookie, campaign.id, anEmbeddedVideo('talk-show'));
  const res = await addMaterial(t, cookie, campaign.id, anArticle('five-signs'));
  await t.gql(`mutation ($id: ID!) { setCampaignStatus(id: $id, status: LIVE) { id } }`, { id: campaign.id }, { cookie });
  const materials = res.data!.addCampaignMaterial.materials as { id: string; slug: string }[];
  return { id: campaign.id, slug, video: materials[0]!, article: materials[1]! };
}
