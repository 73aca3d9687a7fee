import { createHash } from 'node:crypto';
import { STAFF_LANG_TAG, staffWords as w } from '../../catalog/staff.ts';
import { UrgencySchema } from '../../knowledge/notices/notice-schema.ts';
import {
  DELIVERY_STATES,
  HANDLING_STATES,
  referenceOf,
  type IntakeListQuery,
} from '../../intake/intake-store.ts';
import type { StaffIntake } from '../../intake/staff-intake.ts';
import type { AlertStatus } from '../../intake/intake-alerts.ts';

/*
 * The firm's desk as plain server-rendered HTML: no script, one hashed style (so the
 * Content-Security-Policy allows nothing inline), a table on a laptop that becomes cards on a phone.
 */

const STYLE = `body{font:16px/1.5 system-ui,sans-serif;max-width:72rem;margin:1.5rem auto;padding:0 1rem;color:#1b1f24}
h1{font-size:1.5rem}h2{font-size:1.15rem;margin-top:1.75rem;border-bottom:1px solid #d0d7de}
a{color:#0b3d91}header{display:flex;flex-wrap:wrap;gap:1rem;align-items:center;justify-content:space-between}
form.filters{display:flex;flex-wrap:wrap;gap:.75rem;align-items:flex-end;margin:1rem 0}
label{display:flex;flex-direction:column;font-size:.875rem}input,select,textarea,button{font:inherit;padding:.35rem .5rem}
button{background:#0b3d91;color:#fff;border:0;border-radius:4px;cursor:pointer}
table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.5rem;border-bottom:1px solid #d0d7de;vertical-align:top}
caption{text-align:left;color:#57606a;font-size:.875rem}dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem}
dt{font-weight:600}dd{margin:0}.small{font-size:.875rem;color:#57606a}.error{color:#a40e26}
.notes li{margin:.5rem 0}textarea{width:100%;max-width:40rem}
@media (max-width:40rem){thead{position:absolute;left:-9999px}tr{display:block;border:1px solid #d0d7de;margin:.75rem 0;padding:.5rem}
td{display:block;border:0;padding:.15rem 0}td::before{content:attr(data-label) ": ";font-weight:600}dl{grid-template-columns:1fr}}`;

export const STAFF_STYLE_HASH = `sha256-${createHash('sha256').update(STYLE).digest('base64')}`;

