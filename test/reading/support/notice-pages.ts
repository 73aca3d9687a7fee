/**
 * IRS-like notice pages made in the test, so no binary fixture is committed: each layout is HTML modelled on
 * what the notices print (CP notices put a header block on the right; LT and numbered Letters print "Letter
 * date" and "Tax periods"), rendered in Chromium to PNG, photo-like JPEG variants and PDF.
 */
import type { Browser } from 'playwright-core';
import type { DeadlineId } from '../../../src/knowledge/notices/notice-schema.ts';

/** What the page prints, in the page's own words; `expected` is what a correct reading returns. */
export type NoticePage = {
  name: string;
  html: string;
  expected: {
    noticeCode: string;
    noticeDate: string;
    taxYear: number;
    amountDue: number;
    printedDeadlines: { id: DeadlineId; date: string }[];
  };
  /** Never to appear in anything read back. */
  secrets: string[];
};

const PAGE_CSS = `
  body { margin: 0; font-family: Arial, Helvetica, sans-serif; color: #111; background: #fff; }
  .page { width: 1275px; height: 1650px; box-sizing: border-box; padding: 90px 100px; position: relative; background: #fff; }
  .top { display: flex; justify-content: space-between; }
  .irs { font-size: 26px; font-weight: bold; }
  .small { font-size: 19px; line-height: 1.5; }
  table.head { font-size: 21px; border-collapse: collapse; }
  table.head td { padding: 2px 8px; }
  .addr { margin-top: 70px; font-size: 22px; line-height: 1.45; }
  h1 { font-size: 36px; margin: 60px 0 20px; }
  .box { border: 2px solid #111; padding: 18px 24px; margin: 24px 0; font-size: 24px; }
  .box .row { display: flex; justify-content: space-between; margin: 6px 0; }
  p { font-size: 21px; line-height: 1.5; }
`;

function page(body: string): string {
  return `<!doctype html><html><head><meta charset="utf-8"><style>${PAGE_CSS}</style></head><body><div class="page" id="page">${body}</div></body></html>`;
}

function header(rows: [string, string][]): string {
  return `<table class="head">${rows.map(([k, v]) => `<tr><td>${k}</td><td>${v}</td></tr>`).join('')}</table>`;
}

const ADDRESS = `<div class="addr">JORDAN Q TAXPAYER<br>4417 MAPLEWOOD AVE APT 2<br>SPRINGFIELD IL 62704-1188</div>`;
const SECRETS = ['JORDAN', 'MAPLEWOOD', '62704', '123-45-6789', '6789'];

