import { CampaignEntity } from '../modules/campaigns/campaign.entity';
import { CampaignMaterialEntity } from '../modules/campaigns/campaign-material.entity';
import { LedgerEntryEntity } from '../modules/campaigns/ledger-entry.entity';
import { TrackedLinkEntity } from '../modules/campaigns/tracked-link.entity';
import { CampaignDailyRollupEntity } from '../modules/reach/campaign-daily-rollup.entity';
import { CampaignEventEntity } from '../modules/reach/campaign-event.entity';
import { StaffAccountEntity } from '../modules/accounts/staff-account.entity';
import { StaffInvitationEntity } from '../modules/accounts/staff-invitation.entity';
import { StaffSessionEntity } from '../modules/accounts/staff-session.entity';
import { CourseEntity } from '../modules/courses/course.entity';
import { GroupEntity } from '../modules/groups/group.entity';
import { MembershipEntity } from '../modules/groups/membership.entity';
import { TestPairingEntity } from '../modules/groups/test-pairing.entity';
import { LiveAnswerEntity } from '../modules/live-sessions/live-answer.entity';
import { LiveAttendanceEntity } from '../modules/live-sessions/live-attendance.entity';
import { LiveSessionEntity } from '../modules/live-sessions/live-session.entity';
import { CertificateEntity } from '../modules/certificates/certificate.entity';
import { HelplineEntity } from '../modules/helplines/helpline.entity';
import { LearnerTokenEntity } from '../modules/learners/learner-token.entity';
import { LearnerEntity } from '../modules/learners/learner.entity';
import { LessonEntity } from '../modules/lessons/lesson.entity';
import { LessonCompletionEntity } from '../modules/progress/lesson-completion.entity';
import { QuizAttemptEntity } from '../modules/quizzes/quiz-attempt.entity';
import { QuizEntity } from '../modules/quizzes/quiz.entity';
import { ScenarioChoiceEntity } from '../modules/scenarios/scenario-choice.entity';
import { ScenarioRunEntity } from '../modules/scenarios/scenario-run.entity';
import { ScenarioEntity } from '../modules/scenarios/scenario.entity';

/** Every table's entity, for the data source (modules register their own repositories with forFeature). */
export const ENTITIES = [
  CourseEntity, LessonEntity, QuizEntity, QuizAttemptEntity, ScenarioEntity, ScenarioRunEntity,
  ScenarioChoiceEntity, HelplineEntity, LearnerEntity, LearnerTokenEntity, LessonCompletionEntity, StaffAccountEntity,
  StaffSessionEntity, GroupEntity, MembershipEntity,
  LiveSessionEntity, LiveAttendanceEntity, LiveAnswerEntity, CertificateEntity,
  StaffInvitationEntity, TestPairingEntity,
  CampaignEntity, CampaignMaterialEntity, TrackedLinkEntity, LedgerEntryEntity, CampaignEventEntity, CampaignDailyRollupEntity,
];
