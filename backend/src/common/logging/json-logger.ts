import type { LoggerService, LogLevel } from '@nestjs/common';

const ORDER = ['debug', 'info', 'warn', 'error'] as const;
/** Nest's start-up chatter (one line per module and route) is only interesting when debugging. */
const START_UP_CONTEXTS = new Set(['InstanceLoader', 'RoutesResolver', 'RouterExplorer', 'NestFactory', 'GraphQLModule']);
type Level = (typeof ORDER)[number];

/**
 * Structured JSON lines on stdout. Callers must never pass personal data, tokens or codes:
 * log what happened and ids of content, not who.
 */
export class JsonLogger implements LoggerService {
  private readonly threshold: number;

  constructor(level: Level | 'silent' = 'info', private readonly write = (line: string) => process.stdout.write(line + '\n')) {
    this.threshold = level === 'silent' ? Infinity : ORDER.indexOf(level);
  }

  log(message: unknown, context?: string) {
    this.emit(context && START_UP_CONTEXTS.has(context) ? 'debug' : 'info', message, context);
  }
  error(message: unknown, trace?: string, context?: string) {
    this.emit('error', message, context, trace);
  }
  warn(message: unknown, context?: string) {
    this.emit('warn', message, context);
  }
  debug(message: unknown, context?: string) {
    this.emit('debug', message, context);
  }
  verbose(message: unknown, context?: string) {
    this.emit('debug', message, context);
  }
  setLogLevels(_levels: LogLevel[]) {
    // The level comes from LOG_LEVEL only.
  }

  private emit(level: Level, message: unknown, context?: string, trace?: string) {
    if (ORDER.indexOf(level) < this.threshold) return;
    const entry: Record<string, unknown> = { time: new Date().toISOString(), level };
    if (context) entry['context'] = context;
    if (message instanceof Error) {
      entry['msg'] = message.message;
      entry['stack'] = message.stack;
    } else if (typeof message === 'object' && message !== null) {
      Object.assign(entry, message);
    } else {
      entry['msg'] = String(message);
    }
    if (trace) entry['stack'] = trace;
    this.write(JSON.stringify(entry));
  }
}
