/**
 * The 责任编辑 line of a Sina body: read as the editor's name (without Sina's staff code) and
 * taken out of the body. Used by utils/clean-fragment.ts and, for the line outside the article
 * root, by utils/extract.ts.
 */
import { drop, normText } from './dom';
import { EDITOR_LABEL, EDITOR_LINE, EDITOR_PARAGRAPH, EDITOR_STAFF_CODE } from './sites/sina-junk';

/** `责任编辑：朱学森 SN240` → `朱学森`; '' when nothing is left. */
export function sinaEditorName(line: string | null | undefined): string {
  return normText(line).replace(EDITOR_LABEL, '').replace(EDITOR_STAFF_CODE, '').trim();
}

/** Every editor line under `root` (EDITOR_LINE, then unmarked `<p>` lines) goes; the first name is returned. */
export function takeEditor(root: Element, matched: Record<string, number>): { name?: string; removed: number } {
  let name: string | undefined;
  let removed = 0;
  const take = (el: Element): void => {
    name ??= sinaEditorName(el.textContent) || undefined;
    removed += drop(el);
  };
  for (const sel of EDITOR_LINE) {
    const els = root.querySelectorAll(sel);
    matched[sel] = els.length;
    for (const el of els) take(el);
  }
  for (const p of root.querySelectorAll('p')) if (EDITOR_PARAGRAPH.test(normText(p.textContent))) take(p);
  return { name, removed };
}
