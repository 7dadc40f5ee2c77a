/**
 * A Sina video player in an article body becomes the video's poster picture, linked to the
 * video's page, with the video's title as caption, in Sina's own picture frame
 * (`div.img_wrapper` + `span.img_descr`, kept by the sanitizer). A player without a poster is
 * left for the junk rules to remove. Rules: utils/sites/sina-video.ts.
 */
import { normText } from './dom';
import { VIDEO_PLAYERS, type Pick } from './sites/sina-video';

/** Marks a poster so the lead image prefers the article's own pictures (the sanitizer drops data-*). */
export const POSTER_MARK = 'data-sfc-video-poster';

const USABLE_URL = /^(?:https?:)?\/\//i;

function pick(block: Element, picks: readonly Pick[], url: boolean): string {
  for (const [sel, attr] of picks) {
    for (const el of block.querySelectorAll(sel)) {
      const v = normText(attr ? el.getAttribute(attr) : el.textContent);
      if (v && (!url || USABLE_URL.test(v))) return v;
    }
  }
  return '';
}

function posterFrame(doc: Document, poster: string, link: string, title: string): Element {
  const frame = doc.createElement('div');
  frame.setAttribute('class', 'img_wrapper');
  const img = doc.createElement('img');
  img.setAttribute('src', poster);
  img.setAttribute('alt', title);
  img.setAttribute(POSTER_MARK, '');
  let holder: Element = img;
  if (link) {
    holder = doc.createElement('a');
    holder.setAttribute('href', link);
    holder.appendChild(img);
  }
  frame.appendChild(holder);
  if (title) {
    const caption = doc.createElement('span');
    caption.setAttribute('class', 'img_descr');
    caption.textContent = title;
    frame.appendChild(caption);
  }
  return frame;
}

/** Replaces every player under `root` that has a poster; returns how many. */
export function postersForPlayers(root: Element): number {
  let n = 0;
  for (const rule of VIDEO_PLAYERS) {
    for (const block of [...root.querySelectorAll(rule.block)]) {
      const poster = pick(block, rule.poster, true);
      if (!poster || !root.contains(block)) continue;
      const frame = posterFrame(root.ownerDocument, poster, pick(block, rule.link, true), pick(block, rule.title, false));
      block.parentNode?.replaceChild(frame, block);
      n++;
    }
  }
  return n;
}
