import { z } from 'zod';
import { messages, type Messages } from '../catalog/catalog.ts';
import type { Locale } from '../catalog/locale.ts';
import {
  buildResultViewModel,
  type DeadlineTone,
  type DeadlineView,
  type ResultViewModel,
} from './result-view-model.ts';
import { shownResult, type CaseLinks } from './shown-result.ts';

/**
 * The result as an Adaptive Card 1.5 for the channels that render cards. Only the part of the schema
 * this card uses is modelled below, strictly: the builder is typed by it and tests parse its output
 * with it (and with the official Adaptive Cards parser).
 */

export const ADAPTIVE_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';
export const ADAPTIVE_CARD_SCHEMA_URL = 'http://adaptivecards.io/schemas/adaptive-card.json';
export const ADAPTIVE_CARD_VERSION = '1.5';

/** Channels whose clients render Adaptive Cards; SMS and anything unknown get the text alone. */
export const CARD_CHANNELS: ReadonlySet<string> = new Set(['msteams', 'webchat', 'directline', 'emulator']);

const ColorSchema = z.enum(['default', 'dark', 'light', 'accent', 'good', 'warning', 'attention']);
const ContainerStyleSchema = z.enum(['default', 'emphasis', 'good', 'attention', 'warning', 'accent']);
const SpacingSchema = z.enum(['none', 'small', 'default', 'medium', 'large', 'extraLarge', 'padding']);
const PixelsSchema = z.string().regex(/^\d+px$/);

export const TextBlockSchema = z.strictObject({
  type: z.literal('TextBlock'),
  text: z.string().min(1),
  wrap: z.boolean().optional(),
  weight: z.enum(['default', 'lighter', 'bolder']).optional(),
  size: z.enum(['default', 'small', 'medium', 'large', 'extraLarge']).optional(),
  color: ColorSchema.optional(),
  isSubtle: z.boolean().optional(),
  style: z.enum(['default', 'heading']).optional(),
  spacing: SpacingSchema.optional(),
  separator: z.boolean().optional(),
});
export type TextBlock = z.infer<typeof TextBlockSchema>;

export type Column = {
  type: 'Column';
  width: 'auto' | 'stretch' | `${number}px`;
  items: CardElement[];
  style?: z.infer<typeof ContainerStyleSchema> | undefined;
  minHeight?: `${number}px` | undefined;
  spacing?: z.infer<typeof SpacingSchema> | undefined;
};
export type ColumnSet = {
  type: 'ColumnSet';
  columns: Column[];
  spacing?: z.infer<typeof SpacingSchema> | undefined;
  separator?: boolean | undefined;
};
export type Container = {
  type: 'Container';
  items: CardElement[];
  style?: z.infer<typeof ContainerStyleSchema> | undefined;
  bleed?: boolean | undefined;
  spacing?: z.infer<typeof SpacingSchema> | undefined;
  separator?: boolean | undefined;
};
export type CardElement = TextBlock | ColumnSet | Container;

export const ColumnSchema: z.ZodType<Column> = z.strictObject({
  type: z.literal('Column'),
  width: z.union([z.literal('auto'), z.literal('stretch'), PixelsSchema as z.ZodType<`${number}px`>]),
  get items(): z.ZodType<CardElement[]> {
    return z.array(CardElementSchema);
  },
  style: ContainerStyleSchema.optional(),
  minHeight: (PixelsSchema as z.ZodType<`${number}px`>).optional(),
  spacing: SpacingSchema.optional(),
});

export const CardElementSchema: z.ZodType<CardElement> = z.lazy(() =>
  z.discriminatedUnion('type', [
    TextBlockSchema,
    z.strictObject({
      type: z.literal('ColumnSet'),
      columns: z.array(ColumnSchema).min(1),
      spacing: SpacingSchema.optional(),
      separator: z.boolean().optional(),
    }),
    z.strictObject({
      type: z.literal('Container'),
      items: z.array(CardElementSchema).min(1),
      style: ContainerStyleSchema.optional(),
      bleed: z.boolean().optional(),
      spacing: SpacingSchema.optional(),
      separator: z.boolean().optional(),
    }),
  ]),
);

/** A card button that sends text, as Teams (msteams imBack) and Web Chat (a Bot Framework card action) both read it. */
const ImBackDataSchema = z.strictObject({
  msteams: z.strictObject({ type: z.literal('imBack'), value: z.string().min(1) }),
  __isBotFrameworkCardAction: z.literal(true),
  cardAction: z.strictObject({ type: z.literal('imBack'), value: z.string().min(1) }),
});

/** What a client posts when a card button is pressed: either of the two imBack forms the button carries. */
const PressedImBackSchema = z.looseObject({ type: z.literal('imBack'), value: z.string().min(1) });
const PressedButtonSchema = z.looseObject({
  cardAction: PressedImBackSchema.optional(),
  msteams: PressedImBackSchema.optional(),
});

/**
 * The text a card button of this bot sends, read from its data as a client hands it over raw: a Direct
 * Line client other than Web Chat posts it as the message's value with no text, and a Universal Actions
 * client (Teams) as an `adaptiveCard/action` invoke's data. Undefined for anything else.
 */
