import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { listNoticeCodes } from '../../src/knowledge/notices/notice-code.ts';
import { triage, type TriageRequest, type TriageResult } from '../../src/knowledge/triage.ts';
import {
  ADAPTIVE_CARD_CONTENT_TYPE,
  AdaptiveCardSchema,
  cardChannelResult,
  renderResultCard,
  type AdaptiveCard,
  type CardAction,
  type CardElement,
  type ColumnSet,
} from '../../src/render/adaptive-card.ts';
import { buildResultViewModel } from '../../src/render/result-view-model.ts';

/** Teams refuses messages above about 28 KB; the card must leave room for the text beside it. */
const MAX_CARD_BYTES = 20 * 1024;

type SerializationEvent = { message: string };
type AdaptiveCardsModule = {
  AdaptiveCard: new () => { parse(json: unknown, context: unknown): void };
  SerializationContext: new (version: unknown) => {
    eventCount: number;
    getEventAt(i: number): SerializationEvent;
  };
  Versions: { v1_5: unknown };
};

/**
 * The official Adaptive Cards parser (the renderer Web Chat itself uses, shipped inside botframework-webchat):
 * at version 1.5 it reports every unknown element, bad enum value or property it cannot read. No npm package
 * ships the 1.5 JSON schema offline, so the strict zod schema of the subset we use is the other check.
 */
const adaptiveCards = createRequire(createRequire(import.meta.url).resolve('botframework-webchat'))(
  'adaptivecards/dist/adaptivecards.js',
) as AdaptiveCardsModule;

function officialParserEvents(card: unknown): string[] {
  const context = new adaptiveCards.SerializationContext(adaptiveCards.Versions.v1_5);
  new adaptiveCards.AdaptiveCard().parse(card, context);
  return Array.from({ length: context.eventCount }, (_, i) => context.getEventAt(i).message);
}

function result(request: TriageRequest, today: string): TriageResult {
  const outcome = triage(request, today);
  if (!outcome.ok) throw new Error(`triage failed: ${outcome.code}`);
  return outcome.result;
}

function cardOf(triageResult: TriageResult): AdaptiveCard {
  return renderResultCard(buildResultViewModel(triageResult, 'en'));
}

/** What a button of the card opens under it. */
function shown(card: AdaptiveCard, title: string): CardElement[] {
  const action = card.actions.find(
    (a): a is Extract<CardAction, { type: 'Action.ShowCard' }> =>
      a.type === 'Action.ShowCard' && a.title === title,
  );
  if (!action) throw new Error(`no "${title}" button`);
  return action.card.body;
}

function timelineRows(card: AdaptiveCard): ColumnSet[] {
  return shown(card, 'Every date, if missed, sources').filter((e): e is ColumnSet => e.type === 'ColumnSet');
}

function texts(elements: readonly CardElement[]): string[] {
  return elements.flatMap((e) => {
    if (e.type === 'TextBlock') return [e.text];
    if (e.type === 'Container') return texts(e.items);
    return e.columns.flatMap((c) => texts(c.items));
  });
}

const cp14 = result(
  { noticeCode: 'CP14', noticeDate: '2026-03-02', agrees: 'yes', amountDue: 1200 },
  '2026-03-10',
);

describe('the official Adaptive Cards 1.5 parser', () => {
  it('reports a card it cannot read (so a clean parse means something)', () => {
    const broken = {
      ...cardOf(cp14),
      body: [{ type: 'TextBlock', text: 'x', color: 'purple' }, { type: 'Carousel' }],
    };
    expect(officialParserEvents(broken)).toHaveLength(2);
  });
});

