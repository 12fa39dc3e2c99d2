import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ViewerResolver } from '../../common/auth/viewer';
import { LearnerViewerResolver } from './learner-viewer.resolver';
import { LearnerTokenEntity } from './learner-token.entity';
import { LearnerEntity } from './learner.entity';
import { LearnersRepository } from './learners.repository';
import { LearnersResolver } from './learners.resolver';
import { LearnersService } from './learners.service';

@Module({
  imports: [TypeOrmModule.forFeature([LearnerEntity, LearnerTokenEntity])],
  providers: [
    LearnersRepository,
    LearnersService,
    LearnersResolver,
    { provide: ViewerResolver, useClass: LearnerViewerResolver },
  ],
  exports: [ViewerResolver, LearnersService],
})
export class LearnersModule {}