export function pressedButtonText(data: unknown): string | undefined {
  const pressed = PressedButtonSchema.safeParse(data);
  if (!pressed.success) return undefined;
  return (pressed.data.cardAction ?? pressed.data.msteams)?.value;
}

const OpenUrlSchema = z.strictObject({
  type: z.literal('Action.OpenUrl'),
  title: z.string().min(1),
  url: z.url(),
});
const SubmitSchema = z.strictObject({
  type: z.literal('Action.Submit'),
  title: z.string().min(1),
  data: ImBackDataSchema,
});
/** A button that opens a part of the result under the card, without a round trip to the bot. */
const ShowCardSchema = z.strictObject({
  type: z.literal('Action.ShowCard'),
  title: z.string().min(1),
  card: z.strictObject({ type: z.literal('AdaptiveCard'), body: z.array(CardElementSchema).min(1) }),
});

export const CardActionSchema = z.discriminatedUnion('type', [OpenUrlSchema, SubmitSchema, ShowCardSchema]);
export type CardAction = z.infer<typeof CardActionSchema>;

export const AdaptiveCardSchema = z.strictObject({
  type: z.literal('AdaptiveCard'),
  $schema: z.literal(ADAPTIVE_CARD_SCHEMA_URL),
  version: z.literal(ADAPTIVE_CARD_VERSION),
  fallbackText: z.string().min(1),
  speak: z.string().min(1),
  body: z.array(CardElementSchema).min(1),
  actions: z.array(CardActionSchema),
});
export type AdaptiveCard = z.infer<typeof AdaptiveCardSchema>;

export type CardAttachment = { contentType: typeof ADAPTIVE_CARD_CONTENT_TYPE; content: AdaptiveCard };

/** Where a person can download the deadlines and print the summary (set by the result presenter). */

/**
 * Colour of a deadline's marker; its status is said in words, in the default colour (Adaptive Cards'
 * warning and good colours are below 4.5:1 on the grey of an opened card).
 */
const TONE_MARKER: Record<DeadlineTone, Container['style']> = {
  passed: 'emphasis',
  week: 'attention',
  month: 'warning',
  later: 'good',
};

const URGENCY_STYLE: Record<ResultViewModel['notice']['urgency'], Container['style']> = {
  critical: 'attention',
  high: 'warning',
  medium: 'accent',
  low: 'good',
};

const MARKER_WIDTH = '10px';
/** Adaptive Cards' Markdown separates list items with a carriage return (Teams and Web Chat both read it). */
const MARKDOWN_LINE_BREAK = '\r';

function text(value: string, extra: Omit<TextBlock, 'type' | 'text'> = {}): TextBlock {
  return { type: 'TextBlock', text: value, wrap: true, ...extra };
}

function heading(value: string): TextBlock {
  return text(value, {
    style: 'heading',
    weight: 'bolder',
    size: 'medium',
    spacing: 'large',
    separator: true,
  });
}

/**
 * One row of the timeline: a coloured marker, then the date, its status, what the deadline is for, what
 * it protects, what follows if it is missed and its legal basis.
 */
function deadlineRow(deadline: DeadlineView, words: Messages): ColumnSet {
  return {
    type: 'ColumnSet',
    spacing: 'medium',
    columns: [
      {
        type: 'Column',
        width: MARKER_WIDTH,
        style: TONE_MARKER[deadline.tone],
        minHeight: '48px',
        items: [],
      },
      {
        type: 'Column',
        width: 'stretch',
        items: [
          text(deadline.dateText, { weight: 'bolder' }),
          text(deadline.statusText, { weight: 'bolder', spacing: 'none' }),
          text(deadline.label, { spacing: 'small' }),
          text(words.result.protects(deadline.protects), { spacing: 'small' }),
          text(deadline.ifMissed, { spacing: 'small' }),
          text(words.result.basis(deadline.basis), { spacing: 'small' }),
          ...deadline.notes.map((note) => text(note, { spacing: 'small' })),
        ],
      },
    ],
  };
}

function imBack(title: string, value: string): CardAction {
  return {
    type: 'Action.Submit',
    title,
    data: {
      msteams: { type: 'imBack', value },
      __isBotFrameworkCardAction: true,
      cardAction: { type: 'imBack', value },
    },
  };
}

function showCard(title: string, body: CardElement[]): CardAction {
  return { type: 'Action.ShowCard', title, card: { type: 'AdaptiveCard', body } };
}

/** The first lines of a result: the date that matters, its status, what it is for, and the next step. */
function headlineLines(view: ResultViewModel): { date: string | undefined; lines: string[] } {
  const words = messages(view.locale);
  const [first] = view.deadlines;
  const nextStep = view.nextStep ? [`${words.card.nextStep}: ${view.nextStep}`] : [];
  if (!first) return { date: undefined, lines: [words.result.noDeadline, ...nextStep] };
  return { date: first.dateText, lines: [first.statusText, `${first.label}.`, ...nextStep] };
}

