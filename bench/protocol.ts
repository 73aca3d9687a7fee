import { z } from 'zod';
import { SERVER_KINDS } from './conversation-script.ts';
import { LatencySummarySchema } from './latency-stats.ts';

/*
 * The IPC messages between the orchestrator (bench/run.ts), the server under test and the load
 * generator. Each process checks what it receives: a child that answers garbage is a bench bug.
 */

/** Server → orchestrator. */
export const ServerMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('listening'), port: z.number().int().positive() }),
  z.object({
    type: z.literal('sample'),
    cpuMicros: z.number(),
    wallMs: z.number(),
    rssBytes: z.number(),
    heapUsedBytes: z.number(),
  }),
]);
export type ServerMessage = z.infer<typeof ServerMessageSchema>;

/** Orchestrator → server. */
export const ServerCommandSchema = z.discriminatedUnion('type', [
  /** `gc`: collect garbage first (servers started with --expose-gc), so heap figures mean live objects. */
  z.object({ type: z.literal('sample'), gc: z.boolean().optional() }),
  z.object({ type: z.literal('stop') }),
]);

/** Orchestrator → load generator: one scenario's load. */
const RunRequestSchema = z.object({
  type: z.literal('run'),
  /** One server, or several sharing state: the turns of a conversation then alternate between them. */
  urls: z.array(z.url()).min(1),
  kind: z.enum(SERVER_KINDS),
  /** Prefix of this scenario's conversation ids, unique per run so reruns never meet old state. */
  conversationPrefix: z.string().min(1),
  concurrency: z.number().int().positive(),
  /** A conversation's pause between a reply and its next message; 0 is closed-loop (at once). */
  thinkMs: z.number().nonnegative(),
  warmupMs: z.number().nonnegative(),
  durationMs: z.number().positive(),
});
export type RunRequest = z.infer<typeof RunRequestSchema>;

/** Orchestrator → load generator: create `conversations` live conversations of `turns` turns each. */
const PopulateRequestSchema = z.object({
  type: z.literal('populate'),
  urls: z.array(z.url()).min(1),
  conversationPrefix: z.string().min(1),
  conversations: z.number().int().positive(),
  turns: z.number().int().min(1),
  concurrency: z.number().int().positive(),
});
export type PopulateRequest = z.infer<typeof PopulateRequestSchema>;

/** Orchestrator → load generator: whole conversations at a steady rate, a `tick` every `sampleMs`. */
const SoakRequestSchema = z.object({
  type: z.literal('soak'),
  urls: z.array(z.url()).min(1),
  conversationPrefix: z.string().min(1),
  turnsPerSecond: z.number().positive(),
  concurrency: z.number().int().positive(),
  durationMs: z.number().positive(),
  sampleMs: z.number().positive(),
});
export type SoakRequest = z.infer<typeof SoakRequestSchema>;

export const LoadRequestSchema = z.discriminatedUnion('type', [
  RunRequestSchema,
  PopulateRequestSchema,
  SoakRequestSchema,
]);

const LoadResultSchema = z.object({
  /** Requests that started and finished inside the measured window and got the right answer. */
  turns: z.number().int().nonnegative(),
  measuredMs: z.number().positive(),
  turnsPerSecond: z.number().nonnegative(),
  conversationsCompleted: z.number().int().nonnegative(),
  latency: LatencySummarySchema,
  /** Wrong replies, non-200 answers and failed requests, warm-up included. */
  errors: z.number().int().nonnegative(),
  errorSamples: z.array(z.string()),
  /** CPU the load generator itself used during the measured window, as a share of one core. */
  loadCpuShare: z.number().nonnegative(),
});
export type LoadResult = z.infer<typeof LoadResultSchema>;

/** Load generator → orchestrator. */
export const LoadMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('phase'), phase: z.enum(['measure', 'drain']) }),
  z.object({ type: z.literal('result'), result: LoadResultSchema }),
  z.object({
    type: z.literal('populated'),
    conversations: z.number().int().nonnegative(),
    errors: z.number().int().nonnegative(),
    errorSamples: z.array(z.string()),
    latency: LatencySummarySchema,
  }),
  /** One soak interval: the latencies of the turns answered in it. */
  z.object({
    type: z.literal('tick'),
    elapsedMs: z.number().nonnegative(),
    turns: z.number().int().nonnegative(),
    errors: z.number().int().nonnegative(),
    latency: LatencySummarySchema,
  }),
  z.object({ type: z.literal('failed'), message: z.string() }),
]);
export type LoadMessage = z.infer<typeof LoadMessageSchema>;
