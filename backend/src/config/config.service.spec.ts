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

  it('accepts a redis:// URL for REDIS_URL and names it when it is something else', () => {
    expect(new ConfigService({ REDIS_URL: 'redis://127.0.0.1:6379' }).env.REDIS_URL).toBe('redis://127.0.0.1:6379');
    expect(new ConfigService({}).env.REDIS_URL).toBeUndefined();
    expect(() => new ConfigService({ REDIS_URL: 'http://x' })).toThrow(/REDIS_URL/);
  });

  it('caps a live session at 2,500 participants unless told otherwise', () => {
    expect(new ConfigService({}).env.LIVE_SESSION_MAX_PARTICIPANTS).toBe(2500);
    expect(new ConfigService({ LIVE_SESSION_MAX_PARTICIPANTS: '40' }).env.LIVE_SESSION_MAX_PARTICIPANTS).toBe(40);
    expect(() => new ConfigService({ LIVE_SESSION_MAX_PARTICIPANTS: '0' })).toThrow(/LIVE_SESSION_MAX_PARTICIPANTS/);
  });
});
