import twilio from 'twilio';

/** The webhook's answer: one <Message> per body, XML-escaped by Twilio's builder; none sends nothing. */
export function messagingTwiml(messages: readonly string[]): string {
  const response = new twilio.twiml.MessagingResponse();
  for (const body of messages) response.message(body);
  return response.toString();
}
