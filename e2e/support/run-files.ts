import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Files of one e2e run, cleared by the web server command at its start (playwright.config.ts). */
export const RUN_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'data', 'e2e', 'run');
/** Everything the e2e server wrote to stdout and stderr */
export const SERVER_LOG = path.join(RUN_DIR, 'server.log');
/** One file per worker: the secrets and personal data the journeys typed or received */
export const SECRETS_PREFIX = 'secrets-';
