/**
 * The embed snippet, run on a firm's own website:
 *   <script src="https://bot.example.com/embed.js" data-firm="…" data-color="#1f3a68" data-booking-url="…" defer></script>
 * adds a launcher button and, once opened, a panel with the chat page in an iframe. Served with its types
 * stripped as a classic script, so everything stays inside one function and nothing leaks into the
 * firm's page. Styles are set through the DOM (not style attributes), so a strict CSP there allows them.
 */

type Style = Record<string, string>;

type EmbedElement = {
  id: string;
  type: string;
  title: string;
  src: string;
  href: string;
  target: string;
  rel: string;
  hidden: boolean;
  textContent: string | null;
  dataset: Record<string, string | undefined>;
  style: Style;
  setAttribute(name: string, value: string): void;
  appendChild(child: EmbedElement): EmbedElement;
  addEventListener(type: string, listener: (event: { key?: string }) => void): void;
  focus(): void;
};

declare const document: {
  currentScript: (EmbedElement & { src: string }) | null;
  body: EmbedElement;
  createElement(tag: string): EmbedElement;
  addEventListener(type: string, listener: (event: { key?: string }) => void): void;
};

(() => {
  const DEFAULT_COLOR = '#1f3a68';
  const DEFAULT_FIRM = 'Notice Navigator';
  const MAX_FIRM_CHARS = 80;
  const PANEL_ID = 'notice-navigator-panel';
  const FONT_STACK = 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif';

  const script = document.currentScript;
  if (!script?.src) return;
  const chatOrigin = new URL(script.src).origin;
  const firm = (script.dataset.firm ?? '').trim().slice(0, MAX_FIRM_CHARS) || DEFAULT_FIRM;
  const color = /^#[0-9a-fA-F]{6}$/.test(script.dataset.color ?? '')
    ? (script.dataset.color as string)
    : DEFAULT_COLOR;
  const bookingUrl = httpUrl(script.dataset.bookingUrl);

  function httpUrl(value: string | undefined): string | undefined {
    if (!value) return undefined;
    try {
      const url = new URL(value);
      return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
    } catch {
      return undefined;
    }
  }

  function element(tag: string, style: Style, text?: string): EmbedElement {
    const el = document.createElement(tag);
    Object.assign(el.style, style);
    if (text !== undefined) el.textContent = text;
    return el;
  }

  /** A white-on-colour (or on nothing) button; `style` adds to what the launcher and close share. */
  function button(style: Style, text: string): EmbedElement {
    const el = element('button', { border: 'none', color: '#ffffff', cursor: 'pointer', ...style }, text);
    el.type = 'button';
    return el;
  }

  const launcher = button(
    {
      position: 'fixed',
      right: '20px',
      bottom: '20px',
      zIndex: '2147483000',
      padding: '12px 18px',
      borderRadius: '24px',
      background: color,
      font: `600 15px/1.2 ${FONT_STACK}`,
      boxShadow: '0 4px 14px rgba(0, 0, 0, 0.25)',
    },
    'Questions about an IRS notice?',
  );
  launcher.setAttribute('aria-expanded', 'false');
  launcher.setAttribute('aria-controls', PANEL_ID);

  const panel = element('div', {
    position: 'fixed',
    right: '20px',
    bottom: '80px',
    zIndex: '2147483000',
    width: 'min(400px, calc(100vw - 40px))',
    height: 'min(640px, calc(100vh - 110px))',
    display: 'flex',
    flexDirection: 'column',
    background: '#ffffff',
    borderRadius: '12px',
    overflow: 'hidden',
    boxShadow: '0 8px 28px rgba(0, 0, 0, 0.3)',
  });
  panel.id = PANEL_ID;
  panel.hidden = true;
  panel.setAttribute('role', 'dialog');
  panel.setAttribute('aria-label', `Chat with ${firm}`);

  const header = element('div', {
    display: 'flex',
    alignItems: 'center',
    gap: '12px',
    padding: '10px 12px 10px 16px',
    background: color,
    color: '#ffffff',
    font: `600 15px/1.3 ${FONT_STACK}`,
  });
  header.appendChild(element('span', { flex: '1' }, firm));
  if (bookingUrl) {
    const booking = element(
      'a',
      { color: '#ffffff', fontWeight: '400', fontSize: '13px', textDecoration: 'underline' },
      'Book a consultation',
    );
    booking.href = bookingUrl;
    booking.target = '_blank';
    booking.rel = 'noopener noreferrer';
    header.appendChild(booking);
  }
  const close = button({ background: 'transparent', fontSize: '22px', lineHeight: '1' }, '×');
  close.setAttribute('aria-label', 'Close the chat');
  header.appendChild(close);
  panel.appendChild(header);

  const frame = element('iframe', { flex: '1', width: '100%', border: 'none' });
  frame.title = `Chat with ${firm}`;
  panel.appendChild(frame);

  function setOpen(open: boolean): void {
    // The chat page (and so a conversation) is loaded only when someone opens the panel.
    if (open && !frame.src) frame.src = `${chatOrigin}/?embed=1&color=${encodeURIComponent(color)}`;
    panel.hidden = !open;
    panel.style.display = open ? 'flex' : 'none';
    launcher.setAttribute('aria-expanded', String(open));
    if (open) frame.focus();
    else launcher.focus();
  }

  launcher.addEventListener('click', () => {
    setOpen(panel.hidden);
  });
  close.addEventListener('click', () => {
    setOpen(false);
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !panel.hidden) setOpen(false);
  });

  panel.style.display = 'none';
  document.body.appendChild(panel);
  document.body.appendChild(launcher);
})();
