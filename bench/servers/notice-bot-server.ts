import { composeApp } from '../../src/bot/compose.ts';
import { loadConfig } from '../../src/config.ts';
import { createLogger } from '../../src/logger.ts';
import { BENCH_TODAY } from '../settings.ts';
import { serveUnderBench } from './serve-under-bench.ts';

/*
 * The product itself, wired exactly as src/server.ts does (config from the environment, composeApp),
 * except that "today" is fixed so the load generator can check the triage result's dates.
 */

const loaded = loadConfig(process.env);
if (!loaded.ok) {
  process.stderr.write(`Configuration error:\n${loaded.errors.join('\n')}\n`);
  process.exit(1);
}
const { config } = loaded;
const app = composeApp(config, createLogger(config.LOG_LEVEL), () => BENCH_TODAY);

await serveUnderBench(app.server, () => app.close());
