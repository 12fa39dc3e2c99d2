import { Injectable } from '@nestjs/common';
import { DatabaseWriter } from '../../database/database-writer';
import { isUniqueViolation } from '../../database/unique-violation';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, IsNull, Not, Repository } from 'typeorm';
import { ScenarioChoiceEntity } from './scenario-choice.entity';
import { ScenarioRunEntity } from './scenario-run.entity';
import { ScenarioEntity } from './scenario.entity';

/** Rolls the choice back when the run is no longer where it was made. */
class RunMovedOn extends Error {}

@Injectable()
export class ScenariosRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly writer: DatabaseWriter,
    @InjectRepository(ScenarioEntity) private readonly scenarios: Repository<ScenarioEntity>,
    @InjectRepository(ScenarioRunEntity) private readonly runs: Repository<ScenarioRunEntity>,
  ) {}

  findActiveById(id: string): Promise<ScenarioEntity | null> {
    return this.scenarios.findOne({ where: { id, retiredAt: IsNull() } });
  }

  findByIds(ids: string[]): Promise<ScenarioEntity[]> {
    return ids.length === 0 ? Promise.resolve([]) : this.scenarios.find({ where: { id: In(ids) } });
  }

  findRun(id: string, learnerId: string): Promise<ScenarioRunEntity | null> {
    return this.runs.findOne({ where: { id, learnerId } });
  }

  findRunByClientId(learnerId: string, clientId: string): Promise<ScenarioRunEntity | null> {
    return this.runs.findOne({ where: { learnerId, clientId } });
  }

  /** Inserts a run; false when the same client id was stored meanwhile (a concurrent resend). */
  async insertRun(run: ScenarioRunEntity): Promise<boolean> {
    try {
      await this.writer.write((m) => m.insert(ScenarioRunEntity, run));
      return true;
    } catch (error) {
      if (run.clientId && isUniqueViolation(error)) return false;
      throw error;
    }
  }

  async hasChoice(runId: string, clientId: string): Promise<boolean> {
    return (await this.dataSource.getRepository(ScenarioChoiceEntity).count({ where: { runId, clientId } })) > 0;
  }

  /**
   * The choice and the run's new position are written together or not at all, and only if the run is
   * still where the choice was made: 'duplicate' when the same client id was stored first, 'moved' when
   * another request moved the run on meanwhile (nothing is written then).
   */
  async recordChoice(run: ScenarioRunEntity, fromNode: string, choice: ScenarioChoiceEntity): Promise<'recorded' | 'duplicate' | 'moved'> {
    try {
      return await this.writer.transaction(async (manager) => {
        await manager.insert(ScenarioChoiceEntity, choice);
        const moved = await manager.update(
          ScenarioRunEntity,
          { id: run.id, currentNode: fromNode, finishedAt: IsNull() },
          { currentNode: run.currentNode, lastChoiceId: run.lastChoiceId, outcome: run.outcome, finishedAt: run.finishedAt },
        );
        if (moved.affected === 0) throw new RunMovedOn();
        return 'recorded' as const;
      });
    } catch (error) {
      if (error instanceof RunMovedOn) return 'moved';
      if (choice.clientId && isUniqueViolation(error)) return 'duplicate';
      throw error;
    }
  }

  countChoices(runId: string): Promise<number> {
    return this.dataSource.getRepository(ScenarioChoiceEntity).count({ where: { runId } });
  }

  async finishedScenarioIds(learnerId: string): Promise<Set<string>> {
    const runs = await this.runs.find({ where: { learnerId, finishedAt: Not(IsNull()) }, select: { scenarioId: true } });
    return new Set(runs.map((r) => r.scenarioId));
  }
}
