import { messages } from '../catalog/catalog.ts';
import type { InputRail, InputRailVerdict } from './verdict.ts';
import { allow } from './verdict.ts';

/** Long enough for any real question about a notice; short enough to bound the work of every later rail. */
export const DEFAULT_MAX_MESSAGE_CHARS = 2000;

export type SizeLimitSettings = { maxChars: number };

/**
 * Counts characters as people do (code points), so an emoji written as a surrogate pair counts once.
 * Stops counting as soon as the limit is passed, so a huge message costs no more than a long one.
 */
export function exceedsCharLimit(text: string, maxChars: number): boolean {
  // A UTF-16 length within the limit means the code-point count is too.
  if (text.length <= maxChars) return false;
  let count = 0;
  for (let i = 0; i < text.length; i += (text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1) {
    count += 1;
    if (count > maxChars) return true;
  }
  return false;
}

export function createSizeLimitRail(
  settings: SizeLimitSettings = { maxChars: DEFAULT_MAX_MESSAGE_CHARS },
): InputRail {
  if (!Number.isInteger(settings.maxChars) || settings.maxChars < 1) {
    throw new RangeError(`maxChars must be a positive integer, got ${settings.maxChars}`);
  }
  return {
    name: 'size-limit',
    run(context): InputRailVerdict {
      if (!exceedsCharLimit(context.text, settings.maxChars)) return allow();
      return {
        action: 'block',
        code: 'too_long',
        detail: `more than ${settings.maxChars} characters`,
        reply: { route: 'refusal', text: messages(context.locale).dialog.blockedTooLong(settings.maxChars) },
      };
    },
  };
}
