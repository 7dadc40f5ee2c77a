/**
 * The `原标题：…` and `来源：…` lines of a Sina body. They stay in the body (they are article
 * text, the seed keeps them) and are also read as metadata.
 */
import { normText } from './dom';

export interface Credits {
  originalTitle?: string;
  source?: string;
}

/** `原标题：x`, `原标题:x`, `原标题 x` (posts/sina-electronics-yuanbiaoti-no-colon-*). */
const ORIGINAL = /^原标题\s*(?:[：:]|\s)\s*(.+?)(?:\s+来源\s*[：:|丨｜].*)?$/;
/** `来源：x`, `来源|x` (posts/sina-frugal-woman-*), `来源丨x`; also after 原标题 on one line. */
const SOURCE = /(?:^|\s)来源\s*[：:|丨｜]\s*(.+)$/;

/** Short paragraphs only: a credit line is never a long paragraph of prose. */
const MAX_CREDIT_LEN = 160;

export function readCredits(root: Element): Credits {
  const out: Credits = {};
  for (const p of root.querySelectorAll('p')) {
    const t = normText(p.textContent);
    if (!t || t.length > MAX_CREDIT_LEN) continue;
    const ot = ORIGINAL.exec(t);
    if (ot?.[1] && !out.originalTitle) out.originalTitle = ot[1].trim();
    const src = SOURCE.exec(t);
    if (src?.[1] && !out.source && (ot || t.startsWith('来源'))) out.source = cutCredits(src[1]);
    if (out.originalTitle && out.source) break;
  }
  return out;
}

/** `光明日报 作者：吴亚琦 图片：新华社等` → `光明日报` (posts/sina-talent-subsidy-yuanbiaoti-at-end.md). */
function cutCredits(s: string): string {
  return s.split(/\s+(?=(?:作者|记者|图片|编辑|文|摄影)\s*[：:|丨｜])/)[0]?.trim() ?? s.trim();
}
