import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A help line shown on every learner page' })
export class Helpline {
  @Field(() => ID, { description: 'Id' })
  id: string;

  @Field({ description: 'Name of the service' })
  name: string;

  @Field(() => [String], { description: 'Numbers to call' })
  phones: string[];

  @Field({ description: 'When it answers' })
  hours: string;

  @Field(() => [String], { description: 'Languages it answers in' })
  languages: string[];

  @Field({ description: 'What it helps with' })
  topics: string;

  @Field({ description: 'Whether calls are free' })
  free: boolean;

  @Field({ description: 'Language the texts were returned in (differs from the requested one when a translation is missing)' })
  locale: string;
}
