import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../../common/auth/allow.decorator';
import { LearnerId } from '../../common/auth/viewer.decorator';
import { parseLocale } from '../../common/graphql/locale';
import { CLIENT_ID_DESCRIPTION } from '../../common/idempotency/client-id';
import { Scenario, ScenarioRun } from './models/scenario.model';
import { ScenariosService } from './scenarios.service';

@Resolver(() => Scenario)
export class ScenariosResolver {
  constructor(private readonly scenarios: ScenariosService) {}

  @Allow('anyone')
  @Query(() => Scenario, { description: 'A role-play scenario (its dialogue unfolds through startScenario)' })
  scenario(
    @Args('id', { type: () => ID, description: 'Full scenario id, course/scenario' }) id: string,
    @Args('locale', { description: 'ru, en or be' }) locale: string,
  ): Promise<Scenario> {
    return this.scenarios.scenario(id, parseLocale(locale));
  }

  @Allow('learner')
  @Mutation(() => ScenarioRun, { description: 'Start a new play-through at the first decision point' })
  startScenario(
    @LearnerId() learnerId: string,
    @Args('scenarioId', { type: () => ID, description: 'Full scenario id' }) scenarioId: string,
    @Args('locale', { description: 'ru, en or be' }) locale: string,
    @Args('clientId', { type: () => String, nullable: true, description: CLIENT_ID_DESCRIPTION }) clientId?: string | null,
  ): Promise<ScenarioRun> {
    return this.scenarios.start(learnerId, scenarioId, parseLocale(locale), clientId);
  }

  @Allow('learner')
  @Mutation(() => ScenarioRun, { description: 'Say something: records the choice and returns the reaction and next node' })
  chooseScenarioOption(
    @LearnerId() learnerId: string,
    @Args('runId', { type: () => ID, description: 'The play-through' }) runId: string,
    @Args('choiceId', { type: () => ID, description: 'One of the current node’s choices' }) choiceId: string,
    @Args('locale', { description: 'ru, en or be' }) locale: string,
    @Args('clientId', { type: () => String, nullable: true, description: CLIENT_ID_DESCRIPTION }) clientId?: string | null,
  ): Promise<ScenarioRun> {
    return this.scenarios.choose(learnerId, runId, choiceId, parseLocale(locale), clientId);
  }
}
