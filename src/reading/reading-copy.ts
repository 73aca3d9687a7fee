import type { ReadFailureCode } from './notice-reader.ts';

/** What a person is told when their file was not read, by reason; the typed path is always open. */
export const READ_FAILURE_MESSAGES: Readonly<Record<ReadFailureCode, string>> = {
  too_large: 'That file is over 10 MB. A photo of the first page of the notice is enough.',
  too_many_pixels: 'That picture is too large to read (over 40 megapixels). A normal phone photo works best.',
  too_many_pages: 'That PDF has more than 4 pages. The first page of the notice is enough.',
  unsupported_type:
    'I can read a photo (JPEG or PNG) or a PDF of the notice. HEIC photos: share them as JPEG.',
  type_mismatch: "That file is not what it says it is (its name or type doesn't match its contents).",
  encrypted: 'That PDF is protected with a password, so I cannot open it.',
  unreadable: 'I could not open that file; it may be damaged.',
  not_a_notice:
    "I couldn't find an IRS notice code or notice date on that page. If it is a notice, try a sharper photo of the first page, or type the code.",
  timeout: 'Reading that file took too long. Try a photo of just the first page.',
  busy: 'Many files are being read right now. Please try again in a moment.',
};
