import { createHash } from 'node:crypto';
import { DEADLINE_NOTE_TEXT } from '../knowledge/deadlines/deadline-rules.ts';
import type { TriageResult } from '../knowledge/triage.ts';
import { daysLeftText, longDate } from './plain-text.ts';

const STYLE = `body{font:16px/1.5 system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#1b1f24}
h1{font-size:1.5rem}h2{font-size:1.15rem;margin-top:1.75rem;border-bottom:1px solid #d0d7de}
.deadline{border-left:4px solid #0b3d91;padding:.25rem .75rem;margin:.75rem 0}.passed{border-color:#8c959f}
.small{font-size:.875rem;color:#57606a}@media print{a{color:inherit}.noprint{display:none}}`;

/** The page's only style, allowed by hash so the Content-Security-Policy needs no 'unsafe-inline'. */
export const SUMMARY_STYLE_HASH = `sha256-${createHash('sha256').update(STYLE).digest('base64')}`;

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A printable summary of a result: deadlines, options, checklist, warnings, sources and the disclaimer. */
export function caseSummaryPage(result: TriageResult, disclaimer: string): string {
  const e = escapeHtml;
  const deadlines = result.deadlines.length
    ? result.deadlines
        .map(
          (
            d,
          ) => `<div class="deadline${d.passed ? ' passed' : ''}"><strong>${e(longDate(d.date))}</strong> (${e(daysLeftText(d))})<br>
${e(d.label)}<br><span class="small">Protects: ${e(d.protects)}<br>If missed: ${e(d.ifMissed)}<br>Basis: ${e(d.basis)} (<a href="${e(d.sourceUrl)}">source</a>)</span></div>`,
        )
        .join('\n')
    : '<p>No deadline can be worked out for this notice: go by the date printed on it.</p>';
  const sources = result.notice.sources.map(
    (s) => `<li><a href="${e(s.url)}">${e(s.url)}</a>: ${e(s.supports)}</li>`,
  );
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${e(result.notice.code)} summary: Notice Navigator</title><style>${STYLE}</style></head>
<body>
<h1>${e(result.notice.code)}: ${e(result.notice.title)}</h1>
<p>Notice dated ${e(longDate(result.noticeDate))}; computed on ${e(longDate(result.asOf))}.</p>
<p>${e(result.notice.meaning)}</p>
<h2>Deadlines</h2>
${deadlines}
<p class="small">${e(DEADLINE_NOTE_TEXT['printed-date-governs'])}</p>
<h2>What you can do, in order</h2>
<ol>${result.options.map((o) => `<li>${e(o.title)}</li>`).join('')}</ol>
<h2>Documents to gather</h2>
<ul>${result.checklist.map((c) => `<li>${e(c.item)}</li>`).join('')}</ul>
<h2>Watch out</h2>
<ul>${result.warnings.map((w) => `<li>${e(w.message)}</li>`).join('')}</ul>
<h2>Sources</h2>
<ul>${sources.join('')}</ul>
<p class="small">${e(disclaimer)}</p>
</body></html>`;
}

/** A short page of plain paragraphs in the same style (expired links, privacy, terms). */
export function infoPage(title: string, paragraphs: readonly string[]): string {
  const e = escapeHtml;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${e(title)}</title><style>${STYLE}</style></head>
<body><h1>${e(title)}</h1>${paragraphs.map((p) => `<p>${e(p)}</p>`).join('')}</body></html>`;
}

export function expiredCasePage(): string {
  return infoPage('This link has expired', [
    'Case links last a limited time and end when you delete your data. Start a new conversation to see your deadlines again.',
  ]);
}

export function unavailableCasePage(): string {
  return infoPage('Please try again in a moment', [
    'Your case could not be opened just now. Nothing is lost: reload this page in a minute or two.',
  ]);
}
