import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CoursesModule } from '../courses/courses.module';
import { LearnersModule } from '../learners/learners.module';
import { LessonsModule } from '../lessons/lessons.module';
import { QuizzesModule } from '../quizzes/quizzes.module';
import { ScenariosModule } from '../scenarios/scenarios.module';
import { LessonCompletionEntity } from './lesson-completion.entity';
import { ProgressRepository } from './progress.repository';
import { ProgressResolver } from './progress.resolver';
import { ProgressService } from './progress.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([LessonCompletionEntity]),
    CoursesModule,
    LessonsModule,
    QuizzesModule,
    ScenariosModule,
    LearnersModule,
  ],
  providers: [ProgressRepository, ProgressService, ProgressResolver],
})
export class ProgressModule {}
