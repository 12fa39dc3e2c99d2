import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../../common/auth/allow.decorator';
import { LearnerId } from '../../common/auth/viewer.decorator';
import { parseLocale } from '../../common/graphql/locale';
import { SubmitQuizInput } from './dto/submit-quiz.input';
import { QuizAttempt } from './models/quiz-attempt.model';
import { Quiz } from './models/quiz.model';
import { QuizzesService } from './quizzes.service';

@Resolver(() => Quiz)
export class QuizzesResolver {
  constructor(private readonly quizzes: QuizzesService) {}

  @Allow('anyone')
  @Query(() => Quiz, { description: 'A quiz without its answers, in the requested language' })
  quiz(
    @Args('id', { type: () => ID, description: 'Full quiz id, course/quiz' }) id: string,
    @Args('locale', { description: 'ru, en or be' }) locale: string,
  ): Promise<Quiz> {
    return this.quizzes.quiz(id, parseLocale(locale));
  }

  @Allow('learner')
  @Mutation(() => QuizAttempt, { description: 'Submit answers; returns the score and feedback on each chosen option' })
  submitQuiz(
    @LearnerId() learnerId: string,
    @Args('input', { description: 'The answers' }) input: SubmitQuizInput,
    @Args('locale', { description: 'Language of the feedback' }) locale: string,
  ): Promise<QuizAttempt> {
    return this.quizzes.submit(learnerId, input, parseLocale(locale));
  }
}
