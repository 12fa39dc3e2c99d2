import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Module, type DynamicModule } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { AccessGuard } from './common/auth/access.guard';
import { RateLimitGuard } from './common/rate-limit/rate-limit.guard';
import { graphqlOptions } from './common/graphql/graphql.options';
import { ConfigModule } from './config/config.module';
import { ConfigService } from './config/config.service';
import { DatabaseModule } from './database/database.module';
import { AccountsModule } from './modules/accounts/accounts.module';
import { ContentImportModule } from './modules/content-import/content-import.module';
import { CoursesModule } from './modules/courses/courses.module';
import { GroupsModule } from './modules/groups/groups.module';
import { LiveSessionsModule } from './modules/live-sessions/live-sessions.module';
import { PubSubModule } from './common/pubsub/pubsub.module';
import { DailySaltModule } from './common/daily-salt/daily-salt.module';
import { RateLimitModule } from './common/rate-limit/rate-limit.module';
import { RedisModule } from './common/redis/redis.module';
import { PublicResponseCacheModule } from './common/graphql/public-response-cache.module';
import { ReportsModule } from './modules/reports/reports.module';
import { CampaignsModule } from './modules/campaigns/campaigns.module';
import { ReachModule } from './modules/reach/reach.module';
import { CertificatesModule } from './modules/certificates/certificates.module';
import { PrivacyModule } from './modules/privacy/privacy.module';
import { HealthModule } from './modules/health/health.module';
import { HelplinesModule } from './modules/helplines/helplines.module';
import { IdentityModule } from './modules/identity/identity.module';
import { LearnersModule } from './modules/learners/learners.module';
import { LessonsModule } from './modules/lessons/lessons.module';
import { ProgressModule } from './modules/progress/progress.module';
import { QuizzesModule } from './modules/quizzes/quizzes.module';
import { ScenariosModule } from './modules/scenarios/scenarios.module';

@Module({
  imports: [
    DatabaseModule,
    RedisModule,
    RateLimitModule,
    DailySaltModule,
    PublicResponseCacheModule,
    GraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      inject: [ConfigService],
      useFactory: graphqlOptions,
    }),
    HealthModule,
    IdentityModule,
    LearnersModule,
    CoursesModule,
    LessonsModule,
    QuizzesModule,
    ScenariosModule,
    ProgressModule,
    HelplinesModule,
    ContentImportModule,
    AccountsModule,
    GroupsModule,
    PubSubModule,
    LiveSessionsModule,
    ReportsModule,
    CertificatesModule,
    PrivacyModule,
    CampaignsModule,
    ReachModule,
  ],
  providers: [
    // Order matters: who may call is checked before how often.
    { provide: APP_GUARD, useClass: AccessGuard },
    { provide: APP_GUARD, useClass: RateLimitGuard },
  ],
})
export class AppModule {
  static forRoot(config: ConfigService): DynamicModule {
    return { module: AppModule, imports: [ConfigModule.forRoot(config)] };
  }
}
