import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'Feedback on one option the learner chose' })
export class OptionFeedback {
  @Field(() => ID, { description: 'The chosen option' })
  optionId: string;

  @Field({ description: 'Whether that option is a correct one' })
  correct: boolean;

  @Field({ description: 'Why it is right or wrong' })
  feedback: string;
}

@ObjectType({ description: 'The result of one question' })
export class QuestionResult {
  @Field(() => ID, { description: 'The question' })
  questionId: string;

  @Field({ description: 'Whether exactly the correct options were chosen' })
  correct: boolean;

  @Field(() => [ID], { description: 'The correct options' })
  correctOptionIds: string[];

  @Field(() => [OptionFeedback], { description: 'Feedback for each option the learner chose' })
  chosen: OptionFeedback[];
}

@ObjectType({ description: 'A submitted quiz with its score and feedback' })
export class QuizAttempt {
  @Field(() => ID, { description: 'Attempt id' })
  id: string;

  @Field(() => ID, { description: 'The quiz' })
  quizId: string;

  @Field({ description: 'Title of the quiz, in the requested language' })
  quizTitle: string;

  @Field(() => Int, { description: 'Percent of questions answered correctly, 0-100' })
  score: number;

  @Field({ description: 'Whether the score reaches the pass mark' })
  passed: boolean;

  @Field(() => [QuestionResult], { description: 'Per-question results in quiz order' })
  results: QuestionResult[];

  @Field({ description: 'When it was submitted' })
  submittedAt: Date;
}
