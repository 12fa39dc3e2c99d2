import { Injectable } from '@nestjs/common';
import { CoursesService } from '../courses/courses.service';
import { QuizzesService } from '../quizzes/quizzes.service';
import type { PairTestAttemptInput } from './dto/pair-test-attempt.input';
import type { GroupEntity } from './group.entity';
import { alreadyMember, badPairingCode, notAGroupTest, pairingCodeTaken, takeTestFirst } from './groups.errors';
import { GroupsRepository } from './groups.repository';
import { GroupsService } from './groups.service';
import { GroupTestValue, type Membership, type PairedTestAttempt } from './models/group.model';
import { hashPairingCode, newPairingSalt, normalizePairingCode } from './pairing-code';
import type { TestPairingEntity } from './test-pairing.entity';

/**
 * Pairs a pre- and a post-test of one person without knowing who they are: a member's tests pair by
 * the membership; a test taken elsewhere (another device) counts for a group by its join code and a
 * pairing code the person chose. Only a hash of the code is kept, salted with the group's salt.
 */
@Injectable()
export class TestPairingService {
  constructor(
    private readonly groups: GroupsRepository,
    private readonly groupService: GroupsService,
    private readonly courses: CoursesService,
    private readonly quizzes: QuizzesService,
  ) {}

  /** The caller's FIRST attempt at the group's pre- or post-test counts for the group under the code. */
  async pairAttempt(learnerId: string, input: PairTestAttemptInput): Promise<PairedTestAttempt> {
    const group = await this.groupService.byCode(input.joinCode);
    const code = normalizePairingCode(input.pairingCode);
    if (!code) throw badPairingCode();
    const course = await this.courses.findEntity(group.courseId);
    const test = input.quizId === course.preTestId ? GroupTestValue.PRE : input.quizId === course.postTestId ? GroupTestValue.POST : null;
    if (!test) throw notAGroupTest();
    if (await this.groups.findMembership(group.id, learnerId)) throw alreadyMember();
    const attempt = (await this.quizzes.firstAttempts(input.quizId, [learnerId])).get(learnerId);
    if (!attempt) throw takeTestFirst();
    const hash = await this.hash(group, code);
    if (await this.someoneElseTook(group.id, hash, input.quizId, learnerId)) throw pairingCodeTaken();
    await this.groups.savePairing({ attemptId: attempt.id, groupId: group.id, learnerId, quizId: input.quizId, pairingHash: hash, createdAt: new Date() });
    return { groupName: group.name, test };
  }

  /** A member sets (or, with null, clears) their code, so their tests pair with ones taken elsewhere. */
  async setMemberCode(learnerId: string, groupId: string, pairingCode: string | null): Promise<Membership> {
    const membership = await this.groupService.membershipOf(groupId, learnerId);
    const group = (await this.groupService.findGroup(membership.groupId))!;
    let hash: string | null = null;
    if (pairingCode !== null && pairingCode.trim() !== '') {
      const code = normalizePairingCode(pairingCode);
      if (!code) throw badPairingCode();
      hash = await this.hash(group, code);
      const course = await this.courses.findEntity(group.courseId);
      const tests = [course.preTestId, course.postTestId].filter((id): id is string => Boolean(id));
      const otherMember = (await this.groups.membersWithPairingHash(group.id, hash)).some((m) => m.id !== membership.id);
      const clashes = await Promise.all(tests.map((quizId) => this.someoneElseTook(group.id, hash!, quizId, learnerId, true)));
      if (otherMember || clashes.some(Boolean)) throw pairingCodeTaken();
    }
    await this.groups.setPairingHash(membership.id, hash);
    return this.groupService.toMembership({ ...membership, pairingHash: hash }, group);
  }

  /** Tests taken elsewhere that count for the group, for its report. */
  pairingsOf(groupId: string): Promise<TestPairingEntity[]> {
    return this.groups.pairingsOf(groupId);
  }

  /**
   * Whether another person's attempt at this test already counts under this code in the group: two
   * people with one code would be paired as one, so the second is asked to choose another code.
   * `onlyIfCallerTook`: for a member setting a code, a clash only matters for a test they took themselves.
   */
  private async someoneElseTook(groupId: string, hash: string, quizId: string, learnerId: string, onlyIfCallerTook = false): Promise<boolean> {
    const elsewhere = (await this.groups.pairingsWithHash(groupId, hash)).some((p) => p.quizId === quizId && p.learnerId !== learnerId);
    if (onlyIfCallerTook) return elsewhere && (await this.quizzes.firstAttempts(quizId, [learnerId])).has(learnerId);
    if (elsewhere) return true;
    const members = (await this.groups.membersWithPairingHash(groupId, hash)).filter((m) => m.learnerId !== learnerId);
    const taken = await this.quizzes.firstAttempts(quizId, members.map((m) => m.learnerId));
    return taken.size > 0;
  }

  private async hash(group: GroupEntity, code: string): Promise<string> {
    const salt = group.pairingSalt ?? (await this.groups.ensurePairingSalt(group.id, newPairingSalt()));
    return hashPairingCode(code, salt);
  }
}
