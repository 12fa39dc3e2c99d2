import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum AudienceValue {
  PARENTS = 'parents',
  YOUTH = 'youth',
  PROFESSIONALS = 'professionals',
}
registerEnumType(AudienceValue, { name: 'Audience', description: 'Who a course is written for' });

export enum AgeBandValue {
  UNDER_10 = 'under-10',
  AGE_10_13 = '10-13',
  AGE_14_17 = '14-17',
  ADULTS = 'adults',
}
registerEnumType(AgeBandValue, { name: 'AgeBand', description: 'Age band of the learners a course is written for' });

export enum StepKindValue {
  LESSON = 'lesson',
  QUIZ = 'quiz',
  SCENARIO = 'scenario',
}
registerEnumType(StepKindValue, { name: 'StepKind', description: 'What a course step is' });

@ObjectType({ description: 'One step of a course, in the order learners take them' })
export class CourseStep {
  @Field(() => StepKindValue, { description: 'Lesson, quiz or role-play scenario' })
  kind: StepKindValue;

  @Field(() => ID, { description: 'Full id, e.g. teach-children-to-see-lies/quiz-signs' })
  id: string;

  @Field({ description: 'Title in the returned language' })
  title: string;
}

@ObjectType({ description: 'A course as listed in the catalogue' })
export class CourseSummary {
  @Field(() => ID, { description: 'The course id (its folder name in content/)' })
  id: string;

  @Field({ description: 'Title' })
  title: string;

  @Field({ description: 'One or two sentences on what the course is for' })
  summary: string;

  @Field(() => AudienceValue, { description: 'Who the course is written for' })
  audience: AudienceValue;

  @Field(() => [AgeBandValue], { description: 'Age bands of its learners' })
  ageBands: AgeBandValue[];

  @Field(() => [String], { description: 'Languages the course is fully written in' })
  languages: string[];

  @Field(() => Int, { description: 'About how long it takes' })
  estimatedMinutes: number;

  @Field({
    description: 'Language the texts were returned in (differs from the requested one when a translation is missing)',
  })
  locale: string;

  @Field(() => Int, { description: 'Number of steps' })
  stepCount: number;
}

@ObjectType({ description: 'A course with its steps' })
export class Course extends CourseSummary {
  @Field(() => [CourseStep], { description: 'Lessons, quizzes and scenarios in order' })
  steps: CourseStep[];

  @Field(() => ID, { nullable: true, description: 'Quiz taken before the course, for measuring knowledge gain' })
  preTestId: string | null;

  @Field(() => ID, { nullable: true, description: 'Quiz of the same knowledge taken after the course' })
  postTestId: string | null;

  @Field(() => ID, { nullable: true, description: 'The same topic written for the other audience (parents / youth)' })
  linkedCourseId: string | null;
}
