import type { Server } from 'restify';
import { ServerCommandSchema, type ServerMessage } from '../protocol.ts';

/**
 * Runs a server under test in this child process: listens on an ephemeral loopback port, reports it
 * to the orchestrator over IPC, answers CPU/memory samples, and closes cleanly when told to stop.
 */
export async function serveUnderBench(server: Server, close: () => Promise<void>): Promise<void> {
  if (!process.send)
    throw new Error('a bench server runs as a child of bench/run.ts (it needs an IPC channel)');
  await new Promise<void>((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      resolve();
    });
  });
  send({ type: 'listening', port: server.address().port });

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await close();
    process.exit(0);
  };
  process.on('message', (raw) => {
    const command = ServerCommandSchema.parse(raw);
    if (command.type === 'sample') {
      // Only servers started with --expose-gc have it; the others answer without collecting.
      if (command.gc) (globalThis as { gc?: () => void }).gc?.();
      const cpu = process.cpuUsage();
      const memory = process.memoryUsage();
      send({
        type: 'sample',
        cpuMicros: cpu.user + cpu.system,
        wallMs: performance.now(),
        rssBytes: memory.rss,
        heapUsedBytes: memory.heapUsed,
      });
    } else {
      void stop();
    }
  });
  // The orchestrator went away (crash, Ctrl-C): do not outlive it.
  process.on('disconnect', () => void stop());
}

function send(message: ServerMessage): void {
  process.send?.(message);
}

/** Closes a restify server, resolving once every connection is gone. */
export function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => {
      resolve();
    });
  });
}
