/**
 * The chat page's script. It runs before Web Chat's bundle has arrived (it is the first deferred script):
 * it takes over the page's own send box at once, so what the person types while Web Chat loads is kept,
 * then starts Web Chat when its bundle has run, and hands over to it when the bot's first message is in
 * Web Chat's transcript. It is served with its types stripped (so it uses only erasable syntax and imports
 * nothing) and reads its settings from data attributes, because the page allows no inline script.
 */

type PageElement = {
  dataset: Record<string, string | undefined>;
  hidden: boolean;
  textContent: string | null;
  className: string;
  value: string;
  style: { setProperty(name: string, value: string): void };
  addEventListener(type: string, listener: (event: { preventDefault(): void }) => void): void;
  appendChild(child: PageElement): PageElement;
  querySelector(selector: string): PageElement | null;
  scrollIntoView(options?: { block: string }): void;
  focus(): void;
};

type Action = { type: string; payload?: { activity?: { from?: { role?: string }; type?: string } } };
type Store = { dispatch(action: { type: string; payload: Record<string, unknown> }): void };
type Middleware = () => (next: (action: Action) => unknown) => (action: Action) => unknown;

type WebChatGlobal = {
  createDirectLine(options: { domain: string; token: string; webSocket: boolean }): unknown;
  createStore(initialState: Record<string, unknown>, middleware: Middleware): Store;
  renderWebChat(props: Record<string, unknown>, element: PageElement): void;
};

declare const document: {
  getElementById(id: string): PageElement | null;
  createElement(tag: string): PageElement;
  documentElement: PageElement;
  activeElement: unknown;
  addEventListener(type: string, listener: () => void): void;
};
declare const window: { WebChat?: WebChatGlobal; location: { href: string } };

type TokenResponse = { token: string };

type Page = {
  root: PageElement;
  early: PageElement;
  transcript: PageElement;
  input: PageElement;
  status: PageElement;
  retry: PageElement;
  /** Messages sent from the page's own send box, in order, for Web Chat to send once it is connected. */
  pending: string[];
};

function isTokenResponse(value: unknown): value is TokenResponse {
  return typeof value === 'object' && value !== null && typeof (value as TokenResponse).token === 'string';
}

/**
 * Web Chat's look in the firm's colour; suggested answers wrap under the question instead of scrolling.
 * Auto-scroll stops once the first new bot message reaches the top, so a long result is read from its
 * start (the date) rather than from its buttons. Subtle text (the "Just now" under a message) is dark
 * enough for WCAG AA on the page's grey (Web Chat's #767676 gives 4.2:1).
 */
function styleOptions(brand: string): Record<string, unknown> {
  return {
    accent: brand,
    bubbleFromUserBackground: brand,
    bubbleFromUserTextColor: '#ffffff',
    bubbleFromUserBorderRadius: 12,
    bubbleBorderRadius: 12,
    bubbleMaxWidth: 640,
    backgroundColor: '#f5f6f8',
    sendBoxButtonColor: brand,
    suggestedActionLayout: 'flow',
    suggestedActionBorderRadius: 16,
    suggestedActionTextColor: brand,
    suggestedActionBorderColor: brand,
    // The upload button sends one photo or PDF of the notice as soon as it is picked (the send box would not
    // show a file waiting for Send); no thumbnail of the letter is made or sent.
    uploadAccept: 'image/jpeg,image/png,application/pdf',
    uploadMultiple: false,
    sendAttachmentOn: 'attach',
    enableUploadThumbnail: false,
    autoScrollSnapOnPage: true,
    subtle: '#595f66',
    botAvatarInitials: 'NN',
    botAvatarBackgroundColor: brand,
    primaryFont: 'system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif',
  };
}

/** The page's own send box: a message sent before Web Chat is ready is shown and kept for it. */
function takeEarlyMessages(page: Page, form: PageElement): void {
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const text = page.input.value.trim();
    if (!text) return;
    page.pending.push(text);
    page.input.value = '';
    const item = document.createElement('li');
    item.className = 'early-message from-user';
    const said = document.createElement('span');
    said.className = 'visually-hidden';
    said.textContent = form.dataset.youSaid ?? '';
    const bubble = document.createElement('div');
    bubble.className = 'bubble';
    bubble.textContent = text;
    item.appendChild(said);
    item.appendChild(bubble);
    page.transcript.appendChild(item);
    item.scrollIntoView({ block: 'end' });
  });
}

