import { Field, ID, InputType } from '@nestjs/graphql';

@InputType({ description: 'The options chosen for one question' })
export class QuizAnswerInput {
  @Field(() => ID, { description: 'The question' })
  questionId: string;

  @Field(() => [ID], { description: 'The chosen options (one for single choice and true/false)' })
  optionIds: string[];
}

@InputType({ description: 'A quiz submission' })
export class SubmitQuizInput {
  @Field(() => ID, { description: 'Full quiz id, course/quiz' })
  quizId: string;

  @Field(() => [QuizAnswerInput], { description: 'One answer per question; unanswered questions count as wrong' })
  answers: QuizAnswerInput[];

  @Field(() => String, {
    nullable: true,
    description: 'Client-generated id; resending the same id returns the first attempt instead of counting twice',
  })
  clientId?: string | null;
}
