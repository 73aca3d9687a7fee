/**
 * Reads one notice file from stdin with the product's reader and prints the result as JSON: run by the
 * offline test inside a network namespace with no network at all.
 */
import { NoticeReader, READING_LIMITS } from '../../../src/reading/notice-reader.ts';

const chunks: Buffer[] = [];
for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
const reader = new NoticeReader({ ...READING_LIMITS, threads: 1, queueLimit: 1, timeoutMs: 120_000 });
const result = await reader.read(Buffer.concat(chunks), process.argv[2]);
await reader.close();
process.stdout.write(JSON.stringify(result));
