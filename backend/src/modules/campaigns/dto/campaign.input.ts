import { Field, InputType, Int } from '@nestjs/graphql';
import { MaterialKind } from '../models/campaign.model';

@InputType({ description: 'A campaign’s own fields' })
export class CampaignInput {
  @Field({ description: 'Title, 1-160 characters' })
  title: string;

  @Field({ description: 'Goal, 1-2000 characters' })
  goal: string;

  @Field({ description: 'Audience, 1-240 characters' })
  audience: string;

  @Field(() => [String], { description: 'Languages (ru, be, en), at least one' })
  languages: string[];

  @Field(() => String, { nullable: true, description: 'First day, YYYY-MM-DD' })
  startsOn?: string | null;

  @Field(() => String, { nullable: true, description: 'Last day, YYYY-MM-DD, not before the first' })
  endsOn?: string | null;

  @Field(() => String, { nullable: true, description: 'URL part; made from the title when empty; fixed once the campaign exists' })
  slug?: string | null;
}

@InputType({ description: 'A material; which fields count depends on its kind' })
export class MaterialInput {
  @Field(() => MaterialKind, { description: 'Video, article or course link' })
  kind: MaterialKind;

  @Field({ description: 'Title, 1-160 characters' })
  title: string;

  @Field({ description: 'Summary, 1-500 characters' })
  summary: string;

  @Field({ description: 'Language: one of the campaign’s languages' })
  locale: string;

  @Field(() => String, { nullable: true, description: 'URL part; made from the title when empty' })
  slug?: string | null;

  @Field(() => String, { nullable: true, description: 'ARTICLE: Markdown, up to 50,000 characters' })
  articleMarkdown?: string | null;

  @Field(() => String, { nullable: true, description: 'VIDEO: youtube.com/watch?v=, youtu.be/ or vimeo.com/ID; stored in its privacy-enhanced form' })
  embedUrl?: string | null;

  @Field(() => String, { nullable: true, description: 'VIDEO: a file name returned by PUT /campaign-media' })
  videoFile?: string | null;

  @Field(() => String, { nullable: true, description: 'VIDEO: a .vtt file name returned by PUT /campaign-media' })
  captionsFile?: string | null;

  @Field(() => String, { nullable: true, description: 'COURSE: slug of an existing course' })
  courseSlug?: string | null;
}

@InputType({ description: 'A new tracked link' })
export class TrackedLinkInput {
  @Field({ description: 'Channel, 1-120 characters' })
  channel: string;

  @Field({ description: 'utm_source, 1-80 characters (letters, digits, . _ -)' })
  utmSource: string;

  @Field({ description: 'utm_medium, 1-80 characters (letters, digits, . _ -)' })
  utmMedium: string;

  @Field(() => String, { nullable: true, description: 'A material of the campaign to open; null = the campaign page' })
  materialSlug?: string | null;
}

@InputType({ description: 'Reach reported from outside Zorka' })
export class LedgerEntryInput {
  @Field({ description: 'Who reported it, 1-160 characters' })
  source: string;

  @Field({ description: 'Free label, 1-40 characters' })
  kind: string;

  @Field(() => Int, { description: 'The figure, 0 to 1,000,000,000' })
  reach: number;

  @Field({ description: 'Day it refers to, YYYY-MM-DD' })
  date: string;

  @Field(() => String, { nullable: true, description: 'Note, up to 500 characters' })
  note?: string | null;
}
