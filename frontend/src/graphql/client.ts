import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import { fromGraphqlError, fromHttpStatus, networkError } from './errors';
import { learnerToken } from './learner-token';

export const GRAPHQL_ENDPOINT = '/graphql';
/** A phone on a slow network gets a generous wait before we say the connection failed. */
export const REQUEST_TIMEOUT_MS = 30_000;

/**
 * A generated operation, from either generated module (src/graphql/generated*): its text (toString)
 * typed with its result and variables. Structural, so both modules' documents fit.
 */
export type Operation<TResult, TVars> = DocumentTypeDecoration<TResult, TVars> & { toString(): string };
type Document<TResult, TVars> = Operation<TResult, TVars>;

export function operationName(doc: { toString(): string }): string {
  return /\b(?:query|mutation|subscription)\s+([_A-Za-z][_0-9A-Za-z]*)/.exec(doc.toString())?.[1] ?? 'anonymous';
}

/**
 * One GraphQL request: POST /graphql with JSON, the learner token when there is one.
 * Resolves with `data`; rejects with an ApiError (see errors.ts) for GraphQL errors, HTTP errors,
 * network failures and timeouts.
 */
export async function request<TResult, TVars>(doc: Document<TResult, TVars>, variables: TVars): Promise<TResult> {
  const name = operationName(doc);
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  const token = learnerToken.value;
  if (token) headers['authorization'] = `Learner ${token}`;

  const controller = typeof AbortController === 'function' ? new AbortController() : null;
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller?.abort();
  }, REQUEST_TIMEOUT_MS);

  let response: Response;
  try {
    response = await fetch(GRAPHQL_ENDPOINT, {
      method: 'POST',
      headers,
      body: JSON.stringify({ operationName: name, query: doc.toString(), variables }),
      credentials: 'same-origin',
      signal: controller?.signal,
    });
  } catch {
    throw networkError(name, timedOut);
  } finally {
    clearTimeout(timer);
  }

  const body = await readJson(response);
  const errors = body?.errors;
  if (Array.isArray(errors) && errors.length > 0) throw fromGraphqlError(errors[0] as object, name);
  if (!response.ok || !body || body.data === null || body.data === undefined) throw fromHttpStatus(response.status, name);
  return body.data as TResult;
}

interface GraphqlBody {
  data?: unknown;
  errors?: unknown;
}

async function readJson(response: Response): Promise<GraphqlBody | null> {
  try {
    const body: unknown = await response.json();
    return typeof body === 'object' && body !== null ? (body as GraphqlBody) : null;
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------------------------------------
// A tiny cache for queries: keyed by operation + variables, failures are not kept, concurrent
// identical queries share one request. Mutations that change progress invalidate what they change.

interface Entry {
  operation: string;
  promise: Promise<unknown>;
}

const MAX_ENTRIES = 60;
const cache = new Map<string, Entry>();
type InvalidationListener = (operations: ReadonlySet<string>) => void;
const listeners = new Set<InvalidationListener>();

function cacheKey(operation: string, variables: unknown): string {
  return `${operation} ${JSON.stringify(variables ?? {})}`;
}

export interface QueryOptions {
  /** Skip the cache and ask the server again (the answer replaces the cached one). */
  force?: boolean;
}

export function query<TResult, TVars>(doc: Document<TResult, TVars>, variables: TVars, options: QueryOptions = {}): Promise<TResult> {
  const operation = operationName(doc);
  const key = cacheKey(operation, variables);
  const cached = cache.get(key);
  if (cached && !options.force) return cached.promise as Promise<TResult>;

  const promise = request(doc, variables);
  const entry: Entry = { operation, promise };
  cache.delete(key);
  cache.set(key, entry);
  if (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value!);
  promise.catch(() => {
    if (cache.get(key) === entry) cache.delete(key);
  });
  return promise;
}

/** Forgets the cached answers of these operations and tells the mounted queries to refresh. */
export function invalidate(operations: readonly string[]): void {
  const set = new Set(operations);
  for (const [key, entry] of cache) if (set.has(entry.operation)) cache.delete(key);
  for (const listener of listeners) listener(set);
}

export function clearCache(): void {
  cache.clear();
}

export function onInvalidate(listener: InvalidationListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Which cached queries each mutation makes stale. */
export const INVALIDATED_BY: Readonly<Record<string, readonly string[]>> = {
  StartLearner: ['MyProgress'],
  RestoreLearner: ['MyProgress'],
  EraseMyData: ['MyProgress'],
  CreateRecoveryCode: ['MyProgress'],
  CompleteLesson: ['MyProgress'],
  SubmitQuiz: ['MyProgress'],
  ChooseScenarioOption: ['MyProgress'],
  JoinGroup: ['MyMemberships'],
  LeaveGroup: ['MyMemberships'],
  CreateGroup: ['Groups'],
  RemoveParticipant: ['Group', 'Groups', 'GroupReport'],
  SetMyPairingCode: ['MyMemberships'],
  PairTestAttempt: ['GroupReport'],
  InviteStaff: ['StaffAccounts'],
  RevokeStaffInvitation: ['StaffAccounts'],
  SetStaffRole: ['StaffAccounts', 'Me'],
  SetStaffActive: ['StaffAccounts'],
  CreateCampaign: ['Campaigns'],
  UpdateCampaign: ['Campaigns', 'Campaign'],
  SetCampaignStatus: ['Campaigns', 'Campaign'],
  AddCampaignMaterial: ['Campaigns', 'Campaign', 'CampaignDashboard'],
  UpdateCampaignMaterial: ['Campaign', 'CampaignDashboard'],
  RemoveCampaignMaterial: ['Campaigns', 'Campaign', 'CampaignDashboard'],
  MoveCampaignMaterial: ['Campaign'],
  CreateTrackedLink: ['TrackedLinks'],
  RemoveTrackedLink: ['TrackedLinks'],
  AddLedgerEntry: ['CampaignDashboard'],
  RemoveLedgerEntry: ['CampaignDashboard'],
  RebuildCampaignRollups: ['CampaignDashboard'],
};

export async function mutate<TResult, TVars>(doc: Document<TResult, TVars>, variables: TVars): Promise<TResult> {
  const result = await request(doc, variables);
  const stale = INVALIDATED_BY[operationName(doc)];
  if (stale) invalidate(stale);
  return result;
}
