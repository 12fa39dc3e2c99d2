import { describe, expect, it } from 'vitest';
import { isPublicContentQuery, PublicResponseCache } from './public-response-cache';

describe('isPublicContentQuery', () => {
  it('accepts a query made only of public content fields', () => {
    expect(isPublicContentQuery({ query: 'query C($l: String!) { courses(locale: $l) { id } helplines(locale: $l) { name } }' })).toBe(true);
  });

  it('refuses mutations, private fields, mixed operations, several operations and broken text', () => {
    expect(isPublicContentQuery({ query: 'mutation { startLearner { token } }' })).toBe(false);
    expect(isPublicContentQuery({ query: '{ courses(locale: "en") { id } myProgress { percent } }' })).toBe(false);
    expect(isPublicContentQuery({ query: 'query A { courses(locale: "en") { id } } query B { helplines { name } }' })).toBe(false);
    expect(isPublicContentQuery({ query: '{ ...F } fragment F on Query { courses { id } }' })).toBe(false);
    expect(isPublicContentQuery({ query: '{ courses(' })).toBe(false);
    expect(isPublicContentQuery({})).toBe(false);
  });
});

describe('PublicResponseCache', () => {
  it('answers from memory for a minute, then forgets', () => {
    let now = 0;
    const cache = new PublicResponseCache(() => now);
    cache.set('k', Buffer.from('{"data":1}'), { 'content-type': 'application/json' });
    now = 59_999;
    expect(cache.get('k')?.body.toString()).toBe('{"data":1}');
    now = 60_000;
    expect(cache.get('k')).toBeUndefined();
  });

  it('forgets everything at a content import', () => {
    const cache = new PublicResponseCache();
    cache.set('k', Buffer.from('x'), { 'content-type': 'application/json' });
    cache.clear();
    expect(cache.size).toBe(0);
  });

  it('stays within its byte budget, dropping the oldest answers first', () => {
    const cache = new PublicResponseCache();
    const big = Buffer.alloc(400 * 1024);
    for (let i = 0; i < 100; i++) cache.set(`k${i}`, big, { 'content-type': 'application/json' });
    expect(cache.size).toBeLessThanOrEqual(40);
    expect(cache.get('k0')).toBeUndefined();
    expect(cache.get('k99')).toBeDefined();
  });
});
