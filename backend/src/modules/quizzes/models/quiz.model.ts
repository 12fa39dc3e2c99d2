import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum QuestionTypeValue {
  SINGLE = 'single',
  MULTIPLE = 'multiple',
  TRUE_FALSE = 'true-false',
}
registerEnumType(QuestionTypeValue, { name: 'QuestionType', description: 'How a question is answered' });

@ObjectType({ description: 'An answer a learner can choose (whether it is correct is not revealed before submitting)' })
export class QuizOption {
  @Field(() => ID, { description: 'Option id, unique within its question' })
  id: string;

  @Field({ description: 'The answer text' })
  text: string;
}

@ObjectType({ description: 'A quiz question' })
export class QuizQuestion {
  @Field(() => ID, { description: 'Question id, unique within its quiz' })
  id: string;

  @Field(() => QuestionTypeValue, { description: 'Single choice, multiple choice or true/false' })
  type: QuestionTypeValue;

  @Field({ description: 'The question' })
  prompt: string;

  @Field(() => [QuizOption], { description: 'The answers to choose from' })
  options: QuizOption[];
}

@ObjectType({ description: 'A quiz, pre-test or post-test' })
export class Quiz {
  @Field(() => ID, { description: 'Full id, course/quiz' })
  id: string;

  @Field(() => ID, { description: 'The course it belongs to' })
  courseId: string;

  @Field({ description: 'Title' })
  title: string;

  @Field(() => Int, { description: 'Percent of questions to answer correctly to pass' })
  passMark: number;

  @Field(() => [QuizQuestion], { description: 'The questions in order' })
  questions: QuizQuestion[];

  @Field({ description: 'Language the quiz is returned in' })
  locale: string;
}
