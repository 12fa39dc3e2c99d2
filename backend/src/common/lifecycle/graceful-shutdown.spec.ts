import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { InFlightRequests } from './graceful-shutdown';

/** A response as the middleware sees it: headers and a 'close' event. */
function fakeResponse() {
  const res = Object.assign(new EventEmitter(), { headers: {} as Record<string, string>, setHeader(name: string, value: string) { this.headers[name] = value; } });
  return res;
}

describe('InFlightRequests', () => {
  it('drains at once when nothing is in flight', async () => {
    expect(await new InFlightRequests().drain(1_000)).toBe(true);
  });

  it('waits for the requests in flight, and asks clients not to keep the connection once draining', async () => {
    const requests = new InFlightRequests();
    const first = fakeResponse();
    requests.middleware({} as never, first as never, () => undefined);
    const drained = requests.drain(5_000);
    const late = fakeResponse();
    requests.middleware({} as never, late as never, () => undefined);
    expect(late.headers['Connection']).toBe('close');
    expect(requests.size).toBe(2);
    first.emit('close');
    late.emit('close');
    expect(await drained).toBe(true);
  });

  it('gives up after the timeout when a request never ends', async () => {
    const requests = new InFlightRequests();
    requests.middleware({} as never, fakeResponse() as never, () => undefined);
    expect(await requests.drain(20)).toBe(false);
  });
});
