import type { StaffIntake } from './staff-intake.ts';

/*
 * Intakes as CSV for staff spreadsheets (RFC 4180: a header row, CRLF, fields quoted when they hold a
 * comma, quote or line break, quotes doubled). A text cell that starts like a formula is prefixed with an
 * apostrophe, so a description typed as "=HYPERLINK(…)" stays text when the file is opened.
 */

type Cell = string | number | boolean | null | undefined;
type Column = readonly [header: string, value: (row: StaffIntake) => Cell];

const LIST_SEPARATOR = '; ';
/** Notes are sentences with their own semicolons: each on its line within the cell. */
const NOTE_SEPARATOR = '\n';

function daysLeftToFirst(row: StaffIntake): number | undefined {
  const first = row.intake.deadlines[0];
  return first === undefined ? undefined : row.daysLeft[first.id];
}

const COLUMNS: readonly Column[] = [
  ['id', (r) => r.intake.id],
  ['created_at', (r) => r.intake.createdAt],
  ['status', (r) => r.intake.status],
  ['urgency', (r) => r.intake.urgency],
  ['name', (r) => r.intake.contact?.name],
  ['email', (r) => r.intake.contact?.email],
  ['mobile', (r) => r.intake.contact?.mobile],
  ['preferred_contact', (r) => r.intake.preferredContact?.method],
  ['preferred_times', (r) => r.intake.preferredContact?.times],
  ['notice_code', (r) => r.intake.notice.code],
  ['notice_title', (r) => r.intake.notice.title],
  ['notice_date', (r) => r.intake.notice.date],
  ['tax_year', (r) => r.intake.notice.taxYear],
  ['amount_due', (r) => r.intake.notice.amountDue],
  ['agreement', (r) => r.intake.agreement],
  ['next_deadline', (r) => r.intake.deadlines[0]?.label],
  ['next_deadline_date', (r) => r.intake.deadlines[0]?.date],
  ['next_deadline_days_left', (r) => daysLeftToFirst(r)],
  [
    'deadlines',
    (r) =>
      r.intake.deadlines
        .map((d) => `${d.id} ${d.date}${d.estimate ? ' (estimate)' : ''}`)
        .join(LIST_SEPARATOR),
  ],
  ['options', (r) => r.intake.options.map((o) => o.title).join(LIST_SEPARATOR)],
  ['documents_in_hand', (r) => checklist(r, true)],
  ['documents_missing', (r) => checklist(r, false)],
  ['scam_flags', (r) => r.intake.scamFlags.join(LIST_SEPARATOR)],
  ['description', (r) => r.intake.description],
  ['channel', (r) => r.intake.channel],
  ['consent_at', (r) => r.intake.consent.at],
  ['disclaimer_version', (r) => r.intake.consent.disclaimerVersion],
  ['delivery_event', (r) => r.delivery.event],
  ['delivery_state', (r) => r.delivery.state],
  ['delivery_attempts', (r) => r.delivery.attempts],
  ['delivery_last_error', (r) => r.delivery.lastError],
  ['delivered_at', (r) => r.delivery.deliveredAt],
  ['handling', (r) => r.handling.state],
  ['handling_changed_by', (r) => r.handling.changedBy],
  ['handling_changed_at', (r) => r.handling.changedAt],
  ['notes', (r) => r.notes.map((n) => `${n.at} ${n.by}: ${n.text}`).join(NOTE_SEPARATOR)],
];

export const CSV_HEADERS: readonly string[] = COLUMNS.map(([header]) => header);

function checklist(row: StaffIntake, have: boolean): string {
  return row.intake.checklist
    .filter((item) => item.have === have)
    .map((item) => item.id)
    .join(LIST_SEPARATOR);
}

const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : String(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function intakesToCsv(rows: readonly StaffIntake[]): string {
  const lines = [CSV_HEADERS, ...rows.map((row) => COLUMNS.map(([, value]) => value(row)))];
  return lines.map((cells) => cells.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