/**
 * Shows Web Chat in place of the page's own transcript, with what the person typed there: messages they
 * sent are sent (after the bot's opening, which is already in Web Chat), a message not yet sent waits in
 * Web Chat's send box, and the focus follows if it was in the page's box.
 */
function handOver(page: Page, store: Store): void {
  const hadFocus = document.activeElement === page.input;
  page.early.hidden = true;
  page.root.hidden = false;
  for (const text of page.pending.splice(0))
    store.dispatch({ type: 'WEB_CHAT/SEND_MESSAGE', payload: { text } });
  if (page.input.value)
    store.dispatch({ type: 'WEB_CHAT/SET_SEND_BOX', payload: { text: page.input.value } });
  if (hadFocus) page.root.querySelector('.webchat__send-box-text-box__input')?.focus();
}

function requestToken(url: string | undefined): Promise<TokenResponse> {
  if (!url) return Promise.reject(new Error('the page is incomplete'));
  return fetch(url, { method: 'POST', headers: { accept: 'application/json' } }).then(async (response) => {
    if (!response.ok) throw new Error(`token request answered ${response.status}`);
    const body: unknown = await response.json();
    if (!isTokenResponse(body)) throw new Error('token response without a token');
    return body;
  });
}

async function start(page: Page, token: Promise<TokenResponse>): Promise<void> {
  const { root, status, retry } = page;
  const { domain, webSocket, brandColor, nonce, locale, connecting, unavailable } = root.dataset;
  const webChat = window.WebChat;
  status.hidden = false;
  retry.hidden = true;
  status.textContent = connecting ?? '';
  try {
    if (!webChat || !domain || !locale) throw new Error('the page is incomplete');
    const directLine = webChat.createDirectLine({
      domain: new URL(domain, window.location.href).href.replace(/\/+$/, ''),
      token: (await token).token,
      webSocket: webSocket === 'true',
    });
    let handedOver = false;
    const store = webChat.createStore({}, () => (next) => (action) => {
      const result = next(action);
      const activity = action.payload?.activity;
      const fromBot = activity?.type === 'message' && activity.from?.role === 'bot';
      if (!handedOver && action.type === 'DIRECT_LINE/INCOMING_ACTIVITY' && fromBot) {
        handedOver = true;
        // After this turn of the event loop, so the rest of the opening (same poll) is rendered too.
        setTimeout(() => handOver(page, store), 0);
      }
      return result;
    });
    webChat.renderWebChat(
      {
        directLine,
        store,
        locale,
        ...(nonce ? { nonce } : {}),
        styleOptions: styleOptions(brandColor ?? '#1f3a68'),
      },
      root,
    );
  } catch {
    status.textContent = unavailable ?? '';
    retry.hidden = false;
  }
}

function main(): void {
  const elements = [
    'webchat',
    'webchat-early',
    'webchat-early-transcript',
    'webchat-early-form',
    'webchat-early-input',
    'webchat-status',
    'webchat-retry',
  ].map((id) => document.getElementById(id));
  const [root, early, transcript, form, input, status, retry] = elements;
  if (!root || !early || !transcript || !form || !input || !status || !retry) return;
  const page: Page = { root, early, transcript, input, status, retry, pending: [] };
  if (root.dataset.brandColor) document.documentElement.style.setProperty('--brand', root.dataset.brandColor);
  takeEarlyMessages(page, form);
  // The token is asked for while Web Chat's bundle is still arriving.
  const token = requestToken(root.dataset.tokenUrl);
  token.catch(() => undefined);
  retry.addEventListener('click', () => {
    void start(page, requestToken(root.dataset.tokenUrl));
  });
  // Web Chat's bundle is the next deferred script: it has run when the document says it is loaded.
  document.addEventListener('DOMContentLoaded', () => {
    void start(page, token);
  });
}

main();
