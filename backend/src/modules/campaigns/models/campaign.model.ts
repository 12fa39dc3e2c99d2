import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum CampaignStatus {
  DRAFT = 'draft',
  LIVE = 'live',
  ENDED = 'ended',
}
registerEnumType(CampaignStatus, { name: 'CampaignStatus', description: 'DRAFT: only staff see it; LIVE: public and measured; ENDED: hidden, figures kept' });

export enum CampaignOrigin {
  CONTENT = 'content',
  EDITOR = 'editor',
}
registerEnumType(CampaignOrigin, {
  name: 'CampaignOrigin',
  description: 'CONTENT: defined in content/ files (read-only in the UI except status, links and ledger); EDITOR: made in the UI',
});

export enum MaterialKind {
  VIDEO = 'video',
  ARTICLE = 'article',
  COURSE = 'course',
}
registerEnumType(MaterialKind, { name: 'MaterialKind', description: 'What a campaign material is' });

@ObjectType({ description: 'A WebVTT captions file of a video' })
export class VideoCaptions {
  @Field({ description: 'Language of the captions (ru, be, en)' })
  locale: string;

  @Field({ description: 'URL of the .vtt file' })
  src: string;
}

@ObjectType({ description: 'A video: a self-hosted file, or a privacy-enhanced embed loaded only after the viewer clicks' })
export class CampaignVideo {
  @Field(() => String, { nullable: true, description: 'Self-hosted file URL (/media/...); null when embedUrl is used' })
  src: string | null;

  @Field(() => [VideoCaptions], { description: 'Captions files' })
  captions: VideoCaptions[];

  @Field(() => String, { nullable: true, description: 'Transcript made from the captions, as HTML' })
  transcriptHtml: string | null;

  @Field(() => String, { nullable: true, description: 'Privacy-enhanced embed URL (youtube-nocookie.com or player.vimeo.com with dnt=1)' })
  embedUrl: string | null;

  @Field(() => String, { nullable: true, description: '"YouTube" or "Vimeo", for the click-to-load notice' })
  embedProvider: string | null;

  @Field(() => String, { nullable: true, description: 'Poster image URL' })
  posterSrc: string | null;
}

@ObjectType({ description: 'One material of a campaign' })
export class CampaignMaterial {
  @Field(() => ID, { description: 'Material id' })
  id: string;

  @Field({ description: 'URL part: /c/<campaignSlug>/<materialSlug>' })
  slug: string;

  @Field(() => MaterialKind, { description: 'Video, article or course link' })
  kind: MaterialKind;

  @Field({ description: 'Title' })
  title: string;

  @Field({ description: 'One or two sentences' })
  summary: string;

  @Field(() => Int, { description: 'Order on the campaign page, from 0' })
  position: number;

  @Field({ description: 'Language: ru, be or en' })
  locale: string;

  @Field(() => CampaignVideo, { nullable: true, description: 'When kind = VIDEO' })
  video: CampaignVideo | null;

  @Field(() => String, { nullable: true, description: 'When kind = ARTICLE: rendered HTML (raw HTML in the source is shown as text)' })
  articleHtml: string | null;

  @Field(() => String, { nullable: true, description: 'When kind = ARTICLE: the Markdown source, for staff only (null for the public)' })
  articleMarkdown: string | null;

  @Field(() => String, { nullable: true, description: 'When kind = COURSE: the course it promotes' })
  courseSlug: string | null;

  @Field(() => String, { nullable: true, description: 'When kind = COURSE: that course’s title in the material’s language' })
  courseTitle: string | null;
}

@ObjectType({ description: 'An awareness campaign' })
export class Campaign {
  @Field(() => ID, { description: 'Campaign id' })
  id: string;

  @Field({ description: 'URL part: /c/<slug>' })
  slug: string;

  @Field(() => CampaignOrigin, { description: 'Where it is defined' })
  origin: CampaignOrigin;

  @Field({ description: 'Title' })
  title: string;

  @Field({ description: 'What the campaign wants to change' })
  goal: string;

  @Field({ description: 'Who it is for' })
  audience: string;

  @Field(() => [String], { description: 'Languages of its materials' })
  languages: string[];

  @Field(() => String, { nullable: true, description: 'First day, YYYY-MM-DD' })
  startsOn: string | null;

  @Field(() => String, { nullable: true, description: 'Last day, YYYY-MM-DD' })
  endsOn: string | null;

  @Field(() => CampaignStatus, { description: 'Draft, live or ended' })
  status: CampaignStatus;

  @Field(() => [CampaignMaterial], { description: 'Materials in order' })
  materials: CampaignMaterial[];

  @Field({ description: 'Last change' })
  updatedAt: Date;
}

@ObjectType({ description: 'A link handed to one channel, with UTM parameters, so that its reach shows apart' })
export class TrackedLink {
  @Field(() => ID, { description: 'Link id' })
  id: string;

  @Field({ description: '8 characters of Crockford base32; the URL carries ?ref=<code>' })
  code: string;

  @Field({ description: 'Channel, e.g. "Partner NGO site", "Poster QR"' })
  channel: string;

  @Field({ description: 'utm_source' })
  utmSource: string;

  @Field({ description: 'utm_medium' })
  utmMedium: string;

  @Field({ description: 'utm_campaign (the campaign slug)' })
  utmCampaign: string;

  @Field(() => String, { nullable: true, description: 'The material it opens; null = the campaign page' })
  materialSlug: string | null;

  @Field({ description: 'Absolute URL to hand out' })
  url: string;

  @Field({ description: 'QR code of the URL, as SVG, for a poster or a leaflet' })
  qrSvg: string;

  @Field({ description: 'When it was made' })
  createdAt: Date;
}

@ObjectType({ description: 'Reach reported from outside Zorka, kept apart from measured counts' })
export class LedgerEntry {
  @Field(() => ID, { description: 'Entry id' })
  id: string;

  @Field({ description: 'Who reported it, e.g. "YouTube channel analytics"' })
  source: string;

  @Field({ description: 'Free label, e.g. VIEWS, AUDIENCE, HANDOUTS' })
  kind: string;

  @Field(() => Int, { description: 'The reported figure' })
  reach: number;

  @Field({ description: 'Day it refers to, YYYY-MM-DD' })
  date: string;

  @Field(() => String, { nullable: true, description: 'Note' })
  note: string | null;
}
