import { SetMetadata } from '@nestjs/common';
import type { StaffRole } from './viewer';

/**
 * Who may call an operation. `anyone` includes anonymous callers; `learner` needs a learner token.
 * An operation without @Allow is refused for everybody (deny by default).
 */
export type Audience = 'anyone' | 'learner' | StaffRole;

export const ALLOW_KEY = 'zorka:allow';
export const Allow = (...audiences: [Audience, ...Audience[]]) => SetMetadata(ALLOW_KEY, audiences);
