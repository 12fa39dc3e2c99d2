import { Injectable } from '@nestjs/common';
import type { QuizQuestionContent } from '@zorka/content';
import type { Viewer } from '../../common/auth/viewer';
import { pickText, type Locale } from '../../common/graphql/locale';
import { CoursesService } from '../courses/courses.service';
import { GroupsService } from '../groups/groups.service';
import { TestPairingService } from '../groups/test-pairing.service';
import { LiveSessionsService } from '../live-sessions/live-sessions.service';
import type { QuizAttemptEntity } from '../quizzes/quiz-attempt.entity';
import { QuizzesService } from '../quizzes/quizzes.service';
import type { GroupReport, QuestionOutcome, TestSummary } from './models/group-report.model';
import { peopleOfGroup, type Person } from './people';
import { breakdown, csvField, knowledgeGain, mean } from './report-arithmetic';

type Attempt = QuizAttemptEntity;

@Injectable()
export class ReportsService {
  constructor(
    private readonly groups: GroupsService,
    private readonly pairing: TestPairingService,
    private readonly courses: CoursesService,
    private readonly quizzes: QuizzesService,
    private readonly live: LiveSessionsService,
  ) {}

  async groupReport(viewer: Viewer, groupId: string, locale: Locale): Promise<GroupReport> {
    const group = await this.groups.ownedGroup(viewer, groupId);
    const [course] = await this.courses.findByIds([group.courseId]);
    const preId = course?.preTestId ?? null;
    const postId = course?.postTestId ?? null;
    const members = await this.groups.members(group.id);
    const learnerIds = members.map((m) => m.learnerId);
    const memberPre = preId ? await this.quizzes.firstAttempts(preId, learnerIds) : new Map<string, Attempt>();
    const memberPost = postId ? await this.quizzes.firstAttempts(postId, learnerIds) : new Map<string, Attempt>();
    const people = peopleOfGroup(members, memberPre, memberPost, await this.outsideAttempts(group.id, new Set(learnerIds), preId, postId));

    const pres = people.flatMap((p) => (p.pre ? [p.pre] : []));
    const posts = people.flatMap((p) => (p.post ? [p.post] : []));
    const pairs = people.flatMap((p) => (p.pre && p.post ? [{ pre: p.pre.score, post: p.post.score }] : []));
    const summary = async (quizId: string | null, attempts: Attempt[]): Promise<TestSummary | null> =>
      quizId
        ? { quizId, takers: attempts.length, meanScore: mean(attempts.map((a) => a.score)), passMark: await this.quizzes.passMarkOf(quizId) }
        : null;

    return {
      groupId: group.id,
      groupName: group.name,
      participants: members.length,
      byGender: breakdown(members.map((m) => m.gender)),
      byDiscipline: breakdown(members.map((m) => m.discipline)),
      byRegion: breakdown(members.map((m) => m.region)),
      sessions: await this.live.attendanceOf(group.id),
      preTest: await summary(preId, pres),
      postTest: await summary(postId, posts),
      gain: {
        ...knowledgeGain(pairs),
        unpairedPre: people.filter((p) => p.pre && !p.post).length,
        unpairedPost: people.filter((p) => p.post && !p.pre).length,
        outsideAttempts: people.reduce((n, p) => n + [p.pre, p.post].filter((a) => a && !learnerIds.includes(a.learnerId)).length, 0),
      },
      questions: await this.questionOutcomes(preId, postId, pres, posts, locale),
      csv: this.csv(people, members),
    };
  }

  /** Tests taken elsewhere that count for the group by pairing code (a member's own attempts count as theirs). */
  private async outsideAttempts(groupId: string, memberLearners: Set<string>, preId: string | null, postId: string | null) {
    const pairings = (await this.pairing.pairingsOf(groupId)).filter(
      (p) => !memberLearners.has(p.learnerId) && (p.quizId === preId || p.quizId === postId),
    );
    const attempts = new Map((await this.quizzes.attemptsByIds(pairings.map((p) => p.attemptId))).map((a) => [a.id, a]));
    return pairings.flatMap((p) => {
      const attempt = attempts.get(p.attemptId);
      return attempt ? [{ pairingHash: p.pairingHash, test: p.quizId === preId ? ('pre' as const) : ('post' as const), attempt }] : [];
    });
  }

  /** The anonymised table: members as P001..., people known only by a pairing code as C001... (no nicknames, no codes). */
  private csv(people: Person<Attempt>[], members: Awaited<ReturnType<GroupsService['members']>>): string {
    const byId = new Map(members.map((m) => [m.id, m]));
    let member = 0;
    let coded = 0;
    const rows = people.map((p) => {
      const m = p.membershipId ? byId.get(p.membershipId) : undefined;
      const label = m ? `P${String(++member).padStart(3, '0')}` : `C${String(++coded).padStart(3, '0')}`;
      return [label, m?.gender ?? null, m?.discipline ?? null, m?.region ?? null, p.pre?.score ?? null, p.post?.score ?? null];
    });
    const header = ['participant', 'gender', 'discipline', 'region', 'pre_test_score', 'post_test_score'];
    return [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
  }

  /** Pre- and post-test questions are matched by topic (parallel forms), or by id when they share it. */
  private async questionOutcomes(
    preId: string | null,
    postId: string | null,
    pre: Attempt[],
    post: Attempt[],
    locale: Locale,
  ): Promise<QuestionOutcome[]> {
    if (!postId) return [];
    const postQuestions = await this.quizzes.questionsOf(postId);
    const preQuestions = preId ? await this.quizzes.questionsOf(preId) : [];
    const key = (q: QuizQuestionContent) => q.topic ?? q.id;
    const percentRight = (attempts: Attempt[], question: QuizQuestionContent | undefined) => {
      if (!question || attempts.length === 0) return null;
      const right = attempts.filter((a) => a.answers.find((x) => x.questionId === question.id)?.correct).length;
      return Math.round((right * 1000) / attempts.length) / 10;
    };
    return postQuestions.map((q) => ({
      topic: key(q),
      prompt: pickText(q.prompt, locale).text,
      promptLocale: pickText(q.prompt, locale).locale,
      preCorrectPercent: percentRight(pre, preQuestions.find((p) => key(p) === key(q))),
      postCorrectPercent: percentRight(post, q),
    }));
  }
}
