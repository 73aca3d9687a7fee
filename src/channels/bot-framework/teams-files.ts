import type { Attachment, TurnContext } from 'botbuilder';
import { AppCredentials, type ConnectorClient } from 'botframework-connector';
import { refusedFileAttachment, useFileCredential, type FileCredential } from '../channel.ts';

export const TEAMS_CHANNEL_ID = 'msteams';

/**
 * A file sent in a Teams personal chat (the app declares `supportsFiles`) arrives as this card: the file
 * stays in the sender's OneDrive, and `downloadUrl` is short-lived and pre-authorised (no token goes there).
 */
const TEAMS_FILE = 'application/vnd.microsoft.teams.file.download.info';
const TEAMS_FILE_TYPES: Readonly<Record<string, string>> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
};
/**
 * A photo pasted in the message arrives as an image attachment whose `contentUrl` is on the Teams service
 * (`…/v3/attachments/{id}/views/original`), fetched with the bot's token; Teams may say only `image/*`, and
 * the service's Content-Type then names it (the reader checks it against the bytes).
 */
const PASTED_PHOTO_TYPES = new Set(['image/*', 'image/png', 'image/jpeg', 'image/jpg']);

type TeamsFileContent = { downloadUrl?: unknown; fileType?: unknown };

/**
 * Turns what Teams sends into the attachments every channel gives the bot: a photo or PDF at a URL, or a
 * refused file the bot answers in words (a Word file, a GIF). The HTML copy of a message with a pasted
 * photo is left as it is: its `<img>` address is for display, not for download.
 */
function asReadableAttachments(attachments: readonly Attachment[]): Attachment[] {
  return attachments.map((attachment) => {
    const type = attachment.contentType.replace(/;.*/s, '').trim().toLowerCase();
    if (type === TEAMS_FILE) {
      const content = attachment.content as TeamsFileContent | undefined;
      const fileType = TEAMS_FILE_TYPES[String(content?.fileType).toLowerCase()];
      if (!fileType || typeof content?.downloadUrl !== 'string')
        return refusedFileAttachment('unsupported_type');
      return { contentType: fileType, contentUrl: content.downloadUrl, name: attachment.name };
    }
    if (type.startsWith('image/') && attachment.contentUrl && !PASTED_PHOTO_TYPES.has(type))
      return refusedFileAttachment('unsupported_type');
    return attachment;
  });
}

/**
 * Prepares a turn's files: its attachments as above (a file card comes only from Teams; an image the bot
 * cannot read is answered in words whatever the channel), and on Teams the bot's
 * token (from the credentials botbuilder replies with: the same app registration, tenant and identity) as
 * the credential for the Teams service the message came from. botbuilder has checked, with the channel's
 * token, that the message came from that service; the bot's token goes nowhere else.
 */
export function prepareTeamsFiles(context: TurnContext): void {
  const { activity } = context;
  if (activity.attachments) activity.attachments = asReadableAttachments(activity.attachments);
  if (activity.channelId !== TEAMS_CHANNEL_ID) return;
  const credential = botToken(context);
  if (credential) useFileCredential(context, credential);
}

function botToken(context: TurnContext): FileCredential | undefined {
  const connector = context.turnState.get<ConnectorClient | undefined>(context.adapter.ConnectorClientKey);
  const credentials = connector?.credentials;
  // Without an app id (the Emulator's local mode) the bot has no token to give.
  if (!(credentials instanceof AppCredentials) || !credentials.appId) return undefined;
  const origin = URL.parse(context.activity.serviceUrl)?.origin;
  if (!origin) return undefined;
  return { origin, authorization: async () => `Bearer ${await credentials.getToken()}` };
}
