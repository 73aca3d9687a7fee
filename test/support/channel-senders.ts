import { randomUUID } from 'node:crypto';
import twilio from 'twilio';
import { expect } from 'vitest';
import { botTexts, DirectLineClient } from '../channels/webchat/direct-line-client.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * One message on the local Direct Line as Web Chat sends it: a new conversation, the text, then polls
 * until a reply matches `until` (at most about 5 s); returns the bot's texts.
 */
export async function sendByWebChat(url: string, text: string, until: RegExp): Promise<string[]> {
  const client = new DirectLineClient(url);
  await client.start();
  await client.say(text);
  const replies: string[] = [];
  for (let polls = 0; polls < 100 && !replies.some((reply) => until.test(reply)); polls++) {
    replies.push(...botTexts(await client.poll()));
    await sleep(50);
  }
  return replies;
}

/** Twilio's settings a signed webhook needs: the auth token and the public URL it signs. */
export type SmsSigning = { authToken: string; publicUrl: string };

/** One text as Twilio's webhook posts it, signed with the account's token; returns the TwiML messages. */
export async function sendBySms(url: string, text: string, signing: SmsSigning): Promise<string[]> {
  const fields = {
    MessageSid: `SM${randomUUID().replace(/-/g, '')}`,
    AccountSid: `AC${'5'.repeat(32)}`,
    From: '+15555550123',
    To: '+15550001111',
    Body: text,
    NumMedia: '0',
  };
  const response = await fetch(`${url}/api/sms`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'x-twilio-signature': twilio.getExpectedTwilioSignature(signing.authToken, signing.publicUrl, fields),
    },
    body: new URLSearchParams(fields).toString(),
  });
  expect(response.status).toBe(200);
  return [...(await response.text()).matchAll(/<Message>([\s\S]*?)<\/Message>/g)].map(
    ([, body]) => body ?? '',
  );
}
