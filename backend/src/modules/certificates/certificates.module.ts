import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CoursesModule } from '../courses/courses.module';
import { GroupsModule } from '../groups/groups.module';
import { LiveSessionsModule } from '../live-sessions/live-sessions.module';
import { QuizzesModule } from '../quizzes/quizzes.module';
import { CertificateEntity } from './certificate.entity';
import { CertificatesController } from './certificates.controller';
import { CertificatesRepository } from './certificates.repository';
import { CertificatesResolver } from './certificates.resolver';
import { CertificatesService } from './certificates.service';

@Module({
  imports: [TypeOrmModule.forFeature([CertificateEntity]), GroupsModule, CoursesModule, QuizzesModule, LiveSessionsModule],
  providers: [CertificatesRepository, CertificatesService, CertificatesResolver],
  controllers: [CertificatesController],
})
export class CertificatesModule {}
