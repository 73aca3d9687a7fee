import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { listNoticeCodes } from '../../src/knowledge/notices/notice-code.ts';
import { triage, type TriageRequest, type TriageResult } from '../../src/knowledge/triage.ts';
import {
  ADAPTIVE_CARD_CONTENT_TYPE,
  AdaptiveCardSchema,
  renderResultCard,
  resultCardAttachment,
  type AdaptiveCard,
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

function timelineRows(card: AdaptiveCard): ColumnSet[] {
  return card.body.filter((e): e is ColumnSet => e.type === 'ColumnSet');
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
  it('draws the deadlines as a timeline: a coloured marker, the date, the days left and the label', () => {
    const card = cardOf(cp14);
    const [row, ...others] = timelineRows(card);
    expect(others).toHaveLength(0);
    const [marker, details] = row?.columns ?? [];
    expect(marker).toMatchObject({ width: '10px', style: 'warning' });
    expect(texts(details?.items ?? []).slice(0, 3)).toEqual([
      'Monday, March 23, 2026',
      '13 days left',
      'Pay the full balance of this bill',
    ]);
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

  it('keeps a plain-text fallback and the disclaimer', () => {
    const card = cardOf(cp14);
    expect(card.fallbackText).toContain('Monday, March 23, 2026 (13 days left)');
    expect(texts(card.body).some((t) => t.startsWith('General information only'))).toBe(true);
  });

  it('lists the options in order as one numbered list', () => {
    const view = buildResultViewModel(cp14, 'en');
    const card = renderResultCard(view);
    const list = texts(card.body).find((t) => t.startsWith('1. '));
    expect(list?.split('\r')).toEqual(view.options.map((o) => `${o.rank}. ${o.title}`));
  });

  it('offers the calendar and summary links when the result has them, and a restart that sends text', () => {
    const links = {
      calendarUrl: 'https://bot.example/cases/x/deadlines.ics',
      summaryUrl: 'https://bot.example/cases/x',
    };
    const card = renderResultCard(buildResultViewModel(cp14, 'en'), links);
    expect(card.actions.map((a) => a.type)).toEqual(['Action.OpenUrl', 'Action.OpenUrl', 'Action.Submit']);
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
    '%s (%s): a valid 1.5 card with only Submit and OpenUrl actions',
    (_code, _name, request) => {
      const card = cardOf(result(request, '2026-03-10'));
      expect(AdaptiveCardSchema.parse(card)).toEqual(card);
      expect(officialParserEvents(card)).toEqual([]);
      expect(card.version).toBe('1.5');
      expect(card.fallbackText.length).toBeGreaterThan(0);
      expect(card.actions.every((a) => a.type === 'Action.Submit' || a.type === 'Action.OpenUrl')).toBe(true);
      expect(Buffer.byteLength(JSON.stringify(card))).toBeLessThan(MAX_CARD_BYTES);
    },
  );
});

describe('resultCardAttachment', () => {
  const message = { text: 'the result as text', channelData: { guidance: {}, triage: cp14 } };

  it.each(['msteams', 'webchat', 'directline', 'emulator'])('adds the card on %s', (channelId) => {
    const attachment = resultCardAttachment(message, channelId, 'en');
    expect(attachment?.contentType).toBe(ADAPTIVE_CARD_CONTENT_TYPE);
    expect(AdaptiveCardSchema.safeParse(attachment?.content).success).toBe(true);
  });

  it.each(['sms', 'slack', undefined])('adds nothing on %s', (channelId) => {
    expect(resultCardAttachment(message, channelId, 'en')).toBeUndefined();
  });

  it('adds nothing to a message that is not a result, or already has attachments', () => {
    expect(resultCardAttachment({ channelData: { guidance: {} } }, 'webchat', 'en')).toBeUndefined();
    expect(resultCardAttachment({ ...message, attachments: [{}] }, 'webchat', 'en')).toBeUndefined();
  });

  it('takes the case links from the result message', () => {
    const links = { calendarUrl: 'https://bot.example/c.ics', summaryUrl: 'https://bot.example/c' };
    const attachment = resultCardAttachment(
      { channelData: { triage: cp14, caseLinks: links } },
      'msteams',
      'en',
    );
    expect(attachment?.content.actions.filter((a) => a.type === 'Action.OpenUrl')).toHaveLength(2);
  });
});
