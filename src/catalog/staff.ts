import { en } from './en.ts';
import { DEFAULT_LOCALE, LOCALE_TAGS, type Locale } from './locale.ts';

/*
 * The words of the firm's desk (/staff). Staff work in the firm's language, not in each client's, so
 * the desk has one entry, in the product's default language; the client's language is shown as data.
 */

export const STAFF_LOCALE: Locale = DEFAULT_LOCALE;
export const STAFF_LANG_TAG = LOCALE_TAGS[STAFF_LOCALE];

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const HANDLING = {
  new: 'New',
  contacted: 'Contacted',
  booked: 'Booked',
  closed: 'Closed',
} as const;

const DELIVERY = {
  pending: 'On its way to your system',
  delivered: 'Delivered to your system',
  dead: 'Delivery failed',
} as const;

const LANGUAGE: Readonly<Record<Locale, string>> = { en: 'English', es: 'Spanish' };

export const staffWords = {
  format: en.format,
  urgency: en.result.urgency,
  handling: HANDLING,
  delivery: DELIVERY,
  language: LANGUAGE,
  daysLeft: (days: number) =>
    days < 0
      ? `${plural(-days, 'day', 'days')} ago`
      : days === 0
        ? 'today'
        : `${plural(days, 'day', 'days')} left`,
  inbox: {
    title: 'Intakes',
    signedInAs: (name: string) => `Signed in as ${name}`,
    signOut: 'Sign out',
    filters: 'Find intakes',
    search: 'Name, email, phone or reference',
    urgency: 'Urgency',
    handling: 'Handling',
    delivery: 'Delivery',
    since: 'Received on or after',
    any: 'Any',
    apply: 'Show',
    clear: 'Clear',
    caption: 'Newest first',
    none: 'No intakes match.',
    older: 'Older intakes',
    columns: {
      reference: 'Reference',
      received: 'Received',
      name: 'Name',
      notice: 'Notice',
      urgency: 'Urgency',
      deadline: 'Nearest deadline',
      handling: 'Handling',
      delivery: 'Delivery',
    },
    noDeadline: 'None',
    deleted: 'Details deleted at the person’s request',
  },
  intake: {
    title: (reference: string) => `Intake ${reference}`,
    back: 'All intakes',
    person: 'The person',
    name: 'Name',
    email: 'Email',
    mobile: 'Mobile',
    preferred: 'Prefers',
    times: 'Good times',
    language: 'Language',
    description: 'In their words',
    notice: 'The notice',
    code: 'Notice',
    noticeDate: 'Dated',
    taxYear: 'Tax year',
    amountDue: 'Amount due',
    agreement: 'Agrees with the amount',
    urgencyLabel: 'Urgency',
    scamFlags: 'Scam warning signs',
    readFromDocument: 'Read from a photo or PDF of the notice, confirmed by the person',
    deadlines: 'Deadlines',
    estimate: 'estimate',
    source: 'Source',
    options: 'Options shown',
    checklist: 'Documents',
    have: { yes: 'has it', no: 'does not have it', unknown: 'not asked' },
    received: 'Received',
    channel: 'Channel',
    consent: 'Consent given',
    reference: 'Reference',
    deliveryTitle: 'Delivery to your system',
    attempts: (n: number) => plural(n, 'attempt', 'attempts'),
    lastError: 'Last error',
    deliveredAt: 'Delivered',
    sendAgain: 'Send again',
    handlingTitle: 'Handling',
    changedBy: (by: string, at: string) => `Set by ${by}, ${at}`,
    notChanged: 'Not changed yet',
    state: 'State',
    note: 'Add a note',
    save: 'Save',
    notes: 'Notes',
    noNotes: 'No notes yet.',
    deletedDetails: 'The person asked to delete their details; the case facts remain.',
    contactMethod: { email: 'Email', phone: 'A call', text: 'A text message' },
  },
  errors: {
    title: 'Something is not right',
    notFound: 'There is no intake with that id or reference.',
    ambiguous: 'More than one intake has that reference; open one of these:',
    invalid: 'Please check these:',
    csrf: 'This form has expired. Go back, reload the page and try again.',
    loginExpired: 'The sign-in took too long or was started elsewhere. Start again.',
    loginFailed: 'The sign-in did not complete. Start again.',
    signInAgain: 'Sign in',
    notDead: 'That delivery is not failed, so it was not sent again.',
    unavailable: 'The identity provider did not answer. Try again in a minute.',
  },
  /** Teams alerts: the cards posted to the firm's channel, and the desk's line about them. */
  alerts: {
    newTitle: (reference: string) => `New intake ${reference}`,
    deadTitle: (reference: string) => `Delivery failed: intake ${reference}`,
    deadBody: {
      'intake.created':
        'Your system did not accept this intake after every retry. Open it on the desk to send it again.',
      'intake.deleted':
        'Your system did not accept the notice that this person deleted their details. Open it on the desk to send it again.',
    },
    nearest: (date: string, days: string) => `Nearest deadline: ${date} (${days})`,
    noDeadline: 'No deadline on this notice',
    open: 'Open on the desk',
    /** Posted once where the app was added, so the channel knows what will arrive. */
    added:
      'New intakes and failed deliveries will be posted here, without the person’s name or contact details. Open them on the desk.',
    /** Posted where the app was added from a tenant that is not the firm's (or with alerts not set up). */
    notHere: 'This app posts intake alerts only in the firm’s own Teams.',
    status: {
      on: { channel: 'Teams alerts: on, in a channel', groupChat: 'Teams alerts: on, in a group chat' },
      off: {
        'not-added': 'Teams alerts: off. Add the app to a channel or group chat to turn them on.',
        removed: 'Teams alerts: off, the app was removed from their channel. Add it to a channel again.',
        gone: 'Teams alerts: off, their channel or chat no longer exists. Add the app to a channel again.',
      },
    },
  },
  signedOut: { title: 'Signed out', body: 'You are signed out of the intake desk.', again: 'Sign in again' },
};
