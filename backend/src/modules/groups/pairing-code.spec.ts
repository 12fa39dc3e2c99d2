import { describe, expect, it } from 'vitest';
import { hashPairingCode, normalizePairingCode } from './pairing-code';

describe('pairing codes', () => {
  it('ignores case, spaces, dashes and dots', () => {
    expect(normalizePairingCode(' Sunflower-27 ')).toBe('sunflower27');
    expect(normalizePairingCode('SUN flower.27')).toBe('sunflower27');
  });

  it('needs a word and a number of 4 to 40 characters', () => {
    expect(normalizePairingCode('sunflower')).toBeNull();
    expect(normalizePairingCode('2727')).toBeNull();
    expect(normalizePairingCode('a1')).toBeNull();
    expect(normalizePairingCode(`a${'1'.repeat(40)}`)).toBeNull();
    expect(normalizePairingCode('лес12')).toBe('лес12');
  });

  it('gives the same hash for the same code in a group, another in another group', async () => {
    const a = await hashPairingCode('sunflower27', 'salt-a');
    expect(await hashPairingCode('sunflower27', 'salt-a')).toBe(a);
    expect(await hashPairingCode('sunflower27', 'salt-b')).not.toBe(a);
    expect(a).toMatch(/^[0-9a-f]{64}$/);
  });
});
