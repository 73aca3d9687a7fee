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

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    logger.info({ signal }, 'shutting down');
    void app.close().then(() => process.exit(0));
  });
}
