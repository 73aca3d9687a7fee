import type { CloudAdapter } from 'botbuilder';
import type { Request, Response, Server } from 'restify';
import type { NoticeBot } from '../notice-bot.ts';

/** POST /api/messages: the Bot Framework protocol (Teams, Web Chat, the Emulator). */
export function registerMessagesRoute(server: Server, adapter: CloudAdapter, bot: NoticeBot): void {
  server.post('/api/messages', async (req: Request, res: Response) => {
    await adapter.process(req, res, (context) => bot.run(context));
  });
}
