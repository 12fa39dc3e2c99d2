import { Injectable } from '@nestjs/common';
import { DatabaseWriter } from '../../database/database-writer';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, IsNull, Not, Repository } from 'typeorm';
import { ScenarioChoiceEntity } from './scenario-choice.entity';
import { ScenarioRunEntity } from './scenario-run.entity';
import { ScenarioEntity } from './scenario.entity';

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

  async insertRun(run: ScenarioRunEntity): Promise<void> {
    await this.writer.write((m) => m.insert(ScenarioRunEntity, run));
  }

  /** The choice and the run's new position are written together or not at all. */
  async recordChoice(run: ScenarioRunEntity, choice: ScenarioChoiceEntity): Promise<void> {
    await this.writer.transaction(async (manager) => {
      await manager.insert(ScenarioChoiceEntity, choice);
      await manager.update(
        ScenarioRunEntity,
        { id: run.id },
        { currentNode: run.currentNode, lastChoiceId: run.lastChoiceId, outcome: run.outcome, finishedAt: run.finishedAt },
      );
    });
  }

  countChoices(runId: string): Promise<number> {
    return this.dataSource.getRepository(ScenarioChoiceEntity).count({ where: { runId } });
  }

  async finishedScenarioIds(learnerId: string): Promise<Set<string>> {
    const runs = await this.runs.find({ where: { learnerId, finishedAt: Not(IsNull()) }, select: { scenarioId: true } });
    return new Set(runs.map((r) => r.scenarioId));
  }
}
