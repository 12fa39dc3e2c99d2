import { Injectable } from '@nestjs/common';
import type { Locale } from '../../common/graphql/locale';
import type { CourseEntity } from '../courses/course.entity';
import { CoursesService } from '../courses/courses.service';
import { LessonsService } from '../lessons/lessons.service';
import { QuizzesService } from '../quizzes/quizzes.service';
import { ScenariosService } from '../scenarios/scenarios.service';
import { completedSteps, percentOf, type LearnerAchievements } from './course-progress';
import type { CourseProgress, Progress } from './models/progress.model';
import { ProgressRepository } from './progress.repository';

@Injectable()
export class ProgressService {
  constructor(
    private readonly progress: ProgressRepository,
    private readonly courses: CoursesService,
    private readonly lessons: LessonsService,
    private readonly quizzes: QuizzesService,
    private readonly scenarios: ScenariosService,
  ) {}

  async completeLesson(learnerId: string, lessonId: string, locale: Locale): Promise<CourseProgress> {
    const lesson = await this.lessons.findActive(lessonId);
    await this.progress.completeLesson(learnerId, lesson.id, new Date());
    const course = await this.courses.findEntity(lesson.courseId);
    return this.courseProgress(course, await this.achievements(learnerId, await this.quizzes.passedQuizIds(learnerId)), locale);
  }

  async myProgress(learnerId: string, hasRecoveryCode: boolean, locale: Locale): Promise<Progress> {
    // The attempts are read once: they give both the list shown and the quizzes passed.
    const attempts = await this.quizzes.attemptsOf(learnerId, locale);
    const done = await this.achievements(learnerId, new Set(attempts.filter((a) => a.passed).map((a) => a.quizId)));
    const touched = new Set(
      [...done.lessonsDone, ...done.scenariosFinished, ...attempts.map((a) => a.quizId)].map((id) => id.split('/')[0] ?? id),
    );
    const courses = await this.courses.findByIds([...touched]);
    return {
      courses: courses.map((c) => this.courseProgress(c, done, locale)),
      attempts,
      hasRecoveryCode,
    };
  }

  private async achievements(learnerId: string, quizzesPassed: Set<string>): Promise<LearnerAchievements> {
    const [lessonsDone, scenariosFinished] = await Promise.all([
      this.progress.completedLessonIds(learnerId),
      this.scenarios.finishedScenarioIds(learnerId),
    ]);
    return { lessonsDone, quizzesPassed, scenariosFinished };
  }

  private courseProgress(course: CourseEntity, done: LearnerAchievements, locale: Locale): CourseProgress {
    const completed = completedSteps(course.steps, done);
    const title = this.courses.titleOf(course, locale);
    return {
      courseId: course.id,
      title: title.text,
      locale: title.locale,
      completedStepIds: completed,
      stepCount: course.steps.length,
      percent: percentOf(completed.length, course.steps.length),
    };
  }
}
