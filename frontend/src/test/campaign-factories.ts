import type { PublicCampaignQuery } from '@/graphql/generated-campaigns/graphql';
import type { CampaignDashboardQuery, ReachTotalsFieldsFragment, StaffCampaignFieldsFragment } from '@/graphql/generated-campaign-staff/graphql';

type PublicCampaign = NonNullable<PublicCampaignQuery['publicCampaign']>;
type PublicMaterial = PublicCampaign['materials'][number];
type Dashboard = CampaignDashboardQuery['campaignDashboard'];

export function aPublicVideo(overrides: Partial<PublicMaterial> = {}): PublicMaterial {
  return {
    id: 'm-video',
    slug: 'talk-show',
    kind: 'VIDEO',
    title: 'Talk show: lies children hear',
    summary: 'Twelve minutes with a child psychologist.',
    position: 0,
    locale: 'en',
    video: {
      src: '/media/campaigns/c-1/abc-talk.mp4',
      captions: [{ locale: 'en', src: '/media/campaigns/c-1/abc-talk.vtt' }],
      transcriptHtml: '<p>Hello and welcome.</p>',
      embedUrl: null,
      embedProvider: null,
      posterSrc: null,
    },
    articleHtml: null,
    courseSlug: null,
    courseTitle: null,
    ...overrides,
  };
}

export const anEmbeddedVideo = (overrides: Partial<PublicMaterial> = {}) =>
  aPublicVideo({
    id: 'm-embed',
    slug: 'on-youtube',
    title: 'The same talk on YouTube',
    video: { src: null, captions: [], transcriptHtml: null, embedUrl: 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ', embedProvider: 'YouTube', posterSrc: null },
    ...overrides,
  });

export const anArticle = (overrides: Partial<PublicMaterial> = {}) =>
  aPublicVideo({
    id: 'm-article',
    slug: 'signs',
    kind: 'ARTICLE',
    title: 'Five signs of grooming',
    video: null,
    articleHtml: '<h2>Sign one</h2><p>Gifts for no reason.</p>',
    ...overrides,
  });

export const aCourseMaterial = (overrides: Partial<PublicMaterial> = {}) =>
  aPublicVideo({ id: 'm-course', slug: 'course', kind: 'COURSE', title: 'Take the course', video: null, courseSlug: 'teach-children-to-see-lies', courseTitle: 'Teach children to see lies', ...overrides });

export function aPublicCampaign(overrides: Partial<PublicCampaign> = {}): PublicCampaign {
  return {
    id: 'c-1',
    slug: 'teach-children',
    title: 'Teach children to see lies',
    goal: 'Parents talk with their children about lies online.',
    audience: 'Parents',
    languages: ['en', 'ru'],
    materials: [aPublicVideo(), anEmbeddedVideo({ position: 1 }), anArticle({ position: 2 }), aCourseMaterial({ position: 3 })],
    ...overrides,
  };
}

export function aStaffCampaign(overrides: Partial<StaffCampaignFieldsFragment> = {}): StaffCampaignFieldsFragment {
  return {
    id: 'c-1',
    slug: 'teach-children',
    origin: 'EDITOR',
    title: 'Teach children to see lies',
    goal: 'Parents talk with their children about lies online.',
    audience: 'Parents',
    languages: ['en', 'ru'],
    startsOn: '2026-11-01',
    endsOn: '2026-12-31',
    status: 'DRAFT',
    updatedAt: '2026-11-20T10:00:00.000Z',
    materials: [],
    ...overrides,
  };
}

const totals = (overrides: Partial<ReachTotalsFieldsFragment> = {}): ReachTotalsFieldsFragment => ({
  visitorDays: 0,
  views: 0,
  videoPlays: 0,
  videoCompletions: 0,
  articlesRead: 0,
  shares: 0,
  coursesStarted: 0,
  coursesCompleted: 0,
  ...overrides,
});

/** A week with hand-made figures: 1,204 visitor-days now against 1,000 the week before. */
export function aDashboard(overrides: Partial<Dashboard> = {}): Dashboard {
  return {
    campaignId: 'c-1',
    from: '2026-11-17',
    to: '2026-11-23',
    totals: totals({ visitorDays: 1204, views: 2000, videoPlays: 600, videoCompletions: 150, articlesRead: 90, shares: 12, coursesStarted: 30, coursesCompleted: 4 }),
    previous: totals({ visitorDays: 1000, views: 2500, videoPlays: 600, videoCompletions: 100, articlesRead: 0, shares: 16, coursesStarted: 20, coursesCompleted: 4 }),
    daily: ['17', '18', '19', '20', '21', '22', '23'].map((d, i) => ({ day: `2026-11-${d}`, visitors: 100 + i * 10, views: 200 + i })),
    materials: [
      {
        materialId: 'm-video',
        slug: 'talk-show',
        title: 'Talk show: lies children hear',
        kind: 'VIDEO',
        visitors: 700,
        views: 1100,
        funnel: [
          { step: 'play', count: 600 },
          { step: 'p25', count: 420 },
          { step: 'p50', count: 300 },
          { step: 'p75', count: 210 },
          { step: 'p100', count: 150 },
        ],
        reads: 0,
        shares: 8,
      },
      { materialId: 'm-article', slug: 'signs', title: '=Five signs of grooming', kind: 'ARTICLE', visitors: 300, views: 400, funnel: [], reads: 90, shares: 4 },
    ],
    links: [
      { key: 'K7QM4XP0', label: 'Partner NGO site', visitors: 500, views: 800 },
      { key: 'direct', label: 'No tracked link', visitors: 704, views: 1200 },
    ],
    sources: [
      { key: 'partner.example.org', label: 'partner.example.org', visitors: 480, views: 760 },
      { key: 'direct', label: 'direct', visitors: 724, views: 1240 },
    ],
    ledger: [{ id: 'l-1', source: 'YouTube channel analytics', kind: 'VIEWS', reach: 50000, date: '2026-11-20', note: null }],
    headline: {
      materials: 2,
      measuredVisitorDays: 1204,
      reportedReach: 50000,
    },
    rolledUpAt: '2026-11-23T12:00:00.000Z',
    ...overrides,
  };
}
