import { Injectable } from '@nestjs/common';
import type { QuizQuestionContent } from '@zorka/content';
import type { Viewer } from '../../common/auth/viewer';
import { CoursesService } from '../courses/courses.service';
import { GroupsService } from '../groups/groups.service';
import { LiveSessionsService } from '../live-sessions/live-sessions.service';
import type { QuizAttemptEntity } from '../quizzes/quiz-attempt.entity';
import { QuizzesService } from '../quizzes/quizzes.service';
import type { GroupReport, QuestionOutcome, TestSummary } from './models/group-report.model';
import { breakdown, csvField, knowledgeGain, mean } from './report-arithmetic';

@Injectable()
export class ReportsService {
  constructor(
    private readonly groups: GroupsService,
    private readonly courses: CoursesService,
    private readonly quizzes: QuizzesService,
    private readonly live: LiveSessionsService,
  ) {}

  async groupReport(viewer: Viewer, groupId: string): Promise<GroupReport> {
    const group = await this.groups.ownedGroup(viewer, groupId);
    const [course] = await this.courses.findByIds([group.courseId]);
    const members = await this.groups.members(group.id);
    const learnerIds = members.map((m) => m.learnerId);
    const pre = course?.preTestId ? await this.quizzes.firstAttempts(course.preTestId, learnerIds) : new Map<string, QuizAttemptEntity>();
    const post = course?.postTestId ? await this.quizzes.firstAttempts(course.postTestId, learnerIds) : new Map<string, QuizAttemptEntity>();
    const pairs = members.flatMap((m) => {
      const before = pre.get(m.learnerId);
      const after = post.get(m.learnerId);
      return before && after ? [{ pre: before.score, post: after.score }] : [];
    });
    const summary = (quizId: string | null | undefined, attempts: Map<string, QuizAttemptEntity>): TestSummary | null =>
      quizId ? { quizId, takers: attempts.size, meanScore: mean([...attempts.values()].map((a) => a.score)) } : null;

    const rows = members.map((m, i) => [
      `P${String(i + 1).padStart(3, '0')}`,
      m.gender,
      m.discipline,
      m.region,
      pre.get(m.learnerId)?.score ?? null,
      post.get(m.learnerId)?.score ?? null,
    ]);
    const header = ['participant', 'gender', 'discipline', 'region', 'pre_test_score', 'post_test_score'];
    return {
      groupId: group.id,
      groupName: group.name,
      participants: members.length,
      byGender: breakdown(members.map((m) => m.gender)),
      byDiscipline: breakdown(members.map((m) => m.discipline)),
      byRegion: breakdown(members.map((m) => m.region)),
      sessions: await this.live.attendanceOf(group.id),
      preTest: summary(course?.preTestId, pre),
      postTest: summary(course?.postTestId, post),
      gain: knowledgeGain(pairs),
      questions: await this.questionOutcomes(course?.preTestId ?? null, course?.postTestId ?? null, pre, post),
      csv: [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n',
    };
  }

  /** Pre- and post-test questions are matched by topic (parallel forms), or by id when they share it. */
  private async questionOutcomes(
    preId: string | null,
    postId: string | null,
    pre: Map<string, QuizAttemptEntity>,
    post: Map<string, QuizAttemptEntity>,
  ): Promise<QuestionOutcome[]> {
    if (!postId) return [];
    const postQuestions = await this.quizzes.questionsOf(postId);
    const preQuestions = preId ? await this.quizzes.questionsOf(preId) : [];
    const key = (q: QuizQuestionContent) => q.topic ?? q.id;
    const percentRight = (attempts: Map<string, QuizAttemptEntity>, question: QuizQuestionContent | undefined) => {
      if (!question || attempts.size === 0) return null;
      const right = [...attempts.values()].filter((a) => a.answers.find((x) => x.questionId === question.id)?.correct).length;
      return Math.round((right * 1000) / attempts.size) / 10;
    };
    return postQuestions.map((q) => ({
      topic: key(q),
      prompt: q.prompt.en,
      preCorrectPercent: percentRight(pre, preQuestions.find((p) => key(p) === key(q))),
      postCorrectPercent: percentRight(post, q),
    }));
  }
}