function e(text: string | number): string {
  return String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function page(title: string, body: string): string {
  return `<!doctype html><html lang="${STAFF_LANG_TAG}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1"><title>${e(title)}</title><style>${STYLE}</style></head>
<body>${body}</body></html>`;
}

function when(iso: string): string {
  return `${w.format.date(iso.slice(0, 10))} ${iso.slice(11, 16)} UTC`;
}

function csrfField(csrf: string): string {
  return `<input type="hidden" name="csrf" value="${e(csrf)}">`;
}

function select(
  name: string,
  label: string,
  values: readonly string[],
  words: Readonly<Record<string, string>>,
  chosen: string | undefined,
): string {
  const options = [`<option value="">${e(w.inbox.any)}</option>`]
    .concat(
      values.map(
        (v) => `<option value="${e(v)}"${v === chosen ? ' selected' : ''}>${e(words[v] ?? v)}</option>`,
      ),
    )
    .join('');
  return `<label>${e(label)}<select name="${name}">${options}</select></label>`;
}

function nearest(row: StaffIntake): string {
  const first = row.intake.deadlines[0];
  if (!first) return e(w.inbox.noDeadline);
  const days = row.daysLeft[first.id] ?? 0;
  return `${e(w.format.date(first.date))} (${e(w.daysLeft(days))})`;
}

export type InboxView = {
  who: string;
  csrf: string;
  rows: readonly StaffIntake[];
  filters: Omit<IntakeListQuery, 'limit' | 'cursor'>;
  /** The query string of the next page, when there is one. */
  olderHref: string | undefined;
  /** Whether Teams alerts reach a channel; nothing is said when they are not set up. */
  alerts?: AlertStatus | undefined;
};

function alertLine(status: AlertStatus | undefined): string {
  if (!status) return '';
  const text = status.state === 'on' ? w.alerts.status.on[status.where] : w.alerts.status.off[status.reason];
  return `<p class="small" role="status">${e(text)}</p>`;
}

export function inboxPage(view: InboxView): string {
  const f = view.filters;
  const c = w.inbox.columns;
  const rows = view.rows
    .map((row) => {
      const reference = referenceOf(row.intake.id);
      const cells: [string, string][] = [
        [c.reference, `<a href="/staff/intakes/${e(row.intake.id)}">${e(reference)}</a>`],
        [c.received, e(when(row.intake.createdAt))],
        [c.name, e(row.intake.contact?.name ?? w.inbox.deleted)],
        [c.notice, e(row.intake.notice.code)],
        [c.urgency, e(w.urgency[row.intake.urgency])],
        [c.deadline, nearest(row)],
        [c.handling, e(w.handling[row.handling.state])],
        [c.delivery, e(w.delivery[row.delivery.state])],
      ];
      return `<tr>${cells.map(([label, html]) => `<td data-label="${e(label)}">${html}</td>`).join('')}</tr>`;
    })
    .join('');
  const table = view.rows.length
    ? `<table><caption>${e(w.inbox.caption)}</caption><thead><tr>${Object.values(c)
        .map((h) => `<th scope="col">${e(h)}</th>`)
        .join('')}</tr></thead><tbody>${rows}</tbody></table>`
    : `<p>${e(w.inbox.none)}</p>`;
  return page(
    w.inbox.title,
    `<header><h1>${e(w.inbox.title)}</h1><div><span class="small">${e(w.inbox.signedInAs(view.who))}</span>
<form method="post" action="/staff/logout">${csrfField(view.csrf)}<button type="submit">${e(w.inbox.signOut)}</button></form></div></header>
<main><form class="filters" method="get" action="/staff" role="search" aria-label="${e(w.inbox.filters)}">
<label>${e(w.inbox.search)}<input type="search" name="q" value="${e(f.q ?? '')}"></label>
${select('urgency', w.inbox.urgency, UrgencySchema.options, w.urgency, f.urgency)}
${select('handling', w.inbox.handling, HANDLING_STATES, w.handling, f.handling)}
${select('delivery', w.inbox.delivery, DELIVERY_STATES, w.delivery, f.delivery)}
<label>${e(w.inbox.since)}<input type="date" name="since" value="${e(f.since?.toISOString().slice(0, 10) ?? '')}"></label>
<button type="submit">${e(w.inbox.apply)}</button> <a href="/staff">${e(w.inbox.clear)}</a></form>
${alertLine(view.alerts)}${table}${view.olderHref ? `<p><a href="/staff?${e(view.olderHref)}">${e(w.inbox.older)}</a></p>` : ''}</main>`,
  );
}

function list(pairs: readonly [string, string | number | undefined | null][]): string {
  return `<dl>${pairs
    .filter(
      (pair): pair is [string, string | number] =>
        pair[1] !== undefined && pair[1] !== null && pair[1] !== '',
    )
    .map(([term, value]) => `<dt>${e(term)}</dt><dd>${e(value)}</dd>`)
    .join('')}</dl>`;
}

export function intakePage(row: StaffIntake, csrf: string): string {
  const r = row.intake;
  const t = w.intake;
  const reference = referenceOf(r.id);
  const person = r.contact
    ? list([
        [t.name, r.contact.name],
        [t.email, r.contact.email],
        [t.mobile, r.contact.mobile],
        [t.preferred, r.preferredContact ? t.contactMethod[r.preferredContact.method] : undefined],
        [t.times, r.preferredContact?.times],
        [t.language, r.locale ? w.language[r.locale] : undefined],
        [t.description, r.description],
      ])
    : `<p>${e(t.deletedDetails)}</p>`;
  const notice = list([
    [t.code, [r.notice.code, r.notice.title].filter(Boolean).join(': ')],
    [t.noticeDate, w.format.longDate(r.notice.date)],
    [t.taxYear, r.notice.taxYear],
    [t.amountDue, r.notice.amountDue === undefined ? undefined : w.format.money(r.notice.amountDue)],
    [t.agreement, r.agreement],
    [t.urgencyLabel, w.urgency[r.urgency]],
    [t.scamFlags, r.scamFlags.join(', ')],
    [t.readFromDocument, r.notice.readFromDocument ? '✓' : undefined],
    [t.received, when(r.createdAt)],
    [t.reference, reference],
    [t.channel, r.channel],
    [t.consent, when(r.consent.at)],
  ]);
  const deadlines = r.deadlines
    .map(
      (d) =>
        `<li><strong>${e(w.format.longDate(d.date))}</strong> (${e(w.daysLeft(row.daysLeft[d.id] ?? 0))}${d.estimate ? `, ${e(t.estimate)}` : ''}): ${e(d.label)}<br><span class="small">${e(d.basis)} <a href="${e(d.sourceUrl)}">${e(t.source)}</a></span></li>`,
    )
    .join('');
  const have = (value: boolean | null) => (value === null ? t.have.unknown : value ? t.have.yes : t.have.no);
  const delivery = row.delivery;
  const handling = row.handling;
  const handlingOptions = HANDLING_STATES.map(
    (state) =>
      `<option value="${state}"${state === handling.state ? ' selected' : ''}>${e(w.handling[state])}</option>`,
  ).join('');
  const notes = row.notes.length
    ? `<ul class="notes">${row.notes.map((n) => `<li><span class="small">${e(n.by)}, ${e(when(n.at))}</span><br>${e(n.text)}</li>`).join('')}</ul>`
    : `<p>${e(t.noNotes)}</p>`;
  return page(
    t.title(reference),
    `<p><a href="/staff">${e(t.back)}</a></p><main><h1>${e(t.title(reference))}</h1>
<h2>${e(t.person)}</h2>${person}
<h2>${e(t.notice)}</h2>${notice}
<h2>${e(t.deadlines)}</h2><ul>${deadlines}</ul>
<h2>${e(t.options)}</h2><ul>${r.options.map((o) => `<li>${e(o.title)}</li>`).join('')}</ul>
<h2>${e(t.checklist)}</h2><ul>${r.checklist.map((c) => `<li>${e(c.item)}: ${e(have(c.have))}</li>`).join('')}</ul>
<h2>${e(t.deliveryTitle)}</h2>
<p><strong>${e(w.delivery[delivery.state])}</strong> (${e(t.attempts(delivery.attempts))})</p>
${list([
  [t.lastError, delivery.lastError],
  [t.deliveredAt, delivery.deliveredAt ? when(delivery.deliveredAt) : undefined],
])}
${delivery.state === 'dead' ? `<form method="post" action="/staff/intakes/${e(r.id)}/redeliver">${csrfField(csrf)}<button type="submit">${e(t.sendAgain)}</button></form>` : ''}
<h2>${e(t.handlingTitle)}</h2>
<p><strong>${e(w.handling[handling.state])}</strong>. <span class="small">${e(
      handling.changedBy && handling.changedAt
        ? t.changedBy(handling.changedBy, when(handling.changedAt))
        : t.notChanged,
    )}</span></p>
<form method="post" action="/staff/intakes/${e(r.id)}">${csrfField(csrf)}
<label>${e(t.state)}<select name="handling">${handlingOptions}</select></label>
<label>${e(t.note)}<textarea name="note" rows="3" maxlength="2000"></textarea></label>
<p><button type="submit">${e(t.save)}</button></p></form>
<h2>${e(t.notes)}</h2>${notes}</main>`,
  );
}

/** A short page: an error with what to do, or "signed out", with an optional link onwards. */
export function messagePage(
  title: string,
  lines: readonly string[],
  link?: { href: string; text: string },
): string {
  return page(
    title,
    `<main><h1>${e(title)}</h1>${lines.map((line) => `<p>${e(line)}</p>`).join('')}${
      link ? `<p><a href="${e(link.href)}">${e(link.text)}</a></p>` : ''
    }</main>`,
  );
}
