import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LearnerTokenEntity } from './learner-token.entity';
import { LearnerEntity } from './learner.entity';
import { LearnersRepository } from './learners.repository';
import { LearnersResolver } from './learners.resolver';
import { LearnersService } from './learners.service';
import { RetentionService } from './retention.service';

@Module({
  imports: [TypeOrmModule.forFeature([LearnerEntity, LearnerTokenEntity])],
  providers: [
    LearnersRepository,
    LearnersService,
    LearnersResolver,
    RetentionService,
  ],
  exports: [LearnersService],
})
export class LearnersModule {}
