import { messages } from '../catalog/catalog.ts';
import type { Locale } from '../catalog/locale.ts';
import { money } from './parsing/read-facts.ts';
import type { TriageAnswers } from './triage-state.ts';

/** Says back in one line what is known: "CP501 dated November 20, 2026, $4,402.03, you agree". */
export function describeFacts(answers: TriageAnswers, locale: Locale): string {
  const { dialog, format } = messages(locale);
  const words = dialog.summary;
  const { date } = format;
  const parts: string[] = [];
  const head = [answers.noticeCode, answers.noticeDate && words.dated(date(answers.noticeDate))].filter(
    Boolean,
  );
  if (head.length > 0) parts.push(head.join(' '));
  for (const p of answers.printed ?? []) parts.push(`${words.printed[p.label]} ${date(p.date)}`);
  if (answers.lienFilingDate !== undefined) parts.push(words.lienFiled(date(answers.lienFilingDate)));
  if (answers.taxYear !== undefined) parts.push(words.taxYear(answers.taxYear));
  if (answers.amountDue !== undefined) parts.push(money(answers.amountDue));
  if (answers.alreadyPaid) parts.push(words.alreadyPaid);
  else if (answers.agrees)
    parts.push({ yes: words.agree, no: words.disagree, unsure: words.unsure }[answers.agrees]);
  if (answers.canPayInFull !== undefined) parts.push(answers.canPayInFull ? words.canPay : words.cannotPay);
  if (answers.addressOutsideUS !== undefined)
    parts.push(answers.addressOutsideUS ? words.abroad : words.inUS);
  return parts.join(', ');
}
