import { describe, expect, it } from 'vitest';
import { InMemoryDailySaltStore } from '../../common/daily-salt/in-memory-daily-salt.store';
import { utcDay, visitorHash } from './visitor-hash';

const IP = '203.0.113.7';
const UA = 'Mozilla/5.0 (Linux; Android 14) Chrome/131';

describe('visitor hashing', () => {
  it('makes the same visitor one visitor on the same day for the same campaign', async () => {
    const salts = new InMemoryDailySaltStore();
    const salt = await salts.saltFor('2026-11-23');
    expect(visitorHash(salt, IP, UA, 'campaign-a')).toBe(visitorHash(await salts.saltFor('2026-11-23'), IP, UA, 'campaign-a'));
  });

  it('makes the same visitor a new visitor on the next day', async () => {
    const salts = new InMemoryDailySaltStore();
    const today = visitorHash(await salts.saltFor('2026-11-23'), IP, UA, 'campaign-a');
    const tomorrow = visitorHash(await salts.saltFor('2026-11-24'), IP, UA, 'campaign-a');
    expect(tomorrow).not.toBe(today);
  });

  it('cannot link one visitor across campaigns, addresses or browsers', async () => {
    const salt = await new InMemoryDailySaltStore().saltFor('2026-11-23');
    const base = visitorHash(salt, IP, UA, 'campaign-a');
    expect(visitorHash(salt, IP, UA, 'campaign-b')).not.toBe(base);
    expect(visitorHash(salt, '203.0.113.8', UA, 'campaign-a')).not.toBe(base);
    expect(visitorHash(salt, IP, `${UA} Safari`, 'campaign-a')).not.toBe(base);
  });

  it('keeps neither the address nor the browser in the hash', async () => {
    const hash = visitorHash(await new InMemoryDailySaltStore().saltFor('2026-11-23'), IP, UA, 'campaign-a');
    expect(hash).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(hash).not.toContain('203');
  });

  it('destroys the previous day’s salt, so an old hash can no longer be recomputed', async () => {
    const salts = new InMemoryDailySaltStore();
    const old = await salts.saltFor('2026-11-23');
    const copy = Buffer.from(old);
    await salts.saltFor('2026-11-24');
    expect(old.equals(copy)).toBe(false); // zeroed in place
    await expect(salts.saltFor('2026-11-23')).rejects.toThrow(/destroyed/);
  });

  it('names days in UTC', () => {
    expect(utcDay(new Date('2026-11-23T23:59:59+02:00'))).toBe('2026-11-23');
    expect(utcDay(new Date('2026-11-24T01:00:00+02:00'))).toBe('2026-11-23');
  });
});
