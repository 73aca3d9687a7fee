import { createHash } from 'node:crypto';
import { messages } from '../catalog/catalog.ts';
import type { Locale } from '../catalog/locale.ts';
import { wordedResult } from '../catalog/worded-result.ts';
import type { TriageResult } from '../knowledge/triage.ts';

const STYLE = `body{font:16px/1.5 system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#1b1f24;overflow-wrap:anywhere}
h1{font-size:1.5rem}h2{font-size:1.15rem;margin-top:1.75rem;border-bottom:1px solid #d0d7de}
.deadline{border-left:4px solid #0b3d91;padding:.25rem .75rem;margin:.75rem 0}.passed{border-color:#8c959f}
.small{font-size:.875rem;color:#57606a}@media print{a{color:inherit}.noprint{display:none}}`;

/** The page's only style, allowed by hash so the Content-Security-Policy needs no 'unsafe-inline'. */
export const SUMMARY_STYLE_HASH = `sha256-${createHash('sha256').update(STYLE).digest('base64')}`;

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A printable summary of a result: deadlines, options, checklist, warnings, sources and the disclaimer. */
export function caseSummaryPage(knowledgeResult: TriageResult, locale: Locale, disclaimer: string): string {
  const e = escapeHtml;
  const result = wordedResult(knowledgeResult, locale);
  const words = messages(locale);
  const date = words.format.longDate;
  const deadlines = result.deadlines.length
    ? result.deadlines
        .map(
          (
            d,
          ) => `<div class="deadline${d.passed ? ' passed' : ''}"><strong>${e(date(d.date))}</strong> (${e(words.result.daysLeft(d))})<br>
${e(d.label)}<br><span class="small">${e(words.result.protects(d.protects))}<br>${e(words.result.ifMissed(d.ifMissed))}<br>${e(words.result.basis(d.basis))} (<a href="${e(d.sourceUrl)}">${e(words.summaryPage.source)}</a>)</span></div>`,
        )
        .join('\n')
    : `<p>${e(words.result.noDeadline)}</p>`;
  const sources = result.notice.sources.map(
    (s) => `<li><a href="${e(s.url)}">${e(s.url)}</a>: ${e(s.supports)}</li>`,
  );
  return `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${e(words.summaryPage.title(result.notice.code))}</title><style>${STYLE}</style></head>
<body>
<h1>${e(result.notice.code)}: ${e(result.notice.title)}</h1>
<p>${e(words.summaryPage.dated(date(result.noticeDate), date(result.asOf)))}</p>
<p>${e(result.notice.meaning)}</p>
<h2>${e(words.result.deadlines)}</h2>
${deadlines}
<p class="small">${e(words.result.deadlineNotes['printed-date-governs'])}</p>
<h2>${e(words.result.options)}</h2>
<ol>${result.options.map((o) => `<li>${e(o.title)}</li>`).join('')}</ol>
<h2>${e(words.result.checklist)}</h2>
<ul>${result.checklist.map((c) => `<li>${e(c.item)}</li>`).join('')}</ul>
<h2>${e(words.result.alerts)}</h2>
<ul>${result.warnings.map((w) => `<li>${e(w.message)}</li>`).join('')}</ul>
<h2>${e(words.result.sources)}</h2>
<ul>${sources.join('')}</ul>
<p class="small">${e(disclaimer)}</p>
</body></html>`;
}

/** A short page of plain paragraphs in the same style (expired links, privacy, terms). */
export function infoPage(page: { title: string; paragraphs: readonly string[] }, locale: Locale): string {
  const e = escapeHtml;
  return `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${e(page.title)}</title><style>${STYLE}</style></head>
<body><h1>${e(page.title)}</h1>${page.paragraphs.map((p) => `<p>${e(p)}</p>`).join('')}</body></html>`;
}

export function expiredCasePage(locale: Locale): string {
  return infoPage(messages(locale).summaryPage.expired, locale);
}

export function unavailableCasePage(locale: Locale): string {
  return infoPage(messages(locale).summaryPage.unavailable, locale);
}
