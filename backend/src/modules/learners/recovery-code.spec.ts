import { describe, expect, it } from 'vitest';
import { hashSecret } from '../../common/crypto/secrets';
import { generateRecoveryCode, isWellFormedRecoveryCode, normalizeRecoveryCode } from './recovery-code';

describe('recovery codes', () => {
  it('makes six dictionary words', () => {
    const code = generateRecoveryCode();
    expect(code.split(' ')).toHaveLength(6);
    expect(isWellFormedRecoveryCode(code)).toBe(true);
  });

  it('makes a different code each time', () => {
    const codes = new Set(Array.from({ length: 50 }, generateRecoveryCode));
    expect(codes.size).toBe(50);
  });

  it('accepts a code typed with capitals, dashes and extra spaces', () => {
    expect(normalizeRecoveryCode('  Apple-BANANA  cat, dog\nEagle  fish ')).toBe('apple banana cat dog eagle fish');
  });

  it('rejects a code with a word outside the list or the wrong length', () => {
    expect(isWellFormedRecoveryCode('apple banana cat dog eagle zzzz')).toBe(false);
    expect(isWellFormedRecoveryCode('apple banana cat')).toBe(false);
  });

  it('hashes the same code to the same value, and never to the code itself', () => {
    expect(hashSecret('a b')).toBe(hashSecret('a b'));
    expect(hashSecret('a b')).not.toContain('a b');
  });
});
