import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './password-hashing';

describe('password hashing', () => {
  it('uses argon2id with at least 19 MiB, 2 iterations and parallelism 1', async () => {
    const hash = await hashPassword('correct horse battery staple');
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });

  it('verifies the right password and refuses a wrong one', async () => {
    const hash = await hashPassword('s3cret-enough');
    expect(await verifyPassword(hash, 's3cret-enough')).toBe(true);
    expect(await verifyPassword(hash, 's3cret-enougH')).toBe(false);
  });
});
