import { Injectable } from '@nestjs/common';
import { PrivacyRepository } from './privacy.repository';

/** "Download my data": a complete, readable copy of what Zorka keeps about the calling learner. */
@Injectable()
export class PrivacyService {
  constructor(private readonly privacy: PrivacyRepository) {}

  async export(learnerId: string): Promise<string> {
    const data = await this.privacy.everythingAbout(learnerId);
    const { recoveryHash, ...learner } = data.learner ?? { recoveryHash: null };
    return JSON.stringify(
      {
        about: 'Everything Zorka stores about you. No name, e-mail, phone or address is ever stored.',
        exportedAt: new Date().toISOString(),
        learner: { ...learner, hasRecoveryCode: Boolean(recoveryHash) },
        lessonCompletions: data.lessonCompletions.map(({ learnerId: _l, ...rest }) => rest),
        quizAttempts: data.quizAttempts.map(({ learnerId: _l, ...rest }) => rest),
        scenarioRuns: data.scenarioRuns.map(({ learnerId: _l, ...run }) => ({
          ...run,
          choices: data.scenarioChoices.filter((c) => c.runId === run.id).map(({ runId: _r, ...c }) => c),
        })),
        groups: data.memberships.map(({ learnerId: _l, ...m }) => ({
          ...m,
          liveAnswers: data.liveAnswers.filter((a) => a.membershipId === m.id).map(({ membershipId: _m, ...a }) => a),
          certificates: data.certificates.filter((c) => c.membershipId === m.id).map(({ membershipId: _m, ...c }) => c),
        })),
        // Tests taken elsewhere that count for a group by a pairing code (kept only as a salted hash, not shown).
        testPairings: data.testPairings.map(({ learnerId: _l, pairingHash: _h, ...p }) => p),
      },
      null,
      2,
    );
  }
}
