import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { describeViolation, importEdges, tsFiles, violations, type LayerRules } from './import-graph.ts';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));

/** The process entries: they read the configuration once and compose (the CLI calls knowledge directly). */
const ENTRY_FILES = new Set(['server.ts', 'logger.ts']);

/**
 * Files every layer may use: the turn's language (channels word a failed turn in it), the reply trace, the
 * disclaimer's placing (its words are in the catalog) and the PII redactor, which runs wherever text is
 * kept (the logger, the intake record).
 */
const SHARED_FILES = new Set([
  'dialogs/turn-locale.ts',
  'dialogs/guidance.ts',
  'guardrails/disclaimer.ts',
  'guardrails/pii/redact-pii.ts',
]);

const EVERY_LAYER = [
  'config',
  'catalog',
  'bot',
  'channels',
  'http',
  'dialogs',
  'guardrails',
  'intake',
  'reading',
  'storage',
  'render',
  'knowledge',
  'shared',
];

/**
 * entry → bot → {channels, http, dialogs, guardrails, intake, storage}; dialogs, guardrails and intake →
 * knowledge; http knows no channel and no bot; nothing imports upward. reading (a photo or PDF of a
 * notice into facts) sits beside intake, used by dialogs and http; render (the views of a result) and
 * storage sit under every layer that shows or keeps something. Channels read their settings from config.
 * The catalog (every word, by locale) serves every layer that says something, and knows only knowledge's
 * types; storage keeps the locale a case was shown in. The firm's desk is alerted through a channel (Teams):
 * channels send, and render draws, intake's alert contract.
 */
const LAYER_RULES: LayerRules = {
  layerOf(path) {
    if (SHARED_FILES.has(path)) return 'shared';
    if (ENTRY_FILES.has(path) || path.startsWith('cli/')) return 'entry';
    if (path === 'config.ts') return 'config';
    return path.includes('/') ? path.split('/')[0] : undefined;
  },
  allowed: {
    entry: EVERY_LAYER,
    config: ['intake'],
    bot: EVERY_LAYER,
    channels: ['config', 'intake', 'storage', 'render', 'catalog', 'knowledge', 'shared'],
    http: ['intake', 'reading', 'storage', 'render', 'catalog', 'knowledge', 'shared'],
    dialogs: ['intake', 'reading', 'render', 'catalog', 'knowledge', 'shared'],
    guardrails: ['catalog', 'knowledge', 'shared'],
    intake: ['catalog', 'knowledge', 'shared'],
    reading: ['catalog', 'knowledge', 'shared'],
    storage: ['catalog', 'knowledge'],
    render: ['intake', 'catalog', 'knowledge', 'shared'],
    // The refusal texts are keyed by the scope rail's categories.
    shared: ['catalog', 'knowledge', 'guardrails'],
    catalog: ['knowledge'],
    knowledge: [],
  },
};

describe('import rules', () => {
  it('places every file under src/ in a layer the rules know', () => {
    const unplaced = tsFiles(SRC)
      .map((file) => relative(SRC, file).split(sep).join('/'))
      .filter((path) => !((LAYER_RULES.layerOf(path) ?? '') in LAYER_RULES.allowed));
    expect(unplaced).toEqual([]);
  });

  it('has no import that goes upward or across', () => {
    expect(violations(importEdges(SRC), LAYER_RULES).map(describeViolation)).toEqual([]);
  });

  describe('the checker', () => {
    const dir = mkdtempSync(join(tmpdir(), 'import-rules-'));
    afterAll(() => {
      rmSync(dir, { recursive: true, force: true });
    });
    const plant = (path: string, text: string) => {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    };

    it('names each planted upward or across import, and lets the downward ones pass', () => {
      plant('bot/notice-bot.ts', "import { rule } from '../knowledge/rules.ts';\nexport const bot = rule;\n");
      plant('knowledge/rules.ts', "import type { B } from '../bot/notice-bot.ts';\nexport const rule = 1;\n");
      plant('channels/channel.ts', "import '../storage/keyed-queue.ts';\nexport type Channel = string;\n");
      plant('storage/keyed-queue.ts', 'export {};\n');
      plant(
        'http/app.ts',
        "import type { Channel } from '../channels/channel.ts';\nexport type A = Channel;\n",
      );
      expect(violations(importEdges(dir), LAYER_RULES).map(describeViolation).sort()).toEqual([
        "http/app.ts (http) imports channels/channel.ts (channels) via '../channels/channel.ts'",
        "knowledge/rules.ts (knowledge) imports bot/notice-bot.ts (bot) via '../bot/notice-bot.ts'",
      ]);
    });
  });
});
