import { vi } from 'vitest';

export interface RecordedCall {
  operationName: string;
  variables: Record<string, unknown>;
  authorization: string | null;
}

/** `data` of the answer, an error body (graphqlError) or a raw Response */
type Answer = object;
type Handler = Answer | ((variables: Record<string, unknown>, call: RecordedCall) => Answer | Promise<Answer>);

/** A GraphQL error body, as the API sends it. */
export function graphqlError(code: string, messageKey?: string, message = `${code} from the test server`) {
  return { errors: [{ message, extensions: { code, ...(messageKey ? { messageKey } : {}) } }] };
}

const isErrorBody = (value: unknown): value is { errors: unknown[] } =>
  typeof value === 'object' && value !== null && 'errors' in value;

/**
 * Replaces fetch with a fake GraphQL server: one handler per operation name, answering `data`
 * (or an error body from graphqlError, or a Response). Records every call.
 */
export function mockGraphql(handlers: Record<string, Handler>) {
  const calls: RecordedCall[] = [];
  const fetchMock = vi.fn(async (_url: RequestInfo | URL, init?: RequestInit) => {
    const body = JSON.parse(String(init?.body)) as { operationName: string; variables?: Record<string, unknown> };
    const headers = new Headers(init?.headers);
    const call: RecordedCall = {
      operationName: body.operationName,
      variables: body.variables ?? {},
      authorization: headers.get('authorization'),
    };
    calls.push(call);
    const handler = handlers[body.operationName];
    if (handler === undefined) {
      return Response.json(graphqlError('INTERNAL_SERVER_ERROR', undefined, `No mock for ${body.operationName}`));
    }
    const answer = typeof handler === 'function' ? await handler(call.variables, call) : handler;
    if (answer instanceof Response) return answer;
    return Response.json(isErrorBody(answer) ? answer : { data: answer });
  });
  vi.stubGlobal('fetch', fetchMock);
  return {
    fetchMock,
    calls,
    callsTo: (operationName: string) => calls.filter((call) => call.operationName === operationName),
  };
}
