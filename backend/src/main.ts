import 'reflect-metadata';
import * as path from 'node:path';
import { ConfigError, ConfigService } from './config/config.service';
import { createApp } from './app.factory';
import { exitCleanlyOnSignals, InFlightRequests } from './common/lifecycle/graceful-shutdown';
import { JsonLogger } from './common/logging/json-logger';
import { DemoAccountsService, type DemoAccount } from './modules/accounts/demo-accounts.service';
import { ContentInvalidError } from './modules/content-import/content-import.errors';
import { ContentImportService } from './modules/content-import/content-import.service';

/**
 * The address and the demo staff accounts. Their e-mails and passwords are shown only on an interactive
 * terminal: output that goes to a file or a log collector must not carry them (they are in demo-accounts.json).
 */
function printBanner(url: string, accounts: DemoAccount[], dataDir: string): void {
  const showAccounts = process.stdout.isTTY === true;
  const lines = [
    '',
    `  Zorka is running at ${url}`,
    '',
    ...(accounts.length > 0
      ? [
          `  Demo staff accounts (passwords kept in ${path.join(dataDir, 'demo-accounts.json')}):`,
          ...(showAccounts
            ? accounts.map((a) => `    ${a.role.padEnd(17)} ${a.email.padEnd(22)} ${a.password}`)
            : [`    ${accounts.map((a) => a.role).join(', ')} (e-mails and passwords are shown on a terminal only)`]),
        ]
      : []),
    '',
  ];
  process.stdout.write(lines.join('\n') + '\n');
}

async function bootstrap(): Promise<void> {
  const config = new ConfigService();
  const inFlight = new InFlightRequests();
  const app = await createApp(config, { inFlight });
  exitCleanlyOnSignals(app, inFlight, new JsonLogger(config.env.LOG_LEVEL));
  if (config.env.IMPORT_CONTENT_ON_START) {
    try {
      await app.get(ContentImportService).importFrom(config.env.CONTENT_DIR);
    } catch (error) {
      // Learners keep the last good content; the author sees every problem with its file and line.
      if (!(error instanceof ContentInvalidError)) throw error;
      process.stderr.write(`${error.message}\n`);
    }
  }
  const accounts = await app.get(DemoAccountsService).ensure();
  await app.listen(config.env.PORT);
  printBanner(`http://localhost:${config.env.PORT}`, accounts, config.env.DATA_DIR);
}

bootstrap().catch((error: unknown) => {
  process.stderr.write(`${error instanceof ConfigError ? error.message : String((error as Error)?.stack ?? error)}\n`);
  process.exit(1);
});
