import {
  createSourceEventStream,
  execute,
  getOperationAST,
  Kind,
  print,
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
} from 'graphql';

type Results = AsyncIterableIterator<ExecutionResult>;

/**
 * graphql-ws's `subscribe`, as graphql-js's own, except that for the root fields named here one
 * event's result is executed once per view object and selection, not once per subscriber: when 2,000
 * phones in a live session get the same view (the service hands out one object per answer state), the
 * selection runs once, not 2,000 times. Only fields whose views carry everything the result depends
 * on may be named: nothing below them may read the subscriber's context (no guards, no viewer).
 */
export function subscribeSharingViews(sharedFields: ReadonlySet<string>) {
  /** Per view object: the result per selection; dropped with the view. */
  const resultsOf = new WeakMap<object, Map<string, Promise<ExecutionResult>>>();
  const selectionKeys = new WeakMap<DocumentNode, string>();

  return async (args: ExecutionArgs): Promise<Results | ExecutionResult> => {
    const stream = await createSourceEventStream(args);
    if (!(Symbol.asyncIterator in stream)) return stream as ExecutionResult;
    const run = (rootValue: unknown) => execute({ ...args, rootValue }) as Promise<ExecutionResult> | ExecutionResult;
    const field = sharedRootField(args, sharedFields);
    if (!field) return mapResults(stream, run);
    let selection = selectionKeys.get(args.document);
    if (selection === undefined) selectionKeys.set(args.document, (selection = print(args.document)));
    const key = `${selection}\n${args.operationName ?? ''}\n${JSON.stringify(args.variableValues ?? {})}`;
    return mapResults(stream, (payload) => {
      const view = (payload as Record<string, unknown> | null)?.[field];
      if (!view || typeof view !== 'object') return run(payload);
      let results = resultsOf.get(view);
      if (!results) resultsOf.set(view, (results = new Map()));
      let result = results.get(key);
      if (!result) results.set(key, (result = Promise.resolve(run(payload))));
      return result;
    });
  };
}

/** The operation's only root field, when it is one of the shared ones (aliases and fragments are not). */
function sharedRootField(args: ExecutionArgs, sharedFields: ReadonlySet<string>): string | undefined {
  const operation = getOperationAST(args.document, args.operationName);
  const selections = operation?.selectionSet.selections ?? [];
  if (selections.length !== 1) return undefined;
  const [only] = selections;
  if (only?.kind !== Kind.FIELD || only.alias || !sharedFields.has(only.name.value)) return undefined;
  return only.name.value;
}

/** graphql-js's mapAsyncIterator: each event mapped; ending, or failing, closes the source. */
function mapResults(source: AsyncIterable<unknown>, map: (payload: unknown) => Promise<ExecutionResult> | ExecutionResult): Results {
  const iterator = source[Symbol.asyncIterator]();
  const close = async () => {
    try {
      await iterator.return?.();
    } catch {
      // The original error matters more than one from closing the source.
    }
  };
  const mapped = async (result: IteratorResult<unknown>): Promise<IteratorResult<ExecutionResult>> => {
    if (result.done) return result as IteratorResult<ExecutionResult>;
    try {
      return { value: await map(result.value), done: false };
    } catch (error) {
      await close();
      throw error;
    }
  };
  return {
    async next() {
      return mapped(await iterator.next());
    },
    async return() {
      return iterator.return ? mapped(await iterator.return()) : { value: undefined, done: true };
    },
    async throw(error?: unknown) {
      if (iterator.throw) return mapped(await iterator.throw(error));
      throw error;
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}
