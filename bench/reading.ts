import { NoticeReader, READING_LIMITS } from '../src/reading/notice-reader.ts';
import { FIELDS, scoreReading, tally, type Field, type Outcome } from '../test/reading/support/accuracy.ts';
import { NOTICE_PAGES, PHOTO_VARIANTS, TURNED_PHOTO_VARIANTS } from '../test/reading/support/notice-pages.ts';
import {
  FixtureRenderer,
  MEDIA_TYPE_OF,
  renderingName,
  type Rendering,
} from '../test/reading/support/rendered-fixtures.ts';

/*
 * `npm run bench:reading`: every notice layout in every rendering (clean PNG, tilted, phone photo and blurred
 * JPEG, photos turned sideways or upside down with and without EXIF, PDF with a text layer, scanned PDF) read by one reading thread, one page at a time. Prints the
 * accuracy per field and rendering, time per page (p50/p99) and pages per second per core by kind, the
 * memory high-water mark, and the targets of issue 16 as PASS/FAIL lines. Needs Chromium (CHROMIUM_PATH) to
 * render the pages; they are cached in the temp directory. READING_BENCH_ROUNDS repeats every read.
 */

const ROUNDS = Math.max(1, Number(process.env.READING_BENCH_ROUNDS ?? '1'));
const RENDERINGS: Rendering[] = ['png', ...PHOTO_VARIANTS, ...TURNED_PHOTO_VARIANTS, 'pdf', 'scanned-pdf'];
const KIND_OF = (rendering: Rendering): string =>
  rendering === 'png'
    ? 'PNG'
    : typeof rendering === 'object'
      ? rendering.turnDeg
        ? 'turned photo'
        : 'photo JPEG'
      : rendering === 'pdf'
        ? 'text PDF'
        : 'scanned PDF';
const TARGET_MS: Record<string, number> = { 'photo JPEG': 2000, 'text PDF': 200 };

const renderer = new FixtureRenderer();
const fixtures: { layout: number; rendering: Rendering; bytes: Buffer }[] = [];
for (const [layout, notice] of NOTICE_PAGES.entries())
  for (const rendering of RENDERINGS)
    fixtures.push({ layout, rendering, bytes: await renderer.render(notice, rendering) });
await renderer.close();

const reader = new NoticeReader({ ...READING_LIMITS, threads: 1, queueLimit: 1000, timeoutMs: 120_000 });
let peakRss = process.memoryUsage().rss;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);

// The first read starts the reading thread and loads the OCR engine; it is timed apart.
const warmStart = performance.now();
await reader.read(fixtures[0]!.bytes, MEDIA_TYPE_OF(fixtures[0]!.rendering));
const startupMs = performance.now() - warmStart;

const times = new Map<string, number[]>();
const scores = new Map<string, Record<Field, Outcome>[]>();
for (let round = 0; round < ROUNDS; round++) {
  for (const { layout, rendering, bytes } of fixtures) {
    const started = performance.now();
    const result = await reader.read(bytes, MEDIA_TYPE_OF(rendering));
    const elapsed = performance.now() - started;
    const kind = KIND_OF(rendering);
    times.set(kind, [...(times.get(kind) ?? []), elapsed]);
    const name = renderingName(rendering);
    const score = scoreReading(NOTICE_PAGES[layout]!, result.ok ? result.reading : undefined);
    if (round === 0) scores.set(name, [...(scores.get(name) ?? []), score]);
  }
}
clearInterval(sampler);
await reader.close();

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
console.log(
  `Reading notices: ${NOTICE_PAGES.length} layouts, ${ROUNDS} round(s), 1 reading thread; engine start ${Math.round(startupMs)} ms`,
);
console.log(
  '\nAccuracy per field (right = read and sure; asked = right but unsure, so confirmed; WRONG = wrong and sure):',
);
console.log(`  ${'rendering'.padEnd(13)}${FIELDS.map((f) => f.padEnd(22)).join('')}`);
let confidentlyWrong = 0;
for (const [name, list] of scores) {
  const counts = tally(list);
  const cells = FIELDS.map((f) => {
    const c = counts[f];
    confidentlyWrong += c['wrong-confident'];
    const asked = c['right-asked'] + c['wrong-asked'] + c.missing;
    return `${c.right}/${list.length}${asked ? ` (${asked} asked)` : ''}${c['wrong-confident'] ? ` ${c['wrong-confident']} WRONG` : ''}`.padEnd(
      22,
    );
  });
  console.log(`  ${name.padEnd(13)}${cells.join('')}`);
}
console.log('\nTime per page:');
const verdicts: string[] = [];
for (const [kind, list] of times) {
  const sorted = list.toSorted((a, b) => a - b);
  const mean = list.reduce((a, b) => a + b, 0) / list.length;
  const p50 = percentile(sorted, 50);
  console.log(
    `  ${kind.padEnd(12)} p50 ${Math.round(p50)} ms, p99 ${Math.round(percentile(sorted, 99))} ms, ${(1000 / mean).toFixed(2)} pages/s per core (${list.length} pages)`,
  );
  const target = TARGET_MS[kind];
  if (target !== undefined)
    verdicts.push(`${p50 < target ? 'PASS' : 'FAIL'} ${kind} p50 under ${target} ms (${Math.round(p50)} ms)`);
}
console.log(
  `\nMemory high-water mark (process RSS, reading thread included): ${Math.round(peakRss / 1024 / 1024)} MB`,
);
verdicts.push(
  `${confidentlyWrong === 0 ? 'PASS' : 'FAIL'} no field read wrongly with confidence (${confidentlyWrong})`,
);
console.log(`\n${verdicts.join('\n')}`);
