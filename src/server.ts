import { loadConfig, todayIn } from './config.ts';
import { composeApp } from './bot/compose.ts';
import { createLogger } from './logger.ts';

const loaded = loadConfig(process.env);
if (!loaded.ok) {
  process.stderr.write(`Configuration error:\n${loaded.errors.map((e) => `  ${e}`).join('\n')}\n`);
  process.exit(1);
}
const { config } = loaded;
const logger = createLogger(config.LOG_LEVEL);
const app = composeApp(config, logger, () => todayIn(config.TIME_ZONE, new Date()));

app.start();
app.server.listen(config.PORT, config.HOST, () => {
  logger.info({ url: app.server.url, timeZone: config.TIME_ZONE }, 'Notice Navigator is listening');
});

/** In-flight turns get this long to finish; then the process exits anyway (orchestrators kill at ~30 s). */
const SHUTDOWN_GRACE_MS = 25_000;

// Graceful shutdown: stop accepting, let in-flight turns finish, stop intake delivery, close the stores.
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    logger.info({ signal }, 'shutting down');
    setTimeout(() => {
      logger.error({ graceMs: SHUTDOWN_GRACE_MS }, 'in-flight work did not finish in time; exiting');
      process.exit(1);
    }, SHUTDOWN_GRACE_MS).unref();
    app.close().then(
      () => {
        logger.info('shut down cleanly');
        process.exit(0);
      },
      (err: unknown) => {
        logger.error({ err }, 'shutdown failed');
        process.exit(1);
      },
    );
  });
}
