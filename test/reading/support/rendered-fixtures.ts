/**
 * Rendered fixtures, kept in the temp directory between runs (Chromium takes seconds a page on a busy
 * machine); the key covers everything that shapes the bytes, so a changed layout renders anew.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { serviceUrls } from '../../support/services.ts';
import {
  renderPdf,
  renderPhoto,
  renderPng,
  renderScannedPdf,
  type NoticePage,
  type PhotoVariant,
} from './notice-pages.ts';

const CACHE_DIR = join(tmpdir(), 'notice-navigator-reading-fixtures');

export type Rendering = 'png' | 'pdf' | 'scanned-pdf' | PhotoVariant;

export const MEDIA_TYPE_OF = (rendering: Rendering): string =>
  rendering === 'png' ? 'image/png' : typeof rendering === 'object' ? 'image/jpeg' : 'application/pdf';

export function renderingName(rendering: Rendering): string {
  return typeof rendering === 'object' ? rendering.name : rendering;
}

export class FixtureRenderer {
  private browser: Browser | undefined;

  async render(notice: NoticePage, rendering: Rendering): Promise<Buffer> {
    const key = createHash('sha256')
      .update(JSON.stringify([notice.html, rendering]))
      .digest('hex')
      .slice(0, 24);
    const path = join(CACHE_DIR, key);
    if (existsSync(path)) return readFileSync(path);
    const browser = (this.browser ??= await chromium.launch({ executablePath: serviceUrls.chromium }));
    const bytes =
      rendering === 'png'
        ? await renderPng(browser, notice)
        : rendering === 'pdf'
          ? await renderPdf(browser, notice)
          : rendering === 'scanned-pdf'
            ? await renderScannedPdf(browser, notice)
            : await renderPhoto(browser, notice, rendering);
    mkdirSync(CACHE_DIR, { recursive: true });
    writeFileSync(`${path}.tmp`, bytes);
    renameSync(`${path}.tmp`, path);
    return bytes;
  }

  async close(): Promise<void> {
    await this.browser?.close();
  }
}
