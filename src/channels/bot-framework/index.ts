import type { ChannelFactory } from '../channel.ts';
import { createAdapter } from './bot-adapter.ts';
import { registerMessagesRoute } from './messages-route.ts';

/** Teams, Azure's Web Chat and the Emulator: the Bot Framework protocol at POST /api/messages. */
export const botFrameworkChannel: ChannelFactory = ({ config, logger, logIds }) => {
  const adapter = createAdapter(config, logger);
  return {
    name: 'bot-framework',
    register(server, bot) {
      registerMessagesRoute(server, adapter, bot, { logger, logIds });
    },
  };
};
