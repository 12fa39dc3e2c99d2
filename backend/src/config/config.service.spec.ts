import { describe, expect, it } from 'vitest';
import { ConfigError, ConfigService } from './config.service';

describe('ConfigService', () => {
  it('uses the embedded SQLite file under data/ when DATABASE_URL is not set', () => {
    const config = new ConfigService({});
    expect(config.env.PORT).toBe(3000);
    expect(config.database).toMatchObject({ type: 'sqlite' });
    expect(config.database.type === 'sqlite' && config.database.file).toMatch(/data\/zorka\.sqlite$/);
  });

  it('selects PostgreSQL when DATABASE_URL is a postgres URL', () => {
    const config = new ConfigService({ DATABASE_URL: 'postgres://root@127.0.0.1:5432/test' });
    expect(config.database).toEqual({ type: 'postgres', url: 'postgres://root@127.0.0.1:5432/test' });
  });

  it('names the bad variable when a value is invalid', () => {
    expect(() => new ConfigService({ PORT: 'eighty', DATABASE_URL: 'mysql://x' })).toThrow(ConfigError);
    expect(() => new ConfigService({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => new ConfigService({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/);
  });
});
