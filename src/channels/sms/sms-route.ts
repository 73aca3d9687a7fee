import type { Storage } from 'botbuilder';
import type { Logger } from 'pino';
import type { Request, Response, Server } from 'restify';
import type { z } from 'zod';
import type { ChannelLogIds, TurnHandler } from '../channel.ts';
import { SmsChannel } from './sms-channel.ts';
import type { SmsSettings } from './sms-settings.ts';
import { hasValidTwilioSignature, parseFormBody, TwilioSmsWebhookSchema } from './sms-webhook.ts';
import { messagingTwiml } from './twiml.ts';

export type SmsRouteDeps = {
  settings: SmsSettings;
  bot: TurnHandler;
  /** The bot's storage: the channel keeps its records (hashed ids only) beside the conversation state. */
  storage: Storage;
  logger: Logger;
  logIds: Pick<ChannelLogIds, 'hashConversation'>;
  now?: () => number;
};

const FORM = 'application/x-www-form-urlencoded';

/** POST /api/sms: Twilio's incoming-message webhook, answered with TwiML. */
export function registerSmsRoute(server: Server, deps: SmsRouteDeps): void {
  const channel = new SmsChannel({
    logic: (context) => deps.bot.run(context),
    storage: deps.storage,
    logger: deps.logger,
    logIds: deps.logIds,
    hashSecret: deps.settings.hashSecret,
    serviceUrl: deps.settings.publicUrl,
    ...(deps.now ? { now: deps.now } : {}),
  });
  server.post('/api/sms', async (req: Request, res: Response) => {
    if (!req.is(FORM)) {
      res.send(415, { error: 'unsupported_media_type' });
      return;
    }
    const params = parseFormBody(rawBody(req));
    const signature = req.header('x-twilio-signature');
    const { authToken, publicUrl } = deps.settings;
    if (!hasValidTwilioSignature({ authToken, publicUrl, signature, params })) {
      // Checked before anything else reads the body: an unsigned request is never processed.
      deps.logger.warn(
        { route: '/api/sms', signed: Boolean(signature) },
        'sms webhook refused: bad signature',
      );
      res.send(403, { error: 'forbidden' });
      return;
    }
    const parsed = TwilioSmsWebhookSchema.safeParse(params);
    if (!parsed.success) {
      res.send(400, { error: 'invalid_request', issues: fieldIssues(parsed.error) });
      return;
    }
    const handled = await channel.handle(parsed.data);
    res.sendRaw(200, messagingTwiml(handled.messages), { 'content-type': 'text/xml; charset=utf-8' });
  });
}

/** The body as received: the signature is over the exact fields, so restify's parsed object is not used. */
function rawBody(req: Request): string {
  const raw: unknown = req.rawBody;
  if (typeof raw === 'string') return raw;
  return Buffer.isBuffer(raw) ? raw.toString('utf8') : '';
}

function fieldIssues(error: z.ZodError): { path: string; message: string }[] {
  return error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
}
