import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum OutcomeKindValue {
  GOOD = 'good',
  MIXED = 'mixed',
  BAD = 'bad',
}
registerEnumType(OutcomeKindValue, { name: 'OutcomeKind', description: 'How well a role-play ended' });

export enum ScenarioRoleValue {
  PARENT = 'parent',
  CHILD = 'child',
  PROFESSIONAL = 'professional',
}
registerEnumType(ScenarioRoleValue, { name: 'ScenarioRole', description: 'Whom the learner plays' });

@ObjectType({ description: 'Something the learner can say' })
export class ScenarioChoice {
  @Field(() => ID, { description: 'Choice id, unique within the scenario' })
  id: string;

  @Field({ description: 'What the learner says or does' })
  text: string;
}

@ObjectType({ description: 'How a play-through ended, and why' })
export class ScenarioOutcome {
  @Field(() => OutcomeKindValue, { description: 'Good, mixed or bad' })
  kind: OutcomeKindValue;

  @Field({ description: 'Short title of the ending' })
  title: string;

  @Field({ description: 'What happened and what to remember' })
  text: string;
}

@ObjectType({ description: 'A point in the dialogue: a decision, or an ending' })
export class ScenarioNode {
  @Field(() => ID, { description: 'Node id' })
  id: string;

  @Field({ description: 'What the other side says or does (empty at an ending)' })
  text: string;

  @Field(() => [ScenarioChoice], { description: 'What the learner can answer (none at an ending)' })
  choices: ScenarioChoice[];

  @Field(() => ScenarioOutcome, { nullable: true, description: 'Set when this node is an ending' })
  outcome: ScenarioOutcome | null;
}

@ObjectType({ description: 'A role-play scenario' })
export class Scenario {
  @Field(() => ID, { description: 'Full id, course/scenario' })
  id: string;

  @Field(() => ID, { description: 'The course it belongs to' })
  courseId: string;

  @Field({ description: 'Title' })
  title: string;

  @Field(() => ScenarioRoleValue, { description: 'Whom the learner plays' })
  role: ScenarioRoleValue;

  @Field({ description: 'Who the other side is' })
  counterpart: string;

  @Field(() => ID, { nullable: true, description: 'The same situation seen from the other side (child / parent)' })
  linkedScenarioId: string | null;

  @Field(() => Int, { description: 'Number of decision points' })
  decisionPoints: number;

  @Field({ description: 'Language the scenario is returned in' })
  locale: string;
}

@ObjectType({ description: "A learner's play-through of a scenario" })
export class ScenarioRun {
  @Field(() => ID, { description: 'Play-through id' })
  id: string;

  @Field(() => ID, { description: 'The scenario' })
  scenarioId: string;

  @Field(() => ScenarioNode, { description: 'Where the dialogue is now' })
  node: ScenarioNode;

  @Field(() => String, { nullable: true, description: "The reaction of the other side to the learner's last choice" })
  reaction: string | null;

  @Field({ description: 'Whether an ending was reached' })
  finished: boolean;
}
