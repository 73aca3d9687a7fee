import type { ChannelFactory } from '../channel.ts';
import { registerSmsRoute } from './sms-route.ts';
import { smsSettingsFrom } from './sms-settings.ts';

export { SMS_CHANNEL_ID } from './sms-store.ts';
export { twilioMediaAuthorization } from './sms-settings.ts';

/** Twilio's incoming-message webhook at POST /api/sms; present only when a Twilio auth token is set. */
export const smsChannel: ChannelFactory = ({ config, logger, logIds, storage }) => {
  const settings = smsSettingsFrom(config);
  if (!settings) return undefined;
  return {
    name: 'sms',
    register(server, bot) {
      registerSmsRoute(server, { settings, storage, bot, logger, logIds });
    },
  };
};
