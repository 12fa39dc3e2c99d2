import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Module } from '@nestjs/common';
import { JsonLogger } from '../../common/logging/json-logger';
import { ConfigModule } from '../../config/config.module';
import { ConfigService } from '../../config/config.service';
import { DatabaseModule } from '../../database/database.module';
import { ContentInvalidError } from './content-import.errors';
import { ContentImportModule } from './content-import.module';
import { PublicResponseCacheModule } from '../../common/graphql/public-response-cache.module';
import { ContentImportService } from './content-import.service';

/** `pnpm content:import [dir]`: validates and imports the content without starting the server. */
async function main(): Promise<void> {
  const config = new ConfigService();
  @Module({ imports: [ConfigModule.forRoot(config), DatabaseModule, TypeOrmModule, ContentImportModule, PublicResponseCacheModule] })
  class ImportCliModule {}
  const app = await NestFactory.createApplicationContext(ImportCliModule, { logger: new JsonLogger('warn') });
  try {
    const changes = await app.get(ContentImportService).importFrom(process.argv[2] ?? config.env.CONTENT_DIR);
    for (const [table, c] of Object.entries(changes)) {
      process.stdout.write(`${table.padEnd(10)} ${c.created} new, ${c.updated} updated, ${c.unchanged} unchanged, ${c.retired} retired\n`);
    }
  } catch (error) {
    if (!(error instanceof ContentInvalidError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exitCode = 1;
  } finally {
    await app.close();
  }
}

void main();
