import type { ReadLine } from './read-text.ts';

/** Messages between the pool and a reading thread; bytes are transferred, never copied or stored. */
export type EngineRequest = { id: number; kind: 'picture' | 'pdf'; bytes: Uint8Array };

export type EngineFailure = 'encrypted' | 'too_many_pages' | 'unreadable';

export type EngineResponse =
  { id: number; ok: true; lines: ReadLine[] } | { id: number; ok: false; code: EngineFailure };

export type ReaderLimits = { maxPages: number; maxPixels: number };
