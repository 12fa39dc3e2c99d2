import { Injectable } from '@nestjs/common';
import { DatabaseWriter } from '../../database/database-writer';
import { isUniqueViolation } from '../../database/unique-violation';
import { InjectRepository } from '@nestjs/typeorm';
import { LessThan, Repository } from 'typeorm';
import { LearnerTokenEntity } from './learner-token.entity';
import { LearnerEntity } from './learner.entity';

@Injectable()
export class LearnersRepository {
  constructor(
    private readonly writer: DatabaseWriter,
    @InjectRepository(LearnerEntity) private readonly learners: Repository<LearnerEntity>,
    @InjectRepository(LearnerTokenEntity) private readonly tokens: Repository<LearnerTokenEntity>,
  ) {}

  async create(learner: LearnerEntity, token: LearnerTokenEntity): Promise<void> {
    await this.writer.transaction(async (manager) => {
      await manager.insert(LearnerEntity, learner);
      await manager.insert(LearnerTokenEntity, token);
    });
  }

  async addToken(token: LearnerTokenEntity): Promise<void> {
    await this.writer.write((m) => m.insert(LearnerTokenEntity, token));
  }

  async learnerIdForToken(tokenHash: string): Promise<string | null> {
    const token = await this.tokens.findOne({ where: { tokenHash } });
    return token?.learnerId ?? null;
  }

  findByRecoveryHash(recoveryHash: string): Promise<LearnerEntity | null> {
    return this.learners.findOne({ where: { recoveryHash } });
  }

  async hasRecoveryCode(learnerId: string): Promise<boolean> {
    const learner = await this.learners.findOne({ where: { id: learnerId }, select: { id: true, recoveryHash: true } });
    return Boolean(learner?.recoveryHash);
  }

  /** False when another learner already has this hash (the caller draws another code). */
  async setRecoveryHash(learnerId: string, recoveryHash: string): Promise<boolean> {
    try {
      await this.writer.write((m) => m.update(LearnerEntity, { id: learnerId }, { recoveryHash }));
      return true;
    } catch (error) {
      if (isUniqueViolation(error)) return false;
      throw error;
    }
  }

  async touch(learnerId: string, at: Date): Promise<void> {
    await this.writer.write((m) => m.update(LearnerEntity, { id: learnerId }, { lastSeenAt: at }));
  }

  /** Deletes learners not seen since `before`; returns how many. */
  async deleteInactive(before: Date): Promise<number> {
    const result = await this.writer.write((m) => m.delete(LearnerEntity, { lastSeenAt: LessThan(before) }));
    return result.affected ?? 0;
  }

  /** Deletes the learner; foreign keys cascade to tokens, completions, attempts, runs and choices. */
  async delete(learnerId: string): Promise<void> {
    await this.writer.write((m) => m.delete(LearnerEntity, { id: learnerId }));
  }
}