export const NOTICE_PAGES: readonly NoticePage[] = [
  {
    name: 'CP14 balance due',
    html: page(`
      <div class="top"><div><div class="irs">Department of the Treasury<br>Internal Revenue Service</div>
      <div class="small">Kansas City, MO 64999-0023</div></div>
      ${header([
        ['Notice', 'CP14'],
        ['Tax year', '2025'],
        ['Notice date', 'November 16, 2026'],
        ['Social Security number', 'XXX-XX-6789'],
        ['To contact us', '800-829-0922'],
        ['Page 1 of 4', ''],
      ])}</div>
      ${ADDRESS}
      <h1>You have unpaid taxes for 2025</h1>
      <div class="box"><div class="row"><span>Amount due by December 7, 2026</span><span>$2,418.77</span></div></div>
      <p>Our records show you have unpaid taxes for the tax year ending December 31, 2025 (Form 1040).
      If you can't pay the amount due, pay as much as you can now and make payment arrangements.</p>
      <div class="box"><div class="row"><span>Tax you owed</span><span>$2,301.00</span></div>
      <div class="row"><span>Failure-to-pay penalty</span><span>$92.04</span></div>
      <div class="row"><span>Interest charges</span><span>$25.73</span></div>
      <div class="row"><span>Amount due by December 7, 2026</span><span>$2,418.77</span></div></div>`),
    expected: {
      noticeCode: 'CP14',
      noticeDate: '2026-11-16',
      taxYear: 2025,
      amountDue: 2418.77,
      printedDeadlines: [{ id: 'pay-interest-free', date: '2026-12-07' }],
    },
    secrets: SECRETS,
  },
  {
    name: 'CP504 intent to levy',
    html: page(`
      <div class="top"><div><div class="irs">Department of the Treasury<br>Internal Revenue Service</div>
      <div class="small">Austin, TX 73301-0025</div></div>
      ${header([
        ['Notice', 'CP504'],
        ['Tax year', '2024'],
        ['Notice date', 'March 2, 2026'],
        ['Social security number', '123-45-6789'],
        ['To contact us', '800-829-8374'],
      ])}</div>
      ${ADDRESS}
      <h1>Notice of intent to seize (levy) your property or rights to property</h1>
      <div class="box"><div class="row"><span>Amount due immediately</span><span>$14,906.12</span></div>
      <div class="row"><span>Pay by April 1, 2026</span><span></span></div></div>
      <p>We haven't received payment for the unpaid amount due on your account. If you don't pay the amount due
      immediately, we will seize (levy) your state tax refund and apply it to pay the amount you owe.</p>`),
    expected: {
      noticeCode: 'CP504',
      noticeDate: '2026-03-02',
      taxYear: 2024,
      amountDue: 14906.12,
      printedDeadlines: [{ id: 'respond', date: '2026-04-01' }],
    },
    secrets: SECRETS,
  },
  {
    name: 'LT11 final notice',
    html: page(`
      <div class="top"><div><div class="irs">Department of the Treasury<br>Internal Revenue Service</div>
      <div class="small">Philadelphia, PA 19255-0559</div></div>
      ${header([
        ['Letter date', 'October 5, 2026'],
        ['Taxpayer ID number', '123-45-6789'],
        ['Tax form', '1040'],
        ['Tax periods', 'December 31, 2023'],
        ['Letter', 'LT11'],
        ['Contact telephone number', '800-829-7650'],
      ])}</div>
      ${ADDRESS}
      <h1>Final notice of intent to levy and your right to a hearing</h1>
      <div class="box"><div class="row"><span>Amount you owe</span><span>$7,052.30</span></div>
      <div class="row"><span>Last date to request a hearing</span><span>November 4, 2026</span></div></div>
      <p>We haven't received full payment despite sending you notices about your unpaid federal taxes. We intend
      to levy on certain assets. Please pay the amount you owe now.</p>`),
    expected: {
      noticeCode: 'LT11',
      noticeDate: '2026-10-05',
      taxYear: 2023,
      amountDue: 7052.3,
      printedDeadlines: [{ id: 'cdp-hearing', date: '2026-11-04' }],
    },
    secrets: SECRETS,
  },
  {
    name: 'Letter 1058 final notice',
    html: page(`
      <div class="irs">Department of the Treasury<br>Internal Revenue Service</div>
      <div class="top"><div class="small">Small Business/Self Employed<br>Collection Field Function</div>
      ${header([
        ['Letter Number', 'Letter 1058'],
        ['Letter Date', '06/15/2026'],
        ['Taxpayer Identification Number', '12-3456789'],
        ['Tax Form', '941'],
        ['Tax Periods', '12/31/2024'],
      ])}</div>
      ${ADDRESS}
      <h1>Final Notice: Notice of Intent to Levy and Notice of Your Right to a Hearing</h1>
      <p>We have asked you to pay the amount you owe, but it is still not paid.</p>
      <div class="box"><div class="row"><span>Total amount due</span><span>$31,220.45</span></div></div>
      <p>Last day to request a hearing: July 15, 2026. If you do not pay or make arrangements, we may levy.</p>`),
    expected: {
      noticeCode: 'Letter 1058',
      noticeDate: '2026-06-15',
      taxYear: 2024,
      amountDue: 31220.45,
      printedDeadlines: [{ id: 'cdp-hearing', date: '2026-07-15' }],
    },
    secrets: [...SECRETS, '12-3456789'],
  },
  {
    name: 'CP2000 proposed changes',
    html: page(`
      <div class="top"><div><div class="irs">Department of the Treasury<br>Internal Revenue Service</div>
      <div class="small">Ogden, UT 84201-0039</div></div>
      ${header([
        ['Notice', 'CP2000'],
        ['Tax year', '2024'],
        ['Notice date', 'August 10, 2026'],
        ['Social Security number', 'XXX-XX-6789'],
        ['To contact us', '800-829-0922'],
        ['Response due date', 'September 9, 2026'],
      ])}</div>
      ${ADDRESS}
      <h1>Proposed changes to your 2024 Form 1040</h1>
      <div class="box"><div class="row"><span>Proposed amount due</span><span>$1,175.00</span></div></div>
      <p>The income and payment information we have on file from the sources that reported it doesn't match the
      information you reported on your tax return. Respond by September 9, 2026.</p>`),
    expected: {
      noticeCode: 'CP2000',
      noticeDate: '2026-08-10',
      taxYear: 2024,
      amountDue: 1175,
      printedDeadlines: [{ id: 'respond', date: '2026-09-09' }],
    },
    secrets: SECRETS,
  },
  {
    name: 'CP3219A notice of deficiency',
    html: page(`
      <div class="top"><div><div class="irs">Department of the Treasury<br>Internal Revenue Service</div>
      <div class="small">Fresno, CA 93888-0025</div></div>
      ${header([
        ['Notice', 'CP3219A'],
        ['Tax year', '2023'],
        ['Notice date', 'May 4, 2026'],
        ['Social security number', 'XXX-XX-6789'],
        ['Last day to file a petition with the United States Tax Court', 'August 3, 2026'],
      ])}</div>
      ${ADDRESS}
      <h1>Notice of Deficiency</h1>
      <div class="box"><div class="row"><span>Deficiency (increase in tax)</span><span>$4,610.00</span></div>
      <div class="row"><span>Amount due</span><span>$5,102.88</span></div></div>
      <p>We have determined that there is a deficiency in your income tax. If you want to contest this
      determination in court before making any payment, you have until the last day to file a petition.</p>`),
    expected: {
      noticeCode: 'CP3219A',
      noticeDate: '2026-05-04',
      taxYear: 2023,
      amountDue: 5102.88,
      printedDeadlines: [{ id: 'tax-court-petition', date: '2026-08-03' }],
    },
    secrets: SECRETS,
  },
];

