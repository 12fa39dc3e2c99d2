import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { CertificateEntity } from '../certificates/certificate.entity';
import { MembershipEntity } from '../groups/membership.entity';
import { TestPairingEntity } from '../groups/test-pairing.entity';
import { LearnerEntity } from '../learners/learner.entity';
import { LiveAnswerEntity } from '../live-sessions/live-answer.entity';
import { LessonCompletionEntity } from '../progress/lesson-completion.entity';
import { QuizAttemptEntity } from '../quizzes/quiz-attempt.entity';
import { ScenarioChoiceEntity } from '../scenarios/scenario-choice.entity';
import { ScenarioRunEntity } from '../scenarios/scenario-run.entity';

/** Everything stored about one learner, read across every table that refers to them. */
@Injectable()
export class PrivacyRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async everythingAbout(learnerId: string) {
    const m = this.dataSource.manager;
    const learner = await m.findOne(LearnerEntity, { where: { id: learnerId } });
    const runs = await m.find(ScenarioRunEntity, { where: { learnerId }, order: { startedAt: 'ASC' } });
    const memberships = await m.find(MembershipEntity, { where: { learnerId }, order: { joinedAt: 'ASC' } });
    const membershipIds = memberships.map((x) => x.id);
    return {
      learner,
      lessonCompletions: await m.find(LessonCompletionEntity, { where: { learnerId }, order: { completedAt: 'ASC' } }),
      quizAttempts: await m.find(QuizAttemptEntity, { where: { learnerId }, order: { submittedAt: 'ASC' } }),
      scenarioRuns: runs,
      scenarioChoices: runs.length ? await m.find(ScenarioChoiceEntity, { where: { runId: In(runs.map((r) => r.id)) }, order: { chosenAt: 'ASC' } }) : [],
      memberships,
      // Which group a test taken elsewhere counts for; the pairing code is kept only as a hash.
      testPairings: await m.find(TestPairingEntity, { where: { learnerId }, order: { createdAt: 'ASC' } }),
      liveAnswers: membershipIds.length ? await m.find(LiveAnswerEntity, { where: { membershipId: In(membershipIds) } }) : [],
      certificates: membershipIds.length ? await m.find(CertificateEntity, { where: { membershipId: In(membershipIds) } }) : [],
    };
  }
}