/** The result in two or three plain sentences, date first: for notifications, speech and fallbacks. */
export function cardSummary(view: ResultViewModel): string {
  const { date, lines } = headlineLines(view);
  const [status, ...rest] = lines;
  return [date ? `${date}: ${status ?? ''}.` : status, ...rest].join(' ');
}

/**
 * The message beside the card, which a card channel shows above it and reads first: the same headline
 * as Markdown, one line a paragraph, the date in bold. The card holds everything else, so nothing is
 * shown twice.
 */
export function cardHeadline(view: ResultViewModel): string {
  const words = messages(view.locale);
  const { date, lines } = headlineLines(view);
  const [status, ...rest] = lines;
  return [date ? words.card.headline(date, status ?? '') : status, ...rest].join('\n\n');
}

/**
 * The card of a result view: the notice, any alerts, the scam check and the disclaimer in view; the
 * options, documents, every date (with what follows if it is missed and its legal basis) and the sources
 * behind buttons. The date that matters is in the message beside it (cardHeadline). Pure.
 */
export function renderResultCard(view: ResultViewModel, links?: CaseLinks): AdaptiveCard {
  const words = messages(view.locale);
  const summary = cardSummary(view);
  const body: CardElement[] = [
    {
      type: 'Container',
      style: URGENCY_STYLE[view.notice.urgency],
      bleed: true,
      items: [
        text(`${view.notice.code}: ${view.notice.title}`, { style: 'heading', weight: 'bolder' }),
        text(view.notice.urgencyText, { spacing: 'none' }),
      ],
    },
    ...(view.notice.meaning ? [text(view.notice.meaning)] : []),
  ];
  if (view.alerts.length > 0) {
    body.push({
      type: 'Container',
      style: 'attention',
      spacing: 'medium',
      items: [
        text(words.result.alerts, { weight: 'bolder' }),
        ...view.alerts.map((alert) => text(alert.message, { spacing: 'small' })),
      ],
    });
  }
  body.push(
    {
      type: 'Container',
      style: 'warning',
      spacing: 'medium',
      items: [text(words.card.verify, { weight: 'bolder' }), text(view.verify, { spacing: 'small' })],
    },
    text(view.disclaimer, { isSubtle: true, size: 'small', spacing: 'medium' }),
  );

  const dates: CardElement[] = [
    ...(view.deadlines.length > 0
      ? view.deadlines.map((d) => deadlineRow(d, words))
      : [text(words.result.noDeadline)]),
    // Not subtle: Web Chat draws an opened card on grey, where subtle text is below 4.5:1.
    text(view.deadlineNote),
    ...(view.sources.length > 0
      ? [
          heading(words.result.sources),
          ...view.sources.map((s) => text(`[${markdownLinkText(s.title)}](${s.url})`, { spacing: 'small' })),
        ]
      : []),
  ];
  const actions: CardAction[] = [
    // One Markdown list each, so that screen readers announce a list of so many items.
    ...(view.options.length > 0
      ? [
          showCard(words.card.showOptions, [
            text(view.options.map((o) => `${o.rank}. ${o.title}`).join(MARKDOWN_LINE_BREAK)),
          ]),
        ]
      : []),
    ...(view.checklist.length > 0
      ? [
          showCard(words.card.showDocuments, [
            text(view.checklist.map((item) => `- ${item}`).join(MARKDOWN_LINE_BREAK)),
          ]),
        ]
      : []),
    showCard(words.card.showDates, dates),
    ...(links
      ? [
          { type: 'Action.OpenUrl' as const, title: words.card.summary, url: links.summaryUrl },
          { type: 'Action.OpenUrl' as const, title: words.card.calendar, url: links.calendarUrl },
        ]
      : []),
    imBack(words.card.restart, words.card.restartCommand),
  ];
  return {
    type: 'AdaptiveCard',
    $schema: ADAPTIVE_CARD_SCHEMA_URL,
    version: ADAPTIVE_CARD_VERSION,
    fallbackText: summary,
    speak: summary,
    body,
    actions,
  };
}

/** Brackets would end the link text early; the rest of Markdown is harmless inside it. */
function markdownLinkText(value: string): string {
  return value.replace(/[[\]]/g, '');
}

/** What a result message becomes on a card channel: the headline as its text, and the card. */
export type CardChannelResult = { text: string; summary: string; attachment: CardAttachment };

/**
 * The result message as a card channel shows it, or undefined (another channel, a message that is not a
 * result, or one that already carries attachments): the long text is replaced by the headline, so that
 * the card and the text never say the same thing twice.
 */
export function cardChannelResult(
  message: { channelData?: unknown; attachments?: readonly unknown[] | undefined },
  channelId: string | undefined,
  locale: Locale,
): CardChannelResult | undefined {
  if (!channelId || !CARD_CHANNELS.has(channelId)) return undefined;
  if (message.attachments && message.attachments.length > 0) return undefined;
  const shown = shownResult(message);
  if (!shown) return undefined;
  const view = buildResultViewModel(shown.triage, locale);
  return {
    text: cardHeadline(view),
    summary: cardSummary(view),
    attachment: {
      contentType: ADAPTIVE_CARD_CONTENT_TYPE,
      content: renderResultCard(view, shown.caseLinks),
    },
  };
}
