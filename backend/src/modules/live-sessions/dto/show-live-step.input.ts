import { Field, ID, InputType } from '@nestjs/graphql';
import { LiveStepKindValue } from '../models/live-session.model';

@InputType({ description: 'What to show next: a lesson, a question of a quiz, or a scenario (from its start)' })
export class ShowLiveStepInput {
  @Field(() => LiveStepKindValue, { description: 'Kind of step' })
  kind: LiveStepKindValue;

  @Field(() => ID, { nullable: true, description: 'LESSON: the lesson' })
  lessonId?: string | null;

  @Field(() => ID, { nullable: true, description: 'QUESTION: the quiz' })
  quizId?: string | null;

  @Field(() => ID, { nullable: true, description: 'QUESTION: the question of that quiz' })
  questionId?: string | null;

  @Field(() => ID, { nullable: true, description: 'DECISION: the scenario, shown from its first decision' })
  scenarioId?: string | null;
}
