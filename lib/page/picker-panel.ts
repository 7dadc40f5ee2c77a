/**
 * The picker's panel and outline, in a closed shadow root on a host element of our own: the page
 * can neither read it nor style it (`all: initial` on the host stops inherited page CSS).
 */
const CSS = `
:host{all:initial}
.outline{position:fixed;pointer-events:none;z-index:2147483646;border:2px solid #e4393c;background:rgba(228,57,60,.12);box-sizing:border-box}
.panel{position:fixed;right:12px;bottom:12px;z-index:2147483647;width:min(440px,calc(100vw - 24px));font:13px/1.4 system-ui,sans-serif;color:#222;background:#fff;border:1px solid #999;border-radius:8px;box-shadow:0 4px 18px rgba(0,0,0,.3);padding:10px}
.panel input{box-sizing:border-box;width:100%;font:12px ui-monospace,monospace;padding:4px;margin:6px 0;border:1px solid #888;border-radius:4px;color:#222;background:#fff}
.panel button{font:inherit;margin:4px 6px 0 0;padding:4px 10px;border:1px solid #888;border-radius:4px;background:#f4f4f4;color:#222;cursor:pointer}
.panel button[data-primary]{background:#e4393c;color:#fff;border-color:#c22}
.msg{min-height:1.4em;color:#555}.msg[data-bad]{color:#b00}
`;

export interface PickerPanel {
  host: HTMLElement;
  outline: HTMLElement;
  input: HTMLInputElement;
  count: HTMLElement;
  msg: HTMLElement;
  buttons: { hide: HTMLButtonElement; article: HTMLButtonElement; cancel: HTMLButtonElement };
}

export function createPickerPanel(doc: Document, t: (key: string, sub?: string) => string, primary: 'hide' | 'article'): PickerPanel {
  const host = doc.createElement('sina-cleaner-picker');
  host.setAttribute('style', 'all:initial;position:fixed;inset:0 auto auto 0;z-index:2147483647');
  const root = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = CSS;
  const outline = doc.createElement('div');
  outline.className = 'outline';
  outline.hidden = true;
  const panel = doc.createElement('div');
  panel.className = 'panel';
  const hint = doc.createElement('div');
  hint.textContent = t('pickerHint');
  const input = doc.createElement('input');
  input.type = 'text';
  input.spellcheck = false;
  input.setAttribute('aria-label', 'CSS selector');
  const count = doc.createElement('div');
  const msg = doc.createElement('div');
  msg.className = 'msg';
  msg.setAttribute('role', 'status');
  const button = (key: string, action: string) => {
    const b = doc.createElement('button');
    b.type = 'button';
    b.textContent = t(key);
    b.dataset.action = action;
    if (action === primary) b.dataset.primary = '';
    return b;
  };
  const buttons = { hide: button('hide', 'hide'), article: button('article', 'article'), cancel: button('cancel', 'cancel') };
  panel.append(hint, input, count, msg, buttons.hide, buttons.article, buttons.cancel);
  root.append(style, outline, panel);
  (doc.body ?? doc.documentElement).append(host);
  if (import.meta.env.MODE === 'e2e') answerTestProbe(host, { input, count, msg, ...buttons });
  return { host, outline, input, count, msg, buttons };
}

/**
 * e2e builds only (stripped from the others): the root is closed, so a browser test cannot find
 * the panel's buttons and field to press them with the mouse. On a `sfc-e2e-picker` event the
 * host gets `data-e2e`: where each control is on screen and the texts shown. The test then clicks
 * at those points with a real mouse, through the page's hit-testing like a user.
 */
function answerTestProbe(host: HTMLElement, parts: Record<string, HTMLElement>): void {
  host.addEventListener('sfc-e2e-picker', () => {
    const out: Record<string, { x: number; y: number; text: string }> = {};
    for (const [name, el] of Object.entries(parts)) {
      const r = el.getBoundingClientRect();
      out[name] = { x: r.left + r.width / 2, y: r.top + r.height / 2, text: el instanceof HTMLInputElement ? el.value : el.textContent ?? '' };
    }
    host.setAttribute('data-e2e', JSON.stringify(out));
  });
}
