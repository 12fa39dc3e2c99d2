import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ConfigService } from '../config/config.service';
import { buildDataSourceOptions, openDatabase } from './data-source';
import { DatabaseWriter } from './database-writer';

@Global()
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [ConfigService],
      useFactory: (config: ConfigService) => buildDataSourceOptions(config.database),
      dataSourceFactory: async (options) => {
        if (!options) throw new Error('No database options');
        return openDatabase(options);
      },
    }),
  ],
  providers: [DatabaseWriter],
  exports: [DatabaseWriter],
})
export class DatabaseModule {}
