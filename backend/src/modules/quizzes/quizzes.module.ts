import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { QuizAttemptEntity } from './quiz-attempt.entity';
import { QuizEntity } from './quiz.entity';
import { QuizzesRepository } from './quizzes.repository';
import { QuizzesResolver } from './quizzes.resolver';
import { QuizzesService } from './quizzes.service';

@Module({
  imports: [TypeOrmModule.forFeature([QuizEntity, QuizAttemptEntity])],
  providers: [QuizzesRepository, QuizzesService, QuizzesResolver],
  exports: [QuizzesService],
})
export class QuizzesModule {}
