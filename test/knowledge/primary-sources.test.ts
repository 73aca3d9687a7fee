import { describe, expect, it } from 'vitest';
import { STATUTORY_RULES } from '../../src/knowledge/deadlines/deadline-rules.ts';
import { noticeCatalog } from '../../src/knowledge/notices/notice-catalog.ts';
import { ALL_PASSAGE_DATA } from '../../src/knowledge/passages/data/index.ts';
import { isPrimarySource } from '../../src/knowledge/primary-sources.ts';

/** Every source URL the product can cite: notices, their reply windows, statutory rules and passages. */
function citedUrls(): string[] {
  const urls = [
    ...noticeCatalog.notices.flatMap((notice) => [
      ...notice.sources.map((source) => source.url),
      ...notice.deadlines.flatMap((deadline) => (deadline.id === 'respond' ? [deadline.sourceUrl] : [])),
    ]),
    ...Object.values(STATUTORY_RULES).map((rule) => rule.sourceUrl),
    ...ALL_PASSAGE_DATA.flatMap((passage) => passage.sources.map((source) => source.url)),
  ];
  return [...new Set(urls)];
}

describe('primary sources only', () => {
  it.each([
    ['https://www.irs.gov/individuals/understanding-your-cp14-notice', true],
    ['https://taxpayeradvocate.irs.gov/notices/lt-16', true],
    ['https://www.eitc.irs.gov/individuals/understanding-your-cp297c-notice', true],
    ['https://www.law.cornell.edu/uscode/text/26/6320', true],
    ['https://uscode.house.gov/view.xhtml?req=granuleid:USC-prelim-title26-section6330', true],
    ['https://www.ecfr.gov/current/title-26/section-301.6330-1', true],
    ['https://code.dccouncil.gov/us/dc/council/code/sections/28-2701', true],
    [
      'https://webharvest.gov/congress115th/20181203180619/https://www.irs.gov/individuals/understanding-your-cp12-notice',
      true,
    ],
    ['https://www.law.cornell.edu/wex/tax_lien', false],
    ['https://irs.gov.example.com/individuals/understanding-your-cp14-notice', false],
    ['https://www.hrblock.com/tax-center/irs/audits-and-tax-notices/irs-notice-cp503/', false],
    ['https://webarchive.library.unt.edu/eot2008/20090101/http://www.example.com/', false],
    ['not a url', false],
  ])('%s is primary: %s', (url, primary) => {
    expect(isPrimarySource(url)).toBe(primary);
  });

  it('cites primary sources only', () => {
    expect(citedUrls().filter((url) => !isPrimarySource(url))).toEqual([]);
  });
});
