import { ConfidentialClientApplication, type INetworkModule } from '@azure/msal-node';
import {
  CallerIdConstants,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  MessageFactory,
  type ConfigurationBotFrameworkAuthenticationOptions,
} from 'botbuilder';
import { AuthenticationConstants, MsalServiceClientCredentialsFactory } from 'botframework-connector';
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
 * Where the Microsoft identity platform is reached, when not at its public addresses: tests give local
 * stand-ins that speak its protocols. Production leaves both out.
 */
export type IdentityEndpoints = {
  /** MSAL's network for the bot's own token (replies, alerts, a photo pasted in Teams). */
  tokenNetwork?: INetworkModule;
  /** The OpenID metadata whose keys sign the channels' tokens (botbuilder's ToBotFromChannelOpenIdMetadataUrl). */
  channelOpenIdMetadataUrl?: string;
};

/**
 * The Bot Framework adapter. Without an app id, botbuilder skips authentication: that is the Emulator's
 * local mode, never built in production (the channel is left out there). With one, every request must carry
 * a valid token.
 */
export function createAdapter(
  settings: AdapterSettings,
  logger: Logger,
  endpoints: IdentityEndpoints = {},
): CloudAdapter {
  // botbuilder insists on an app id for SingleTenant, so the app type only applies once there is one.
  const auth = new ConfigurationBotFrameworkAuthentication(
    settings.MicrosoftAppId
      ? {
          MicrosoftAppId: settings.MicrosoftAppId,
          MicrosoftAppPassword: settings.MicrosoftAppPassword,
          MicrosoftAppType: settings.MicrosoftAppType,
          MicrosoftAppTenantId: settings.MicrosoftAppTenantId,
          ...channelKeysAt(endpoints.channelOpenIdMetadataUrl),
        }
      : {},
    passwordCredentials(settings, endpoints.tokenNetwork),
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

/**
 * The public cloud's settings with the channels' keys elsewhere: botbuilder takes one of them given as
 * meaning all are, so the others are its own public-cloud values.
 */
function channelKeysAt(
  openIdMetadataUrl: string | undefined,
): Partial<ConfigurationBotFrameworkAuthenticationOptions> {
  if (!openIdMetadataUrl) return {};
  return {
    ValidateAuthority: true,
    ToChannelFromBotLoginUrl: AuthenticationConstants.ToChannelFromBotLoginUrl,
    ToChannelFromBotOAuthScope: AuthenticationConstants.ToChannelFromBotOAuthScope,
    ToBotFromChannelTokenIssuer: AuthenticationConstants.ToBotFromChannelTokenIssuer,
    OAuthUrl: AuthenticationConstants.OAuthUrl,
    ToBotFromChannelOpenIdMetadataUrl: openIdMetadataUrl,
    ToBotFromEmulatorOpenIdMetadataUrl: AuthenticationConstants.ToBotFromEmulatorOpenIdMetadataUrl,
    CallerId: CallerIdConstants.PublicAzureChannel,
  };
}

/** Where a bot's token is asked for: its own tenant (SingleTenant), or the Bot Framework's. */
const LOGIN_PREFIX = 'https://login.microsoftonline.com/';
const MULTI_TENANT_AUTHORITY = 'botframework.com';

/**
 * The bot's outgoing token (replies, proactive alerts) from MSAL with its app id and password, at the
 * authority botbuilder itself would use. Built here so the token endpoint's network can be given (tests
 * speak to a local token server through it); undefined leaves botbuilder's own factory (no password, or
 * a managed identity).
 */
function passwordCredentials(
  settings: AdapterSettings,
  network: INetworkModule | undefined,
): MsalServiceClientCredentialsFactory | undefined {
  const { MicrosoftAppId: appId, MicrosoftAppPassword: password } = settings;
  if (!appId || !password || settings.MicrosoftAppType === 'UserAssignedMSI') return undefined;
  const tenant =
    settings.MicrosoftAppType === 'SingleTenant' && settings.MicrosoftAppTenantId
      ? settings.MicrosoftAppTenantId
      : MULTI_TENANT_AUTHORITY;
  const client = new ConfidentialClientApplication({
    auth: { clientId: appId, clientSecret: password, authority: `${LOGIN_PREFIX}${tenant}` },
    ...(network ? { system: { networkClient: network } } : {}),
  });
  // botframework-connector declares the CommonJS build's class; this is the same class from the ES build.
  return new MsalServiceClientCredentialsFactory(
    appId,
    client as unknown as ConstructorParameters<typeof MsalServiceClientCredentialsFactory>[1],
  );
}
