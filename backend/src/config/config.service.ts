import * as path from 'node:path';
import { Injectable } from '@nestjs/common';
import { envSchema, repoRoot, type Env } from './env.schema';

export type DatabaseTarget =
  | { type: 'sqlite'; file: string }
  | { type: 'postgres'; url: string };

/** Thrown at boot with a message that names every bad variable. */
export class ConfigError extends Error {}

export function parseEnv(source: NodeJS.ProcessEnv): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return result.data;
}

/** The only place that reads process.env. */
@Injectable()
export class ConfigService {
  readonly env: Env;

  constructor(source: NodeJS.ProcessEnv = process.env) {
    this.env = parseEnv(source);
  }

  get isProduction(): boolean {
    return this.env.NODE_ENV === 'production';
  }

  get publicUrl(): string {
    return (this.env.PUBLIC_URL ?? `http://localhost:${this.env.PORT}`).replace(/\/$/, '');
  }

  get database(): DatabaseTarget {
    const url = this.env.DATABASE_URL;
    if (url.startsWith('file:')) {
      const file = url.slice('file:'.length);
      return { type: 'sqlite', file: file === ':memory:' ? file : path.resolve(repoRoot, file) };
    }
    return { type: 'postgres', url };
  }
}
