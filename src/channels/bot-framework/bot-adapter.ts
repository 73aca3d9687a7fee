import { CloudAdapter, ConfigurationBotFrameworkAuthentication, MessageFactory } from 'botbuilder';
import type { Logger } from 'pino';
import type { Config } from '../../config.ts';
import { messages } from '../../catalog/catalog.ts';
import { spokenLocale } from '../../dialogs/turn-locale.ts';
import { guidance } from '../../dialogs/guidance.ts';
import { logTurnFailure } from '../channel.ts';

export type AdapterSettings = Pick<
  Config,
  'MicrosoftAppId' | 'MicrosoftAppPassword' | 'MicrosoftAppType' | 'MicrosoftAppTenantId'
>;

/**
 * The Bot Framework adapter. Without an app id, botbuilder skips authentication: that is the Emulator's
 * local mode, which config refuses in production. With one, every request must carry a valid token.
 */
export function createAdapter(settings: AdapterSettings, logger: Logger): CloudAdapter {
  // botbuilder insists on an app id for SingleTenant, so the app type only applies once there is one.
  const auth = new ConfigurationBotFrameworkAuthentication(
    settings.MicrosoftAppId
      ? {
          MicrosoftAppId: settings.MicrosoftAppId,
          MicrosoftAppPassword: settings.MicrosoftAppPassword,
          MicrosoftAppType: settings.MicrosoftAppType,
          MicrosoftAppTenantId: settings.MicrosoftAppTenantId,
        }
      : {},
  );
  if (!settings.MicrosoftAppId) {
    logger.warn('no MicrosoftAppId: accepting local unauthenticated Bot Framework traffic (Emulator mode)');
  }
  const adapter = new CloudAdapter(auth);
  adapter.onTurnError = async (context, error) => {
    logTurnFailure(context, error, logger);
    await context.sendActivity({
      ...MessageFactory.text(messages(spokenLocale(context)).dialog.turnError),
      channelData: { guidance: guidance('error') },
    });
  };
  return adapter;
}
