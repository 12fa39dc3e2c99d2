import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A count in a breakdown; groups of 1-2 people are shown as "< 3" and their count hidden' })
export class ReportCell {
  @Field({ description: 'What is counted, e.g. female, police, Brest, not-stated' })
  label: string;

  @Field(() => Int, { nullable: true, description: 'The count, or null when suppressed' })
  count: number | null;

  @Field({ description: 'What to show: the count, or "< 3"' })
  display: string;
}

@ObjectType({ description: 'Who attended one live session' })
export class SessionAttendance {
  @Field(() => ID, { description: 'Session id' })
  sessionId: string;

  @Field({ description: 'When it started' })
  startedAt: Date;

  @Field(() => Int, { description: 'Participants who opened it' })
  attended: number;
}

@ObjectType({ description: 'Results of a pre- or post-test: first attempts of members and of people paired by code' })
export class TestSummary {
  @Field(() => ID, { description: 'The quiz' })
  quizId: string;

  @Field(() => Int, { description: 'Participants who took it' })
  takers: number;

  @Field(() => Float, { nullable: true, description: 'Mean score, percent' })
  meanScore: number | null;

  @Field(() => Int, { description: 'The pass mark of this test, percent, from its definition' })
  passMark: number;
}

@ObjectType({ description: 'Knowledge gain, measured per participant (post-test minus pre-test of the same person)' })
export class KnowledgeGain {
  @Field(() => Int, { description: 'People with both tests (members, and people paired by code)' })
  paired: number;

  @Field(() => Float, { nullable: true, description: 'Mean of per-participant differences, percentage points' })
  meanGain: number | null;

  @Field(() => Int, { description: 'Participants whose score rose' })
  improved: number;

  @Field(() => Int, { description: 'Participants whose score stayed the same' })
  same: number;

  @Field(() => Int, { description: 'Participants whose score fell' })
  worse: number;

  @Field(() => Int, { description: 'People with a pre-test but no post-test (not in the gain)' })
  unpairedPre: number;

  @Field(() => Int, { description: 'People with a post-test but no pre-test (not in the gain)' })
  unpairedPost: number;

  @Field(() => Int, { description: 'Attempts taken outside the group that count for it by a pairing code' })
  outsideAttempts: number;
}

@ObjectType({ description: 'How often one question (or topic) was answered right before and after' })
export class QuestionOutcome {
  @Field({ description: 'Topic, or the question id when the question has no topic' })
  topic: string;

  @Field({ description: 'The post-test question, in the requested language (or its fallback)' })
  prompt: string;

  @Field({ description: 'Language of the prompt: the requested one, or its fallback (be → ru → en)' })
  promptLocale: string;

  @Field(() => Float, { nullable: true, description: 'Percent right in the pre-test' })
  preCorrectPercent: number | null;

  @Field(() => Float, { nullable: true, description: 'Percent right in the post-test' })
  postCorrectPercent: number | null;
}

@ObjectType({ description: 'The report of a training: who took part, attendance, and the measured knowledge gain' })
export class GroupReport {
  @Field(() => ID, { description: 'Group id' })
  groupId: string;

  @Field({ description: 'Group name' })
  groupName: string;

  @Field(() => Int, { description: 'Participants' })
  participants: number;

  @Field(() => [ReportCell], { description: 'By self-reported gender' })
  byGender: ReportCell[];

  @Field(() => [ReportCell], { description: 'By self-reported discipline or agency' })
  byDiscipline: ReportCell[];

  @Field(() => [ReportCell], { description: 'By self-reported region' })
  byRegion: ReportCell[];

  @Field(() => [SessionAttendance], { description: 'Attendance per live session' })
  sessions: SessionAttendance[];

  @Field(() => TestSummary, { nullable: true, description: 'The pre-test, when the course has one' })
  preTest: TestSummary | null;

  @Field(() => TestSummary, { nullable: true, description: 'The post-test, when the course has one' })
  postTest: TestSummary | null;

  @Field(() => KnowledgeGain, { description: 'Per-participant gain from pre- to post-test' })
  gain: KnowledgeGain;

  @Field(() => [QuestionOutcome], { description: 'Per topic: which still fail after the training' })
  questions: QuestionOutcome[];

  @Field({ description: 'The anonymised per-participant table as CSV (no nicknames)' })
  csv: string;
}
