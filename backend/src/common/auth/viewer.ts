import type { Request, Response } from 'express';

export type StaffRole = 'trainer' | 'campaign_manager' | 'admin';

/** Who is calling: resolved once per request from its credentials, never from its input. */
export interface Viewer {
  /** Anonymous learner id, when the request carries a valid learner token */
  learnerId?: string;
  staff?: { id: string; role: StaffRole };
}

export interface GraphqlContext {
  req: Request;
  /** For setting the staff session cookie; absent on WebSocket connections */
  res?: Response;
  viewer?: Viewer;
}

/** Resolves a request's credentials to a viewer; implemented by the learners (and later staff) module. */
export abstract class ViewerResolver {
  abstract resolve(req: Request): Promise<Viewer>;
}
