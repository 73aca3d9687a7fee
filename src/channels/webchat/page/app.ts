/**
 * The chat page's script, run in the browser after Web Chat's own bundle. It is served with its types
 * stripped (so it uses only erasable syntax and imports nothing) and reads its settings from the
 * data attributes of #webchat, because the page allows no inline script.
 */

type PageElement = {
  dataset: Record<string, string | undefined>;
  hidden: boolean;
  textContent: string | null;
  style: { setProperty(name: string, value: string): void };
  addEventListener(type: string, listener: () => void): void;
};

type WebChatGlobal = {
  createDirectLine(options: { domain: string; token: string; webSocket: boolean }): unknown;
  renderWebChat(props: Record<string, unknown>, element: PageElement): void;
};

declare const document: {
  getElementById(id: string): PageElement | null;
  documentElement: PageElement;
};
declare const window: { WebChat?: WebChatGlobal; location: { href: string } };

type TokenResponse = { token: string };

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

async function start(root: PageElement, status: PageElement, retry: PageElement): Promise<void> {
  const { tokenUrl, domain, webSocket, brandColor, nonce, locale, connecting, unavailable } = root.dataset;
  const webChat = window.WebChat;
  status.hidden = false;
  retry.hidden = true;
  status.textContent = connecting ?? '';
  try {
    if (!webChat || !tokenUrl || !domain || !locale) throw new Error('the page is incomplete');
    const response = await fetch(tokenUrl, { method: 'POST', headers: { accept: 'application/json' } });
    if (!response.ok) throw new Error(`token request answered ${response.status}`);
    const body: unknown = await response.json();
    if (!isTokenResponse(body)) throw new Error('token response without a token');
    const directLine = webChat.createDirectLine({
      domain: new URL(domain, window.location.href).href.replace(/\/+$/, ''),
      token: body.token,
      webSocket: webSocket === 'true',
    });
    webChat.renderWebChat(
      {
        directLine,
        locale,
        ...(nonce ? { nonce } : {}),
        styleOptions: styleOptions(brandColor ?? '#1f3a68'),
      },
      root,
    );
    status.hidden = true;
  } catch {
    status.textContent = unavailable ?? '';
    retry.hidden = false;
  }
}

function main(): void {
  const root = document.getElementById('webchat');
  const status = document.getElementById('webchat-status');
  const retry = document.getElementById('webchat-retry');
  if (!root || !status || !retry) return;
  if (root.dataset.brandColor) document.documentElement.style.setProperty('--brand', root.dataset.brandColor);
  retry.addEventListener('click', () => {
    void start(root, status, retry);
  });
  void start(root, status, retry);
}

main();
