import { pino, type Logger, type DestinationStream } from 'pino';
import { redactDeep } from './guardrails/pii/redact-pii.ts';

export type { Logger };

/** Secrets that must never reach a log line, wherever they sit in a logged object. */
const SECRET_PATHS = [
  'config.MicrosoftAppPassword',
  'config.OPENAI_API_KEY',
  'config.AZURE_OPENAI_API_KEY',
  'config.TWILIO_AUTH_TOKEN',
  'config.SMS_HASH_SECRET',
  'config.LOG_HASH_KEY',
  'config.DIRECT_LINE_SECRET',
  'config.STAFF_API_TOKEN',
  'config.INTAKE_WEBHOOK_SECRET',
  'config.DATABASE_URL',
  'config.REDIS_URL',
  'req.headers.authorization',
  'headers.authorization',
  '*.apiKey',
  '*.password',
  '*.token',
];

/** Longest chain of causes a logged error shows. */
const MAX_CAUSES = 3;

export type LoggedError = {
  type: string;
  message: string;
  stack?: string;
  code?: string;
  cause?: LoggedError;
};

/**
 * What a log line keeps of an error: its type, message, stack and code (and those of its causes). Never
 * its other properties: libraries attach state to errors (botbuilder-dialogs puts the whole dialog stack,
 * with the person's answers, on every error a dialog throws), and pino's own serializer would log it all.
 */
export function loggedError(error: unknown, depth = 0): LoggedError {
  if (!(error instanceof Error)) return { type: typeof error, message: String(error) };
  const code = (error as { code?: unknown }).code;
  const inner = (error as { error?: unknown }).error ?? error.cause;
  return {
    type: error.name,
    message: error.message,
    ...(error.stack === undefined ? {} : { stack: error.stack }),
    ...(typeof code === 'string' ? { code } : {}),
    ...(inner !== undefined && depth < MAX_CAUSES ? { cause: loggedError(inner, depth + 1) } : {}),
  };
}

/**
 * The one logger. Every logged object and message passes through the PII redactor first, so an SSN or
 * card number a person typed never reaches a log line.
 */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      redact: { paths: SECRET_PATHS, censor: '[secret]' },
      serializers: { err: loggedError },
      formatters: { log: (object) => redactDeep(object) as Record<string, unknown> },
      hooks: {
        logMethod(args, method) {
          method.apply(
            this,
            args.map((arg) => (typeof arg === 'string' ? (redactDeep(arg) as string) : arg)) as typeof args,
          );
        },
      },
    },
    destination,
  );
}
