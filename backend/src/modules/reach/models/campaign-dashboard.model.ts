import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { LedgerEntry, MaterialKind } from '../../campaigns/models/campaign.model';

@ObjectType({ description: 'One step of a video completion funnel' })
export class FunnelStep {
  @Field({ description: 'play, p25, p50, p75 or p100' })
  step: string;

  @Field(() => Int, { description: 'Visitor-days who reached it (a visitor on two days counts twice)' })
  count: number;
}

@ObjectType({ description: 'Measured figures of one day' })
export class DayFigure {
  @Field({ description: 'YYYY-MM-DD (UTC)' })
  day: string;

  @Field(() => Int, { description: 'Unique visitors that day' })
  visitors: number;

  @Field(() => Int, { description: 'Page views that day' })
  views: number;
}

@ObjectType({ description: 'Figures of one tracked link or one source' })
export class BreakdownRow {
  @Field({ description: 'Link code, source host, or "direct"' })
  key: string;

  @Field({ description: 'What to show: the channel, the host, or "No tracked link" / "Direct or unknown"' })
  label: string;

  @Field(() => Int, { description: 'Visitor-days' })
  visitors: number;

  @Field(() => Int, { description: 'Page views' })
  views: number;
}

@ObjectType({ description: 'Measured figures of one material' })
export class MaterialFigures {
  @Field(() => ID, { description: 'Material id' })
  materialId: string;

  @Field({ description: 'Material slug' })
  slug: string;

  @Field({ description: 'Title' })
  title: string;

  @Field(() => MaterialKind, { description: 'Kind' })
  kind: MaterialKind;

  @Field(() => Int, { description: 'Sum over days of daily unique visitors' })
  visitors: number;

  @Field(() => Int, { description: 'Page views' })
  views: number;

  @Field(() => [FunnelStep], { description: 'Videos: play, p25, p50, p75, p100; empty for other kinds' })
  funnel: FunnelStep[];

  @Field(() => Int, { description: 'Articles read to the end' })
  reads: number;

  @Field(() => Int, { description: 'Share clicks' })
  shares: number;
}

@ObjectType({ description: 'Measured totals of a period' })
export class ReachTotals {
  @Field(() => Int, { description: 'Sum over days of daily unique visitors: NOT people (one person on two days counts twice)' })
  visitorDays: number;

  @Field(() => Int, { description: 'Page views' })
  views: number;

  @Field(() => Int, { description: 'Video plays' })
  videoPlays: number;

  @Field(() => Int, { description: 'Videos watched to the end' })
  videoCompletions: number;

  @Field(() => Int, { description: 'Articles read to the end' })
  articlesRead: number;

  @Field(() => Int, { description: 'Share clicks' })
  shares: number;

  @Field(() => Int, { description: 'Courses started from the campaign' })
  coursesStarted: number;

  @Field(() => Int, { description: 'Courses completed after starting from the campaign' })
  coursesCompleted: number;
}

@ObjectType({ description: 'The headline figure, with how it was counted' })
export class ReachHeadline {
  @Field(() => Int, { description: 'Materials of the campaign' })
  materials: number;

  @Field(() => Int, { description: 'Visitor-days measured by Zorka in the period' })
  measuredVisitorDays: number;

  @Field(() => Int, { description: 'Sum of ledger entries dated in the period (reported, not measured)' })
  reportedReach: number;

  @Field({ description: 'The headline in English, saying what each number is, for API users (the app builds it in the viewer’s language from the figures above and the period)' })
  text: string;
}

@ObjectType({ description: 'A campaign’s reach in a period, read from daily roll-ups' })
export class CampaignDashboard {
  @Field(() => ID, { description: 'Campaign id' })
  campaignId: string;

  @Field({ description: 'First day, YYYY-MM-DD' })
  from: string;

  @Field({ description: 'Last day, YYYY-MM-DD' })
  to: string;

  @Field(() => ReachTotals, { description: 'Totals of the period' })
  totals: ReachTotals;

  @Field(() => ReachTotals, { description: 'Totals of the period of the same length just before `from`' })
  previous: ReachTotals;

  @Field(() => [DayFigure], { description: 'Every day of the period, zero-filled' })
  daily: DayFigure[];

  @Field(() => [MaterialFigures], { description: 'Per material, in campaign order' })
  materials: MaterialFigures[];

  @Field(() => [BreakdownRow], { description: 'Per tracked link, and "direct" for visits without one' })
  links: BreakdownRow[];

  @Field(() => [BreakdownRow], { description: 'Per referring host ("direct" when none)' })
  sources: BreakdownRow[];

  @Field(() => [LedgerEntry], { description: 'Reach reported from outside, dated in the period' })
  ledger: LedgerEntry[];

  @Field(() => ReachHeadline, { description: 'Headline figure, labelled honestly' })
  headline: ReachHeadline;

  @Field(() => Date, { nullable: true, description: 'When the roll-ups were last brought up to date' })
  rolledUpAt: Date | null;
}
