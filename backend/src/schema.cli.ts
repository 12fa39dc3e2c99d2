import 'reflect-metadata';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { printSchema } from 'graphql';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { createApp } from './app.factory';
import { ConfigService } from './config/config.service';

export const SCHEMA_FILE = path.resolve(__dirname, '..', 'schema.graphql');
export const SCHEMA_HEADER = '# Generated from the resolvers by `pnpm --filter @zorka/backend schema:write`. Do not edit.\n\n';

/** Writes backend/schema.graphql, from which the frontend's operation types are generated. */
async function main(): Promise<void> {
  const config = new ConfigService({ ...process.env, DATABASE_URL: 'file::memory:', LOG_LEVEL: 'warn' });
  const app = await createApp(config);
  await app.init();
  const sdl = SCHEMA_HEADER + printSchema(app.get(GraphQLSchemaHost).schema) + '\n';
  fs.writeFileSync(SCHEMA_FILE, sdl);
  await app.close();
  process.stdout.write(`wrote ${SCHEMA_FILE}\n`);
}

if (require.main === module) void main();
