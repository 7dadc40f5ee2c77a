/**
 * The element picker, injected on demand (lib/ui/picker-launch.ts): hover outlines
 * an element, a click chooses it, W / ↑ widens to the parent and S / ↓ narrows back, Enter saves
 * with the button the picker was opened for, Esc cancels.
 * The panel shows the proposed selector (editable), how many elements it matches, and saves it as
 * a hide rule or the article rule for this host through the background, which checks it again.
 */
import { browser } from 'wxt/browser';
import { sendMessage } from '@/lib/protocol/messages';
import { readHostRules } from '@/lib/shared/user-rules-store';
import { selectorFor } from '@/utils/pick-selector';
import {
  checkArticleAgainstDocument,
  checkSelectorText,
  refusalMessageKey,
  UserRuleRefusal,
} from '@/utils/user-rules';
import { checkHideRule } from '@/utils/article-roots';
import { createPickerPanel, type PickerPanel } from './picker-panel';
import { startUserRules } from './user-rules-live';

const getMessage = browser.i18n.getMessage as (name: string, subs?: string[]) => string;
const t = (key: string, sub?: string) => getMessage(`userRules_${key}`, sub === undefined ? undefined : [sub]) || key;
/** A symbol: a string-named global is clobbered by the page's own elements in Chromium (./bridge-guard.ts). */
const FLAG = Symbol.for('sina-finance-cleaner.picker');

type Kind = 'hide' | 'article';

function reasonText(e: unknown): string {
  return t(refusalMessageKey(e instanceof UserRuleRefusal ? e.reason : typeof e === 'string' ? e : 'invalid'));
}

function countMatches(doc: Document, sel: string): number {
  try {
    return sel.trim() ? doc.querySelectorAll(sel).length : 0;
  } catch {
    return 0;
  }
}

/**
 * The checks the background repeats, plus those only the live document can answer: a hide rule
 * must not cover the article (the user's article rule, else the site's shipped roots: utils/article-roots.ts).
 */
async function checkHere(doc: Document, host: string, kind: Kind, raw: string): Promise<string> {
  const sel = checkSelectorText(raw, doc.createDocumentFragment());
  if (kind === 'article') {
    checkArticleAgainstDocument(sel, doc);
    return sel;
  }
  checkHideRule(sel, doc, host, (await readHostRules(host))?.article);
  return sel;
}

export function startPicker(doc: Document, host: string, kind: Kind): void {
  const g = globalThis as { [FLAG]?: boolean };
  if (g[FLAG]) return; // already open in this tab
  g[FLAG] = true;
  const ui: PickerPanel = createPickerPanel(doc, t, kind);
  let current: Element | null = null;
  let locked = false;
  const narrower: Element[] = [];

  const outline = (el: Element | null) => {
    if (!el) {
      ui.outline.hidden = true;
      return;
    }
    const r = el.getBoundingClientRect();
    Object.assign(ui.outline.style, { left: `${r.left}px`, top: `${r.top}px`, width: `${r.width}px`, height: `${r.height}px` });
    ui.outline.hidden = false;
  };
  const showCount = () => {
    ui.count.textContent = t('matches', String(countMatches(doc, ui.input.value)));
  };
  const choose = (el: Element) => {
    current = el;
    locked = true;
    ui.input.value = selectorFor(el);
    // Not secret (the page could compute it too); lets a test see what was proposed.
    ui.host.dataset.selector = ui.input.value;
    ui.msg.textContent = '';
    outline(el);
    showCount();
  };
  const ours = (e: Event) => e.composedPath().includes(ui.host);
  const onMove = (e: MouseEvent) => {
    if (locked || ours(e)) return;
    const el = doc.elementFromPoint(e.clientX, e.clientY);
    if (el && el !== ui.host && el !== doc.documentElement && el !== doc.body) {
      current = el;
      outline(el);
    }
  };
  const onClick = (e: MouseEvent) => {
    if (ours(e)) return;
    e.preventDefault();
    e.stopImmediatePropagation();
    const el = doc.elementFromPoint(e.clientX, e.clientY);
    if (el && el !== ui.host) choose(el);
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      close();
      return;
    }
    if (ours(e) || !current) return; // typing in the selector field
    if (e.key === 'Enter' && locked) {
      e.preventDefault();
      void save(kind);
      return;
    }
    const wider = e.key === 'ArrowUp' || e.key.toLowerCase() === 'w';
    const narrow = e.key === 'ArrowDown' || e.key.toLowerCase() === 's';
    if (wider && current.parentElement && current.parentElement !== doc.body && current.parentElement !== doc.documentElement) {
      narrower.push(current);
      choose(current.parentElement);
    } else if (narrow && narrower.length) {
      choose(narrower.pop()!);
    } else return;
    e.preventDefault();
    e.stopImmediatePropagation();
  };
  const save = async (k: Kind) => {
    ui.msg.removeAttribute('data-bad');
    try {
      const selector = await checkHere(doc, host, k, ui.input.value);
      const res = await sendMessage('userRuleSave', { kind: k, selector });
      if (!res.ok) throw res.reason;
      ui.msg.textContent = t('saved');
      ui.host.dataset.saved = k;
      // The page has no user-rules script yet when this is the host's first rule: start one here
      // (it stands down when one already runs).
      void startUserRules(doc, host);
      close();
    } catch (e) {
      ui.msg.textContent = t('refused', reasonText(e));
      ui.msg.dataset.bad = '';
      ui.host.dataset.refused = e instanceof UserRuleRefusal ? e.reason : String(e);
    }
  };
  const close = () => {
    doc.removeEventListener('mousemove', onMove, true);
    doc.removeEventListener('click', onClick, true);
    doc.removeEventListener('keydown', onKey, true);
    ui.host.remove();
    g[FLAG] = false;
  };
  doc.addEventListener('mousemove', onMove, true);
  doc.addEventListener('click', onClick, true);
  doc.addEventListener('keydown', onKey, true);
  ui.input.addEventListener('input', () => {
    locked = true;
    showCount();
  });
  ui.buttons.hide.addEventListener('click', () => void save('hide'));
  ui.buttons.article.addEventListener('click', () => void save('article'));
  ui.buttons.cancel.addEventListener('click', close);
}
