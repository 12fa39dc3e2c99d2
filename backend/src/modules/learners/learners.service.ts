import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { recoveryCodeNotRecognised } from './learners.errors';
import { LearnersRepository } from './learners.repository';
import { BEARER_TOKEN_PATTERN, hashSecret, newBearerToken } from '../../common/crypto/secrets';
import { generateRecoveryCode, isWellFormedRecoveryCode, normalizeRecoveryCode } from './recovery-code';

/** Recording activity on every request would turn reads into writes; once an hour is enough for retention. */
const TOUCH_INTERVAL_MS = 60 * 60 * 1000;

@Injectable()
export class LearnersService {
  private readonly lastTouched = new Map<string, number>();

  constructor(private readonly learners: LearnersRepository) {}

  /** A new anonymous learner. Nothing about the person is asked or stored. */
  async start(): Promise<string> {
    const now = new Date();
    const token = newBearerToken();
    const learnerId = randomUUID();
    await this.learners.create(
      { id: learnerId, recoveryHash: null, createdAt: now, lastSeenAt: now },
      { tokenHash: hashSecret(token), learnerId, createdAt: now },
    );
    return token;
  }

  async learnerIdForToken(token: string): Promise<string | null> {
    if (!BEARER_TOKEN_PATTERN.test(token)) return null;
    const learnerId = await this.learners.learnerIdForToken(hashSecret(token));
    if (learnerId) await this.touch(learnerId);
    return learnerId;
  }

  hasRecoveryCode(learnerId: string): Promise<boolean> {
    return this.learners.hasRecoveryCode(learnerId);
  }

  /** Replaces any earlier code: only the newest one works. */
  async createRecoveryCode(learnerId: string): Promise<string> {
    // 2^66 codes: a collision is astronomically rare, but the unique index makes a retry safe.
    for (;;) {
      const code = generateRecoveryCode();
      if (await this.learners.setRecoveryHash(learnerId, hashSecret(code))) return code;
    }
  }

  /** A new device token for the learner the code belongs to; the old devices keep working. */
  async restore(code: string): Promise<string> {
    const normalized = normalizeRecoveryCode(code.slice(0, 300));
    if (!isWellFormedRecoveryCode(normalized)) throw recoveryCodeNotRecognised();
    const learner = await this.learners.findByRecoveryHash(hashSecret(normalized));
    if (!learner) throw recoveryCodeNotRecognised();
    const token = newBearerToken();
    await this.learners.addToken({ tokenHash: hashSecret(token), learnerId: learner.id, createdAt: new Date() });
    return token;
  }

  async erase(learnerId: string): Promise<void> {
    this.lastTouched.delete(learnerId);
    await this.learners.delete(learnerId);
  }

  private async touch(learnerId: string): Promise<void> {
    const now = Date.now();
    if (now - (this.lastTouched.get(learnerId) ?? 0) < TOUCH_INTERVAL_MS) return;
    if (this.lastTouched.size > 100_000) this.lastTouched.clear();
    this.lastTouched.set(learnerId, now);
    await this.learners.touch(learnerId, new Date(now));
  }
}
