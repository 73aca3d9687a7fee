import { noticeCatalogData } from './notice-catalog.data.ts';
import { NoticeSchema, type Notice } from './notice-schema.ts';

export type NoticeCatalog = {
  /** Every notice, in catalog order. */
  notices: readonly Notice[];
  /** Canonical key (see `codeToKey`) of every code and alias → its notice. */
  byKey: ReadonlyMap<string, Notice>;
};

/** A canonical key: prefix (`CP`, `LT`, or `L` for letters), number without leading zeros, optional letter. */
const NOTICE_KEY_PATTERN = /^(CP|LT|L)([1-9]\d*)([A-Z]?)$/;

const LETTER_CODE_PREFIX = 'Letter ';
const LETTER_KEY_PREFIX = 'L';

/** Canonical key of a display code: `CP14` → `CP14`, `Letter 1058` → `L1058`. */
export function codeToKey(code: string): string {
  return code.startsWith(LETTER_CODE_PREFIX)
    ? LETTER_KEY_PREFIX + code.slice(LETTER_CODE_PREFIX.length)
    : code;
}

/**
 * Validates raw catalog entries and the rules that span fields or entries. Bad data is a bug in the
 * catalog, so it throws, naming the entry and the field.
 */
export function loadNoticeCatalog(raw: readonly unknown[]): NoticeCatalog {
  const notices = raw.map((entry, index) => deepFreeze(parseEntry(entry, index)));
  const byKey = new Map<string, Notice>();
  notices.forEach((notice, index) => {
    checkEntry(notice, index);
    for (const key of [codeToKey(notice.code), ...notice.aliases]) {
      const other = byKey.get(key);
      if (other) fail(index, notice.code, 'aliases', `key ${key} is already used by ${other.code}`);
      byKey.set(key, notice);
    }
  });
  return { notices, byKey };
}

function parseEntry(entry: unknown, index: number): Notice {
  const result = NoticeSchema.safeParse(entry);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue && issue.path.length > 0 ? issue.path.join('.') : '(entry)';
  fail(index, rawCode(entry), field, issue?.message ?? 'invalid');
}

function checkEntry(notice: Notice, index: number): void {
  const ownKey = codeToKey(notice.code);
  for (const alias of notice.aliases) {
    if (!NOTICE_KEY_PATTERN.test(alias))
      fail(index, notice.code, 'aliases', `${alias} is not a canonical key`);
    if (alias === ownKey) fail(index, notice.code, 'aliases', `${alias} repeats the notice's own code`);
  }
  const ids = notice.deadlines.map((deadline) => deadline.id);
  const duplicate = ids.find((id, position) => ids.indexOf(id) !== position);
  if (duplicate) fail(index, notice.code, 'deadlines', `deadline ${duplicate} appears twice`);
  if (notice.noticeAndDemand !== ids.includes('pay-interest-free')) {
    fail(index, notice.code, 'noticeAndDemand', 'must be true exactly when the notice has pay-interest-free');
  }
  // A CDP notice always leaves the later equivalent hearing open, counted from the same trigger.
  const triggers = (id: 'cdp-hearing' | 'equivalent-hearing') =>
    notice.deadlines.flatMap((deadline) => (deadline.id === id ? [deadline.trigger] : []));
  if (triggers('cdp-hearing').join() !== triggers('equivalent-hearing').join()) {
    fail(
      index,
      notice.code,
      'deadlines',
      'cdp-hearing and equivalent-hearing must come together with one trigger',
    );
  }
}

function rawCode(entry: unknown): string {
  if (typeof entry === 'object' && entry !== null && 'code' in entry && typeof entry.code === 'string') {
    return entry.code;
  }
  return '?';
}

function fail(index: number, code: string, field: string, message: string): never {
  throw new Error(`Notice catalog entry ${index} (${code}), field ${field}: ${message}`);
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

export const noticeCatalog: NoticeCatalog = loadNoticeCatalog(noticeCatalogData);
