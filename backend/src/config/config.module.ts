import { Global, Module, type DynamicModule } from '@nestjs/common';
import { ConfigService } from './config.service';

@Global()
@Module({})
export class ConfigModule {
  /** The configuration is parsed once by the entry point (main, a CLI or a test) and handed in. */
  static forRoot(config: ConfigService): DynamicModule {
    return { module: ConfigModule, providers: [{ provide: ConfigService, useValue: config }], exports: [ConfigService] };
  }
}
