import { z } from 'zod';
import { normalizeMobile, type ContactMethod } from '../../intake/intake-schema.ts';

/** Answers the consultation questions accept; each failure code has a hint in copy.ts. */
export type IntakeParse<T> = { ok: true; value: T } | { ok: false; code: string };

const MAX_NAME_CHARS = 120;
const EMAIL_TOKEN = /[^\s<>(),;:]+@[^\s<>(),;:]+\.[^\s<>(),;:]+/g;
/** Runs of digits with the punctuation people put in phone numbers. */
const PHONE_TOKEN = /\+?\d[\d\s().-]{6,}\d/g;
// English and Spanish (the Spanish buttons send "Omitir", "Todos", "Ninguno", "Mensaje de texto"…).
const SKIP =
  /^(?:skip|no|none|nothing|n\/a|na|no thanks|not really|pass|-|omitir|saltar|nada|no,? gracias|paso)$/i;

/** A person's name: letters required, no long digit runs (those are numbers, not names). */
export function parseName(text: string): IntakeParse<string> {
  const name = text.trim().replace(/\s+/g, ' ');
  if (name === '') return { ok: false, code: 'empty' };
  if (name.length > MAX_NAME_CHARS || !/\p{L}/u.test(name) || /\d{3,}/.test(name)) {
    return { ok: false, code: 'not_a_name' };
  }
  return { ok: true, value: name.replace(/^(?:my name is|i am|i'm|im|it's|its|this is)\s+/i, '') };
}

export const ContactDetailsSchema = z.strictObject({
  email: z.string().optional(),
  mobile: z.string().optional(),
});
export type ContactDetails = z.infer<typeof ContactDetailsSchema>;

/** An email address and/or a mobile number, in one message; either is enough. */
export function parseContact(text: string): IntakeParse<ContactDetails> {
  if (text.trim() === '') return { ok: false, code: 'empty' };
  const emails = [...text.matchAll(EMAIL_TOKEN)].map((m) => m[0].replace(/[.]+$/, ''));
  const withoutEmails = text.replace(EMAIL_TOKEN, ' ');
  const phones = [...withoutEmails.matchAll(PHONE_TOKEN)].map((m) => m[0]);
  if (emails.length > 1 || phones.length > 1) return { ok: false, code: 'too_many' };
  const email = emails[0];
  if (email !== undefined && !z.email().safeParse(email).success) return { ok: false, code: 'bad_email' };
  const mobile = phones[0] === undefined ? undefined : normalizeMobile(phones[0]);
  if (phones[0] !== undefined && mobile === undefined) return { ok: false, code: 'bad_mobile' };
  if (email === undefined && mobile === undefined) return { ok: false, code: 'no_contact' };
  return {
    ok: true,
    value: { ...(email ? { email: email.toLowerCase() } : {}), ...(mobile ? { mobile } : {}) },
  };
}

const METHOD_WORDS: readonly (readonly [RegExp, ContactMethod])[] = [
  [/\b(?:e-?mail|mail|correo(?: electr[oó]nico)?)(?![\p{L}])/iu, 'email'],
  [/\b(?:text|sms|message|txt|mensajes?(?: de texto)?|texto)\b/i, 'text'],
  [/\b(?:call|phone|ring|voice|llamada|llamar|llamen|tel[eé]fono)(?![\p{L}])/iu, 'phone'],
];

/** How to be contacted, among the methods the details given allow. */
export function parseContactMethod(
  text: string,
  allowed: readonly ContactMethod[],
): IntakeParse<ContactMethod> {
  const found = METHOD_WORDS.filter(([pattern]) => pattern.test(text)).map(([, method]) => method);
  const unique = [...new Set(found)];
  if (unique.length !== 1 || unique[0] === undefined) return { ok: false, code: 'not_understood' };
  if (!allowed.includes(unique[0])) return { ok: false, code: 'not_available' };
  return { ok: true, value: unique[0] };
}

/** Free text a person may skip ("skip", "no"); undefined when skipped. */
export function parseOptionalText(text: string, maxChars: number): IntakeParse<string | undefined> {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, code: 'empty' };
  if (SKIP.test(trimmed)) return { ok: true, value: undefined };
  if (trimmed.length > maxChars) return { ok: false, code: 'too_long' };
  return { ok: true, value: trimmed };
}

/** "1, 3", "all", "none": which numbered checklist items a person has. */
export function parseChecklistSelection(text: string, count: number): IntakeParse<boolean[]> {
  const trimmed = text.trim().toLowerCase();
  if (trimmed === '') return { ok: false, code: 'empty' };
  if (/^(?:all|all of them|everything|yes all|todos|todo|todos ellos|s[ií],? todos)$/.test(trimmed))
    return { ok: true, value: Array.from({ length: count }, () => true) };
  if (/^(?:none|none of them|nothing|no|0|ninguno|ninguna|nada)$/.test(trimmed))
    return { ok: true, value: Array.from({ length: count }, () => false) };
  if (!/^[\d\s,andy&]+$/.test(trimmed)) return { ok: false, code: 'not_understood' };
  const numbers = (trimmed.match(/\d+/g) ?? []).map(Number);
  if (numbers.length === 0 || numbers.some((n) => n < 1 || n > count))
    return { ok: false, code: 'out_of_range' };
  return { ok: true, value: Array.from({ length: count }, (_, i) => numbers.includes(i + 1)) };
}
