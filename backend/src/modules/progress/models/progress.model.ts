import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { QuizAttempt } from '../../quizzes/models/quiz-attempt.model';

@ObjectType({ description: "A learner's progress in one course" })
export class CourseProgress {
  @Field(() => ID, { description: 'The course' })
  courseId: string;

  @Field({ description: 'Course title' })
  title: string;

  @Field(() => [ID], { description: 'Steps done: lessons read, quizzes passed, scenarios played to an ending' })
  completedStepIds: string[];

  @Field(() => Int, { description: 'Number of steps in the course' })
  stepCount: number;

  @Field(() => Int, { description: 'Percent of steps done, 0-100' })
  percent: number;

  @Field({ description: 'Language the title was returned in' })
  locale: string;
}

@ObjectType({ description: "Everything the calling learner has done" })
export class Progress {
  @Field(() => [CourseProgress], { description: 'Courses the learner has started' })
  courses: CourseProgress[];

  @Field(() => [QuizAttempt], { description: 'Every quiz attempt, oldest first' })
  attempts: QuizAttempt[];

  @Field({ description: 'True when a recovery code was created for this learner' })
  hasRecoveryCode: boolean;
}
