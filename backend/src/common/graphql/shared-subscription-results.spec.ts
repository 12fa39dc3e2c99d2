import { buildSchema, parse, type ExecutionResult } from 'graphql';
import { beforeEach, describe, expect, it } from 'vitest';
import { subscribeSharingViews } from './shared-subscription-results';

const schema = buildSchema(`
  type View { answer: String, reads: Int }
  type Query { ok: Boolean }
  type Subscription { shared: View, own: View }
`);
const fields = (type: string) => (schema.getType(type) as unknown as { getFields(): Record<string, { subscribe?: unknown; resolve?: unknown }> }).getFields();

/** Every subscriber of `field` gets these events; `reads` counts how often the selection ran. */
const emits = (field: 'shared' | 'own', source: () => AsyncGenerator<object>) => (fields('Subscription')[field]!.subscribe = source);
let reads = 0;

async function follow(subscribe: ReturnType<typeof subscribeSharingViews>, field: 'shared' | 'own') {
  const stream = (await subscribe({ schema, document: parse(`subscription { ${field} { answer reads } }`) })) as AsyncIterable<ExecutionResult>;
  const seen: unknown[] = [];
  for await (const result of stream) seen.push(result.data);
  return seen;
}

describe('subscribeSharingViews', () => {
  beforeEach(() => {
    reads = 0;
    fields('View').reads!.resolve = () => ++reads;
  });

  it('runs the selection once per view object for a shared field, and apart for different views', async () => {
    const same = { answer: 'a' };
    const other = { answer: 'b' };
    emits('shared', async function* () {
      yield { shared: same };
      yield { shared: other };
    });
    const subscribe = subscribeSharingViews(new Set(['shared']));
    const [first, second] = await Promise.all([follow(subscribe, 'shared'), follow(subscribe, 'shared')]);
    expect(first).toEqual([{ shared: { answer: 'a', reads: 1 } }, { shared: { answer: 'b', reads: 2 } }]);
    expect(second).toEqual(first);
    expect(reads).toBe(2);
  });

  it('runs the selection for every subscriber of a field that is not shared', async () => {
    const view = { answer: 'a' };
    emits('own', async function* () {
      yield { own: view };
    });
    const subscribe = subscribeSharingViews(new Set(['shared']));
    await Promise.all([follow(subscribe, 'own'), follow(subscribe, 'own')]);
    expect(reads).toBe(2);
  });

  it('closes the source when the subscriber stops', async () => {
    let closed = false;
    emits('shared', async function* () {
      try {
        for (;;) yield { shared: { answer: 'a' } };
      } finally {
        closed = true;
      }
    });
    const stream = (await subscribeSharingViews(new Set(['shared']))({ schema, document: parse('subscription { shared { answer } }') })) as AsyncIterableIterator<ExecutionResult>;
    await stream.next();
    await stream.return?.();
    expect(closed).toBe(true);
  });
});
