import type { ChannelFactory } from '../channel.ts';
import { createAdapter } from './bot-adapter.ts';
import { registerMessagesRoute } from './messages-route.ts';
import { isSharedConversation, TeamsAlerts } from './teams-alerts.ts';
import { prepareTeamsFiles } from './teams-files.ts';

export { TEAMS_CHANNEL_ID } from './teams-files.ts';

/**
 * Teams, Azure's Web Chat and the Emulator: the Bot Framework protocol at POST /api/messages. The
 * conversation about a notice runs in personal chats; a Teams channel or group chat only takes the
 * firm's alerts (with TEAMS_ALERT_TENANT_ID) and answers anything else with "open me in a personal chat".
 * In production it needs MicrosoftAppId; without one the channel is left out.
 */
export const botFrameworkChannel: ChannelFactory = ({ config, logger, logIds, storage, identity }) => {
  if (config.NODE_ENV === 'production' && !config.MicrosoftAppId) {
    // Unauthenticated Bot Framework traffic is for the Emulator only; a web- or SMS-only firm needs no bot.
    logger.info('no MicrosoftAppId in production: /api/messages is off (web and SMS only)');
    return undefined;
  }
  const adapter = createAdapter(config, logger, identity);
  const alerts = new TeamsAlerts({
    adapter,
    appId: config.MicrosoftAppId ?? '',
    storage,
    tenantId: config.TEAMS_ALERT_TENANT_ID,
    now: () => new Date(),
    logger,
  });
  return {
    name: 'bot-framework',
    ...(config.TEAMS_ALERT_TENANT_ID ? { alerts } : {}),
    register(server, bot) {
      registerMessagesRoute(
        server,
        adapter,
        {
          run: (context) => {
            if (isSharedConversation(context)) return alerts.handler.run(context);
            prepareTeamsFiles(context);
            return bot.run(context);
          },
        },
        { logger, logIds },
      );
    },
  };
};
