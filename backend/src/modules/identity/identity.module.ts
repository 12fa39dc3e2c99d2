import { Module } from '@nestjs/common';
import { ViewerResolver } from '../../common/auth/viewer';
import { AccountsModule } from '../accounts/accounts.module';
import { LearnersModule } from '../learners/learners.module';
import { RequestViewerResolver } from './request-viewer.resolver';

/** Turns a request's credentials into a viewer for the access guard. */
@Module({
  imports: [LearnersModule, AccountsModule],
  providers: [{ provide: ViewerResolver, useClass: RequestViewerResolver }],
  exports: [ViewerResolver],
})
export class IdentityModule {}
