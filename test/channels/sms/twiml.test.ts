import { describe, expect, it } from 'vitest';
import { messagingTwiml } from '../../../src/channels/sms/twiml.ts';

describe('messagingTwiml', () => {
  it.each([
    ['nothing to send', [], '<?xml version="1.0" encoding="UTF-8"?><Response/>'],
    [
      'one message',
      ['Hello'],
      '<?xml version="1.0" encoding="UTF-8"?><Response><Message>Hello</Message></Response>',
    ],
    [
      'several, in order, XML-escaped',
      ['Fees & <penalties>', 'a\nb'],
      '<?xml version="1.0" encoding="UTF-8"?><Response><Message>Fees &amp; &lt;penalties&gt;</Message><Message>a\nb</Message></Response>',
    ],
  ])('%s', (_name, messages, expected) => {
    expect(messagingTwiml(messages)).toBe(expected);
  });
});
