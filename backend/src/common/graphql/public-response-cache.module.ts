import { Global, Module } from '@nestjs/common';
import { PublicResponseCache } from './public-response-cache';

@Global()
@Module({
  providers: [{ provide: PublicResponseCache, useFactory: () => new PublicResponseCache() }],
  exports: [PublicResponseCache],
})
export class PublicResponseCacheModule {}
