import type { ChannelFactory } from '../channel.ts';
import { UPLOAD_PATH } from './direct-line-routes.ts';
import { registerWebChatRoutes } from './webchat-routes.ts';
import { webChatSettingsFrom } from './webchat-settings.ts';

/** The chat page at `/`, the embed snippet and Direct Line (the bot's own, or tokens for Azure's). */
export const webChatChannel: ChannelFactory = ({
  config,
  logger,
  logIds,
  storage,
  maxFileBytes,
  opening,
}) => {
  const settings = webChatSettingsFrom(config);
  let routes: { stop(): void } | undefined;
  return {
    name: 'webchat',
    register(server, bot) {
      routes = registerWebChatRoutes(server, {
        settings,
        storage,
        bot,
        logger,
        logIds,
        maxFileBytes,
        opening,
      });
    },
    stop() {
      routes?.stop();
    },
    // Through Azure's Direct Line, uploads go to Azure and reach the bot as a URL to fetch.
    ...(settings.directLine.kind === 'local' ? { uploadPaths: [UPLOAD_PATH] } : {}),
  };
};
