import { afterAll, describe, expect, it } from 'vitest';
import { NoticeReader, READING_LIMITS } from '../../src/reading/notice-reader.ts';
import { hasService } from '../support/services.ts';
import { FIELDS, scoreReading, tally, type Field, type Outcome } from './support/accuracy.ts';
import { NOTICE_PAGES, PHOTO_VARIANTS, TURNED_PHOTO_VARIANTS } from './support/notice-pages.ts';
import {
  FixtureRenderer,
  MEDIA_TYPE_OF,
  renderingName,
  type Rendering,
} from './support/rendered-fixtures.ts';

/*
 * Every layout as a PDF (text layer) and as a clean PNG; the photo variants on two layouts (a CP notice and
 * an LT letter), the photos that are not upright on the CP notice, to keep the run short on a shared
 * machine. `npm run bench:reading` measures the full matrix.
 */
const MATRIX = [
  ...NOTICE_PAGES.flatMap((_, layout) => [case_(layout, 'pdf'), case_(layout, 'png')]),
  ...[0, 2].flatMap((layout) => PHOTO_VARIANTS.map((rendering) => case_(layout, rendering))),
  ...TURNED_PHOTO_VARIANTS.map((rendering) => case_(0, rendering)),
  case_(3, 'scanned-pdf'),
];
const TURNED = new Set(TURNED_PHOTO_VARIANTS.map(renderingName));

function case_(layout: number, rendering: Rendering) {
  return { layout, rendering, name: `${NOTICE_PAGES[layout]!.name} as ${renderingName(rendering)}` };
}

describe.skipIf(!(await hasService('chromium')))('reading rendered notices', () => {
  const renderer = new FixtureRenderer();
  const reader = new NoticeReader({ ...READING_LIMITS, threads: 1, queueLimit: 100, timeoutMs: 60_000 });
  const scores: { variant: string; score: Record<Field, Outcome> }[] = [];
  afterAll(async () => {
    await renderer.close();
    await reader.close();
  });

  it.each(MATRIX)(
    '$name',
    async ({ layout, rendering }) => {
      const notice = NOTICE_PAGES[layout]!;
      const bytes = await renderer.render(notice, rendering);
      const result = await reader.read(bytes, MEDIA_TYPE_OF(rendering));
      const reading = result.ok ? result.reading : undefined;
      const score = scoreReading(notice, reading);
      const variant = renderingName(rendering);
      scores.push({ variant, score });
      for (const secret of notice.secrets) expect(JSON.stringify(result)).not.toContain(secret);
      // Nothing is ever read wrongly with confidence; clean pages and text layers read every field surely,
      // a tilted photo every field (some perhaps to be confirmed), and so does a photo taken sideways or
      // upside down, whether the phone wrote an EXIF orientation or not.
      expect(Object.values(score)).not.toContain('wrong-confident');
      if (variant === 'pdf' || variant === 'png')
        expect(score).toEqual(Object.fromEntries(FIELDS.map((f) => [f, 'right'])));
      if (variant === 'tilted' || TURNED.has(variant))
        for (const outcome of Object.values(score)) expect(['right', 'right-asked']).toContain(outcome);
    },
    120_000,
  );

  it('reads most fields of phone photos without asking', () => {
    const photos = tally(scores.filter((s) => s.variant === 'phone photo').map((s) => s.score));
    const right = FIELDS.reduce((n, f) => n + photos[f].right, 0);
    const total = FIELDS.reduce((n, f) => n + Object.values(photos[f]).reduce((a, b) => a + b, 0), 0);
    expect(total).toBeGreaterThan(0);
    expect(right / total).toBeGreaterThanOrEqual(0.8);
  });
});
