import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Module, type DynamicModule } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { AccessGuard } from './common/auth/access.guard';
import { graphqlOptions } from './common/graphql/graphql.options';
import { ConfigModule } from './config/config.module';
import { ConfigService } from './config/config.service';
import { DatabaseModule } from './database/database.module';
import { AccountsModule } from './modules/accounts/accounts.module';
import { ContentImportModule } from './modules/content-import/content-import.module';
import { CoursesModule } from './modules/courses/courses.module';
import { HealthModule } from './modules/health/health.module';
import { HelplinesModule } from './modules/helplines/helplines.module';
import { LearnersModule } from './modules/learners/learners.module';
import { LessonsModule } from './modules/lessons/lessons.module';
import { ProgressModule } from './modules/progress/progress.module';
import { QuizzesModule } from './modules/quizzes/quizzes.module';
import { ScenariosModule } from './modules/scenarios/scenarios.module';

@Module({
  imports: [
    DatabaseModule,
    GraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      inject: [ConfigService],
      useFactory: graphqlOptions,
    }),
    HealthModule,
    LearnersModule,
    CoursesModule,
    LessonsModule,
    QuizzesModule,
    ScenariosModule,
    ProgressModule,
    HelplinesModule,
    ContentImportModule,
    AccountsModule,
  ],
  providers: [{ provide: APP_GUARD, useClass: AccessGuard }],
})
export class AppModule {
  static forRoot(config: ConfigService): DynamicModule {
    return { module: AppModule, imports: [ConfigModule.forRoot(config)] };
  }
}
