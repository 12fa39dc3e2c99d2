import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { QuestionTypeValue } from '../../quizzes/models/quiz.model';
import { ScenarioOutcome } from '../../scenarios/models/scenario.model';

export enum LiveStepKindValue {
  LESSON = 'lesson',
  QUESTION = 'question',
  DECISION = 'decision',
}
registerEnumType(LiveStepKindValue, { name: 'LiveStepKind', description: 'A lesson slide, a quiz question, or a role-play decision put to the room' });

@ObjectType({ description: 'An answer or a choice on the shared screen' })
export class LiveOption {
  @Field(() => ID, { description: 'Option or choice id' })
  id: string;

  @Field({ description: 'Text' })
  text: string;
}

@ObjectType({ description: 'What every screen shows now' })
export class LiveStepView {
  @Field(() => LiveStepKindValue, { description: 'Kind of step' })
  kind: LiveStepKindValue;

  @Field({ description: 'Identifies the step, so clients know when it changed' })
  key: string;

  @Field({ description: 'Language of the texts: the requested one, or its fallback (be → ru → en) where content lacks it' })
  locale: string;

  @Field({ description: 'Lesson title, question, or what the other side says' })
  title: string;

  @Field(() => String, { nullable: true, description: 'Lesson body as safe HTML (lesson slides only)' })
  html: string | null;

  @Field(() => QuestionTypeValue, { nullable: true, description: 'Questions only' })
  questionType: QuestionTypeValue | null;

  @Field(() => [LiveOption], { description: 'What participants can answer or choose' })
  options: LiveOption[];

  @Field(() => ScenarioOutcome, { nullable: true, description: 'When the room’s role-play reached an ending' })
  outcome: ScenarioOutcome | null;
}

@ObjectType({ description: 'How many chose an option' })
export class OptionCount {
  @Field(() => ID, { description: 'Option id' })
  optionId: string;

  @Field(() => Int, { description: 'Participants who chose it' })
  count: number;
}

@ObjectType({ description: 'The room’s answers to the current step' })
export class LiveResults {
  @Field(() => Int, { description: 'Participants who answered' })
  answered: number;

  @Field(() => [OptionCount], { description: 'Distribution over the options, in option order' })
  counts: OptionCount[];

  @Field(() => [ID], { description: 'Correct options (questions) or the room’s choice (decisions)' })
  correctOptionIds: string[];
}

@ObjectType({ description: 'The live session as the trainer’s projector shows it' })
export class TrainerLiveView {
  @Field(() => ID, { description: 'Session id' })
  sessionId: string;

  @Field(() => ID, { description: 'Group id' })
  groupId: string;

  @Field({ description: 'False once ended' })
  active: boolean;

  @Field(() => LiveStepView, { nullable: true, description: 'The current step, if any' })
  step: LiveStepView | null;

  @Field({ description: 'Whether results are shown on participants’ screens' })
  revealed: boolean;

  @Field(() => LiveResults, { nullable: true, description: 'Answers arriving (questions and decisions)' })
  results: LiveResults | null;

  @Field(() => Int, { description: 'Participants who have opened this session' })
  attendance: number;
}

@ObjectType({ description: 'The live session as a participant’s phone shows it' })
export class ParticipantLiveView {
  @Field(() => ID, { description: 'Session id' })
  sessionId: string;

  @Field(() => ID, { description: 'Group id' })
  groupId: string;

  @Field({ description: 'False once ended' })
  active: boolean;

  @Field(() => LiveStepView, { nullable: true, description: 'The current step, if any' })
  step: LiveStepView | null;

  @Field({ description: 'Whether the trainer revealed the results' })
  revealed: boolean;

  @Field(() => [ID], { description: 'What this participant answered for the current step' })
  myAnswer: string[];

  @Field(() => LiveResults, { nullable: true, description: 'Only after the trainer reveals them (avoids group-think)' })
  results: LiveResults | null;

  @Field(() => String, { nullable: true, description: 'Feedback on this participant’s answer, after the reveal' })
  feedback: string | null;
}

@ObjectType({ description: 'A group’s running live session' })
export class RunningLiveSession {
  @Field(() => ID, { description: 'Session id' })
  sessionId: string;

  @Field({ description: 'When it started' })
  startedAt: Date;
}