describe('renderResultCard', () => {
  it('shows the notice, the scam check and the disclaimer, and nothing that the headline beside it says', () => {
    const view = buildResultViewModel(cp14, 'en');
    const visible = texts(renderResultCard(view).body);
    expect(visible[0]).toBe('CP14: Balance due: first bill');
    expect(visible).toContain('Is it really the IRS?');
    expect(visible).toContain(view.verify);
    expect(view.verify).toMatch(/^Before you pay or share anything, make sure the notice is real/);
    expect(visible.filter((t) => /March 23|13 days left|Next step/.test(t))).toEqual([]);
  });

  it('shows a reported scam among the alerts, above the scam check', () => {
    const reported = result(
      { noticeCode: 'CP14', noticeDate: '2026-03-02', agrees: 'yes', scamSignals: ['gift_card'] },
      '2026-03-10',
    );
    const visible = texts(cardOf(reported).body);
    const alert = visible.findIndex((t) =>
      t.startsWith('What you describe matches common IRS impersonation'),
    );
    expect(alert).toBeGreaterThan(0);
    expect(alert).toBeLessThan(visible.indexOf('Is it really the IRS?'));
  });

  it('opens every date as a timeline: a coloured marker, the date, its status, what it is for, if missed, basis', () => {
    const card = cardOf(cp14);
    const [row, ...others] = timelineRows(card);
    expect(others).toHaveLength(0);
    const [marker, details] = row?.columns ?? [];
    expect(marker).toMatchObject({ width: '10px', style: 'warning' });
    expect(texts(details?.items ?? []).slice(0, 6)).toEqual([
      'Monday, March 23, 2026',
      'open, 13 days left',
      'Pay the full balance of this bill',
      expect.stringMatching(/^Protects: /),
      expect.stringMatching(/^If missed: /),
      'Basis: IRC 6601(e)(3) and 6651(a)(3)',
    ]);
    expect(texts(shown(card, 'Every date, if missed, sources')).some((t) => t.includes('](https://'))).toBe(
      true,
    );
  });

  it.each([
    ['2026-02-20', 'attention'],
    ['2026-03-02', 'warning'],
    ['2026-02-02', 'emphasis'],
  ])('colours a deadline by urgency (notice of %s: %s)', (noticeDate, style) => {
    const card = cardOf(
      result({ noticeCode: 'CP14', noticeDate, agrees: 'yes', amountDue: 1200 }, '2026-03-10'),
    );
    expect(timelineRows(card)[0]?.columns[0]?.style).toBe(style);
  });

  it('keeps a date-first plain-text fallback and speech, and the full disclaimer', () => {
    const card = cardOf(cp14);
    expect(card.fallbackText).toBe(
      'Monday, March 23, 2026: open, 13 days left. Pay the full balance of this bill. ' +
        'Next step: Pay the full balance, by that date.',
    );
    expect(card.speak).toBe(card.fallbackText);
    expect(texts(card.body).some((t) => t.startsWith('Please note: Notice Navigator'))).toBe(true);
  });

  it('opens the options in order as one numbered list, and the documents as another', () => {
    const view = buildResultViewModel(cp14, 'en');
    const card = renderResultCard(view);
    const [options] = texts(shown(card, 'What you can do'));
    expect(options?.split('\r')).toEqual(view.options.map((o) => `${o.rank}. ${o.title}`));
    const [documents] = texts(shown(card, 'Documents to gather'));
    expect(documents?.split('\r')).toEqual(view.checklist.map((item) => `- ${item}`));
  });

  it('offers the calendar and summary links when the result has them, and a restart that sends text', () => {
    const links = {
      calendarUrl: 'https://bot.example/cases/x/deadlines.ics',
      summaryUrl: 'https://bot.example/cases/x',
    };
    const card = renderResultCard(buildResultViewModel(cp14, 'en'), links);
    expect(card.actions.map((a) => a.type)).toEqual([
      'Action.ShowCard',
      'Action.ShowCard',
      'Action.ShowCard',
      'Action.OpenUrl',
      'Action.OpenUrl',
      'Action.Submit',
    ]);
    expect(card.actions.at(-1)).toMatchObject({
      data: {
        msteams: { type: 'imBack', value: 'restart' },
        cardAction: { type: 'imBack', value: 'restart' },
      },
    });
  });

  const scenarios: [string, Omit<TriageRequest, 'noticeCode'>][] = [
    ['agrees, recent', { noticeDate: '2026-03-02', agrees: 'yes', amountDue: 1200, canPayInFull: true }],
    ['disputes, old', { noticeDate: '2025-09-15', agrees: 'no', amountDue: 250_000, addressOutsideUS: true }],
    ['unsure, no amount', { noticeDate: '2026-02-20', agrees: 'unsure' }],
  ];
  const cases = listNoticeCodes().flatMap((code) =>
    scenarios.map(([name, request]) => [code, name, { ...request, noticeCode: code }] as const),
  );
  it.each(cases)(
    '%s (%s): a valid 1.5 card with only ShowCard, Submit and OpenUrl actions',
    (_code, _name, request) => {
      const card = cardOf(result(request, '2026-03-10'));
      expect(AdaptiveCardSchema.parse(card)).toEqual(card);
      expect(officialParserEvents(card)).toEqual([]);
      expect(card.version).toBe('1.5');
      expect(card.fallbackText.length).toBeGreaterThan(0);
      expect(
        card.actions.every((a) => ['Action.ShowCard', 'Action.Submit', 'Action.OpenUrl'].includes(a.type)),
      ).toBe(true);
      expect(Buffer.byteLength(JSON.stringify(card))).toBeLessThan(MAX_CARD_BYTES);
    },
  );
});

