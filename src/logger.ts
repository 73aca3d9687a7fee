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

/**
 * The one logger. Every logged object and message passes through the PII redactor first, so an SSN or
 * card number a person typed never reaches a log line.
 */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      redact: { paths: SECRET_PATHS, censor: '[secret]' },
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