/**
 * How a page is photographed: a tilt, a grey table under it, blur, contrast and JPEG quality; `turnDeg`
 * when the phone was held sideways or the page lay upside down (clockwise, as the pixels show it), and
 * `exif` when the phone stored the pixels as its sensor saw them and wrote which way to show them.
 */
export type PhotoVariant = {
  name: string;
  tiltDeg: number;
  blurPx: number;
  contrast: number;
  quality: number;
  turnDeg?: 90 | 180 | 270;
  exif?: { orientation: 3 | 6 | 8; byteOrder: 'II' | 'MM' };
};

export const PHOTO_VARIANTS: readonly PhotoVariant[] = [
  { name: 'tilted', tiltDeg: 4, blurPx: 0, contrast: 1, quality: 90 },
  { name: 'phone photo', tiltDeg: -2.5, blurPx: 0.6, contrast: 0.75, quality: 70 },
  { name: 'blurred', tiltDeg: 1.5, blurPx: 2.2, contrast: 0.7, quality: 60 },
];

/**
 * Photos that are not upright: a page turned a quarter or a half, and phone photos whose pixels are sideways
 * with an EXIF orientation saying how to show them (Android writes little-endian II, iPhones big-endian MM).
 */
export const TURNED_PHOTO_VARIANTS: readonly PhotoVariant[] = [
  { name: 'turned 90', tiltDeg: -2, blurPx: 0.4, contrast: 0.85, quality: 80, turnDeg: 90 },
  { name: 'upside down', tiltDeg: 2, blurPx: 0.4, contrast: 0.85, quality: 80, turnDeg: 180 },
  {
    name: 'EXIF 6 (II)',
    tiltDeg: -2,
    blurPx: 0.4,
    contrast: 0.85,
    quality: 80,
    turnDeg: 270,
    exif: { orientation: 6, byteOrder: 'II' },
  },
  {
    name: 'EXIF 8 (MM)',
    tiltDeg: 2,
    blurPx: 0.4,
    contrast: 0.85,
    quality: 80,
    turnDeg: 90,
    exif: { orientation: 8, byteOrder: 'MM' },
  },
];