describe('cardChannelResult', () => {
  const message = { text: 'the result as text', channelData: { guidance: {}, triage: cp14 } };

  it.each(['msteams', 'webchat', 'directline', 'emulator'])(
    'on %s, the card beside a headline that starts with the date, and a date-first summary',
    (channelId) => {
      const shownOn = cardChannelResult(message, channelId, 'en');
      expect(shownOn?.attachment.contentType).toBe(ADAPTIVE_CARD_CONTENT_TYPE);
      expect(AdaptiveCardSchema.safeParse(shownOn?.attachment.content).success).toBe(true);
      expect(shownOn?.text.split('\n\n')).toEqual([
        '**Monday, March 23, 2026**: open, 13 days left',
        'Pay the full balance of this bill.',
        'Next step: Pay the full balance, by that date.',
      ]);
      expect(shownOn?.summary).toMatch(/^Monday, March 23, 2026: open, 13 days left\. /);
    },
  );

  it.each([
    ['2026-02-20', '**Friday, March 13, 2026**: open, 3 days left'],
    ['2026-02-17', '**Tuesday, March 10, 2026**: today is the last day'],
    ['2026-02-02', '**Monday, February 23, 2026**: passed 15 days ago'],
  ])('words the status of a notice of %s: %s', (noticeDate, headline) => {
    const triageResult = result(
      { noticeCode: 'CP14', noticeDate, agrees: 'yes', amountDue: 1200 },
      '2026-03-10',
    );
    const shownOn = cardChannelResult({ channelData: { triage: triageResult } }, 'webchat', 'en');
    expect(shownOn?.text.split('\n\n')[0]).toBe(headline);
  });

  it.each(['sms', 'slack', undefined])('leaves the message alone on %s', (channelId) => {
    expect(cardChannelResult(message, channelId, 'en')).toBeUndefined();
  });

  it('leaves alone a message that is not a result, or already has attachments', () => {
    expect(cardChannelResult({ channelData: { guidance: {} } }, 'webchat', 'en')).toBeUndefined();
    expect(cardChannelResult({ ...message, attachments: [{}] }, 'webchat', 'en')).toBeUndefined();
  });

  it('takes the case links from the result message', () => {
    const links = { calendarUrl: 'https://bot.example/c.ics', summaryUrl: 'https://bot.example/c' };
    const shownOn = cardChannelResult({ channelData: { triage: cp14, caseLinks: links } }, 'msteams', 'en');
    expect(shownOn?.attachment.content.actions.filter((a) => a.type === 'Action.OpenUrl')).toHaveLength(2);
  });
});
