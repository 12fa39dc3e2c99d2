import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ScenarioChoiceEntity } from './scenario-choice.entity';
import { ScenarioRunEntity } from './scenario-run.entity';
import { ScenarioEntity } from './scenario.entity';
import { ScenariosRepository } from './scenarios.repository';
import { ScenariosResolver } from './scenarios.resolver';
import { ScenariosService } from './scenarios.service';

@Module({
  imports: [TypeOrmModule.forFeature([ScenarioEntity, ScenarioRunEntity, ScenarioChoiceEntity])],
  providers: [ScenariosRepository, ScenariosService, ScenariosResolver],
  exports: [ScenariosService],
})
export class ScenariosModule {}
