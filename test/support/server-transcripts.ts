import { createClient } from '@keyv/redis';
import { todayIn } from '../../src/config.ts';
import { serviceUrls } from './services.ts';

/*
 * What the tests against real server processes type, dated from the real clock: a server process
 * counts "today" from it in SERVER_TIME_ZONE, so a notice date typed here is the same civil day there.
 */

export const SERVER_TIME_ZONE = 'America/New_York';
const DAY_MS = 24 * 60 * 60 * 1000;

/** The civil date `ageDays` before today in the servers' zone, as a person types it (3/2/2026). */
export function typedNoticeDate(ageDays: number): string {
  const [year, month, day] = todayIn(SERVER_TIME_ZONE, new Date(Date.now() - ageDays * DAY_MS)).split('-');
  return `${Number(month)}/${Number(day)}/${year}`;
}

/** From a new conversation to the question asking consent to send the case to the firm. */
export const TO_CONSENT: readonly string[] = [
  'CP14',
  typedNoticeDate(2),
  'yes',
  '$1,200',
  'no',
  'Book a consultation',
  'Sam Lee',
  'sam@example.com',
  'any time',
  'skip',
  'all',
];

/** Where a server keeps a conversation's state in Redis (the product's default namespace). */
export function conversationStateKey(conversationId: string): string {
  return `notice-navigator::emulator/conversations/${conversationId}/`;
}

/** Removes a test's keys from the shared Redis once it is done. */
export async function deleteRedisKeys(keys: readonly string[]): Promise<void> {
  if (keys.length === 0) return;
  const redis = createClient({ url: serviceUrls.redis });
  await redis.connect();
  try {
    await redis.del([...keys]);
  } finally {
    await redis.close();
  }
}

/**
 * A CP14 dated March 2, 2026 (for a server whose today is in March 2026) to the consent question, with
 * the person's own details; `method` is asked only when they give both an email and a mobile number.
 */
export function cp14ToConsent(person: {
  name: string;
  contact: string;
  method?: string;
  description?: string;
}): string[] {
  return [
    'CP14',
    '3/2/2026',
    'yes',
    '$1,200',
    'no',
    'Book a consultation',
    person.name,
    person.contact,
    ...(person.method ? [person.method] : []),
    'any time',
    person.description ?? 'skip',
    'all',
  ];
}
