import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LessonsModule } from '../lessons/lessons.module';
import { QuizzesModule } from '../quizzes/quizzes.module';
import { ScenariosModule } from '../scenarios/scenarios.module';
import { CourseEntity } from './course.entity';
import { CoursesRepository } from './courses.repository';
import { CoursesResolver } from './courses.resolver';
import { CoursesService } from './courses.service';

@Module({
  imports: [TypeOrmModule.forFeature([CourseEntity]), LessonsModule, QuizzesModule, ScenariosModule],
  providers: [CoursesRepository, CoursesService, CoursesResolver],
  exports: [CoursesService],
})
export class CoursesModule {}
