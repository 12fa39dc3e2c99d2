import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, Repository, type EntityManager } from 'typeorm';
import { DatabaseWriter } from '../../database/database-writer';
import { LiveAnswerEntity } from './live-answer.entity';
import { LiveAttendanceEntity } from './live-attendance.entity';
import { isUniqueViolation } from '../../database/unique-violation';
import { LiveSessionEntity, type LiveStep } from './live-session.entity';

interface PendingAnswer {
  answer: LiveAnswerEntity;
  resolve: () => void;
  reject: (error: unknown) => void;
}

@Injectable()
export class LiveSessionsRepository {
  /** Answers waiting for the next group commit, and whether one is being written now. */
  private pending: PendingAnswer[] = [];
  private committing = false;

  constructor(
    private readonly writer: DatabaseWriter,
    @InjectRepository(LiveSessionEntity) private readonly sessions: Repository<LiveSessionEntity>,
    @InjectRepository(LiveAttendanceEntity) private readonly attendance: Repository<LiveAttendanceEntity>,
    @InjectRepository(LiveAnswerEntity) private readonly answers: Repository<LiveAnswerEntity>,
  ) {}

  /**
   * Starting a session ends the group's earlier one, in the same transaction. False (and nothing
   * changed) when the same client id was stored meanwhile: a concurrent resend.
   */
  async start(session: LiveSessionEntity): Promise<boolean> {
    try {
      await this.writer.transaction(async (m) => {
        await m.update(LiveSessionEntity, { groupId: session.groupId, endedAt: IsNull() }, { endedAt: session.startedAt });
        await m.insert(LiveSessionEntity, session);
      });
      return true;
    } catch (error) {
      if (session.clientId && isUniqueViolation(error)) return false;
      throw error;
    }
  }

  findByClientId(groupId: string, clientId: string): Promise<LiveSessionEntity | null> {
    return this.sessions.findOne({ where: { groupId, clientId } });
  }

  /** Moves the session to `to` only if it is still at `from`; false when another request moved it first. */
  async moveStep(sessionId: string, from: LiveStep, to: LiveStep, revealed: boolean): Promise<boolean> {
    const result = await this.writer.write((m) =>
      m
        .createQueryBuilder()
        .update(LiveSessionEntity)
        .set({ step: to, revealed })
        .where('id = :id AND step = :from', { id: sessionId, from: JSON.stringify(from) })
        .execute(),
    );
    return result.affected === 1;
  }

  async save(session: LiveSessionEntity): Promise<void> {
    const { id, ...changes } = session;
    await this.writer.write((m) => m.update(LiveSessionEntity, { id }, changes));
  }

  find(id: string): Promise<LiveSessionEntity | null> {
    return this.sessions.findOne({ where: { id } });
  }

  findActiveForGroup(groupId: string): Promise<LiveSessionEntity | null> {
    return this.sessions.findOne({ where: { groupId, endedAt: IsNull() }, order: { startedAt: 'DESC' } });
  }

  /** Idempotent: a reconnecting participant is still one attendee. */
  async recordAttendance(sessionId: string, membershipId: string): Promise<void> {
    await this.writer.write((m) =>
      m.createQueryBuilder(LiveAttendanceEntity, 'a').insert().values({ sessionId, membershipId, joinedAt: new Date() }).orIgnore().execute(),
    );
  }

  /** A group's sessions with how many attended each, oldest first. */
  async attendanceOf(groupId: string): Promise<{ sessionId: string; startedAt: Date; attended: number }[]> {
    const sessions = await this.sessions.find({ where: { groupId }, order: { startedAt: 'ASC' } });
    return Promise.all(sessions.map(async (s) => ({ sessionId: s.id, startedAt: s.startedAt, attended: await this.countAttendance(s.id) })));
  }

  async hasAttended(membershipId: string): Promise<boolean> {
    return (await this.attendance.count({ where: { membershipId } })) > 0;
  }

  countAttendance(sessionId: string): Promise<number> {
    return this.attendance.count({ where: { sessionId } });
  }

  /**
   * Stores an answer and counts its author as attending. The first answer to a step stands; a resend
   * (reconnect, double tap) changes nothing. A room answers at once: answers that arrive while a
   * commit is being written go together in the next transaction (one disk sync for many phones,
   * where one each made 2,000 answers take a minute). Resolves once the answer is stored.
   */
  recordAnswer(answer: LiveAnswerEntity): Promise<void> {
    return new Promise((resolve, reject) => {
      this.pending.push({ answer, resolve, reject });
      if (!this.committing) void this.commitPending();
    });
  }

  private async commitPending(): Promise<void> {
    this.committing = true;
    while (this.pending.length > 0) {
      const batch = this.pending.splice(0, 500);
      try {
        await this.writer.transaction((m) => this.insertAnswers(m, batch.map((p) => p.answer)));
        for (const p of batch) p.resolve();
      } catch {
        // One bad answer (its membership removed meanwhile) must not fail the others: one by one.
        for (const p of batch) await this.writer.transaction((m) => this.insertAnswers(m, [p.answer])).then(p.resolve, p.reject);
      }
    }
    this.committing = false;
  }

  private async insertAnswers(m: EntityManager, answers: LiveAnswerEntity[]): Promise<void> {
    const attendance = answers.map((a) => ({ sessionId: a.sessionId, membershipId: a.membershipId, joinedAt: a.answeredAt }));
    await m.createQueryBuilder(LiveAttendanceEntity, 'a').insert().values(attendance).orIgnore().execute();
    await m.createQueryBuilder(LiveAnswerEntity, 'a').insert().values(answers).orIgnore().execute();
  }

  answersTo(sessionId: string, stepKey: string): Promise<LiveAnswerEntity[]> {
    return this.answers.find({ where: { sessionId, stepKey } });
  }

  findAnswer(sessionId: string, membershipId: string, stepKey: string): Promise<LiveAnswerEntity | null> {
    return this.answers.findOne({ where: { sessionId, membershipId, stepKey } });
  }
}