export async function renderPng(browser: Browser, notice: NoticePage): Promise<Buffer> {
  const tab = await browser.newPage({ viewport: { width: 1275, height: 1650 } });
  try {
    await tab.setContent(notice.html);
    return await tab.locator('#page').screenshot({ type: 'png' });
  } finally {
    await tab.close();
  }
}

/** A photo of the page lying on a table: rotated, softened, washed out, with sensor noise, as a JPEG. */
export async function renderPhoto(
  browser: Browser,
  notice: NoticePage,
  variant: PhotoVariant,
): Promise<Buffer> {
  const sideways = variant.turnDeg === 90 || variant.turnDeg === 270;
  const viewport = sideways ? { width: 1900, height: 1500 } : { width: 1500, height: 1900 };
  const tab = await browser.newPage({ viewport });
  try {
    const photo = `<style>
      body { background: #7a746b; ${
        variant.turnDeg
          ? `height: ${viewport.height}px; display: flex; align-items: center; justify-content: center;`
          : 'padding: 120px;'
      } }
      #page { flex: none; transform: rotate(${(variant.turnDeg ?? 0) + variant.tiltDeg}deg); box-shadow: 0 0 40px rgba(0,0,0,.5);
        filter: blur(${variant.blurPx}px) contrast(${variant.contrast}) brightness(0.93); }
      svg.noise { position: fixed; inset: 0; opacity: 0.14; pointer-events: none; }
    </style>
    <svg class="noise" width="${viewport.width}" height="${viewport.height}"><filter id="grain"><feTurbulence type="fractalNoise"
      baseFrequency="0.9" numOctaves="2" seed="7"/><feColorMatrix type="saturate" values="0"/></filter>
      <rect width="100%" height="100%" filter="url(#grain)"/></svg>`;
    await tab.setContent(notice.html.replace('</body>', `${photo}</body>`));
    const jpeg = await tab.screenshot({ type: 'jpeg', quality: variant.quality });
    return variant.exif ? withExifOrientation(jpeg, variant.exif) : jpeg;
  } finally {
    await tab.close();
  }
}

/** The JPEG with an APP1 Exif segment after its start marker, holding one tag: Orientation (0x0112). */
export function withExifOrientation(jpeg: Buffer, exif: NonNullable<PhotoVariant['exif']>): Buffer {
  const little = exif.byteOrder === 'II';
  const tiff = Buffer.alloc(26);
  tiff.write(exif.byteOrder, 0, 'latin1');
  const u16 = (value: number, at: number) =>
    little ? tiff.writeUInt16LE(value, at) : tiff.writeUInt16BE(value, at);
  const u32 = (value: number, at: number) =>
    little ? tiff.writeUInt32LE(value, at) : tiff.writeUInt32BE(value, at);
  u16(42, 2);
  u32(8, 4); // IFD0 right after the header
  u16(1, 8); // one entry
  u16(0x0112, 10); // Orientation
  u16(3, 12); // SHORT
  u32(1, 14); // one value
  u16(exif.orientation, 18); // the value, left-justified in its 4 bytes
  u32(0, 22); // no next IFD
  const payload = Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff]);
  const segment = Buffer.alloc(4);
  segment.writeUInt16BE(0xffe1, 0);
  segment.writeUInt16BE(payload.length + 2, 2);
  return Buffer.concat([jpeg.subarray(0, 2), segment, payload, jpeg.subarray(2)]);
}

/** A PDF with a text layer, as the IRS online account gives notices. */
export async function renderPdf(browser: Browser, notice: NoticePage): Promise<Buffer> {
  const tab = await browser.newPage();
  try {
    await tab.setContent(notice.html);
    return await tab.pdf({ width: '1275px', height: '1650px', printBackground: true });
  } finally {
    await tab.close();
  }
}

/** A scanned PDF: the page only as a picture, no text layer. */
export async function renderScannedPdf(browser: Browser, notice: NoticePage): Promise<Buffer> {
  const png = await renderPng(browser, notice);
  const tab = await browser.newPage();
  try {
    await tab.setContent(
      `<!doctype html><body style="margin:0"><img style="width:1275px;height:1650px;display:block" src="data:image/png;base64,${png.toString('base64')}"></body>`,
    );
    return await tab.pdf({ width: '1275px', height: '1650px' });
  } finally {
    await tab.close();
  }
}
