/**
 * Cleans the `#artibody` HTML of one archived post with the site rules (through the injected
 * `cleanArtibody`), and returns the new body HTML plus what cleaning learned.
 */
import { escapeBraces, tidyWhitespace } from './body';
import { elementDepth, MAX_PAGE_DEPTH } from '../depth';
import { imageSources } from './images';
import { serializeHtml } from '../serialize-html';
import type { FragmentInfo, RepairDeps } from './types';

/** Sina's bodies use protocol-relative and absolute URLs; this base resolves the former. */
export const SINA_BASE_URL = 'https://finance.sina.com.cn/';

export interface CleanedBody {
  /** False when the site rules found nothing to do: the body is already clean (a repaired post). */
  changed: boolean;
  /** The new body (written by utils/serialize-html.ts, braces escaped); only meaningful when `changed`. */
  html: string;
  info: FragmentInfo;
  imagesBefore: Set<string>;
  imagesAfter: string[];
}

/** Parses `inner` into a detached-like `div#artibody` of a fresh document. */
function artibodyOf(inner: string, deps: RepairDeps): Element {
  // Parsed as the body of a page (the parser decodes &#123; and copes with broken markup),
  // then moved into a div#artibody so the site rules see the element they were written for.
  const doc = deps.parseDocument(`<!DOCTYPE html><html><head></head><body>${inner}</body></html>`);
  const root = doc.createElement('div');
  root.setAttribute('id', 'artibody');
  const body = doc.body;
  while (body.firstChild) root.appendChild(body.firstChild);
  body.appendChild(root);
  return root;
}

/** Thrown for bodies no article has: the caller counts the post as failed, with this reason. */
export class BodyTooDeepError extends Error {}

export function cleanBody(inner: string, deps: RepairDeps): CleanedBody {
  const root = artibodyOf(inner, deps);
  if (elementDepth(root, MAX_PAGE_DEPTH) > MAX_PAGE_DEPTH) throw new BodyTooDeepError(`body nested more than ${MAX_PAGE_DEPTH} levels deep`);
  const imagesBefore = new Set(imageSources(root, SINA_BASE_URL));
  const before = root.innerHTML;
  const info = deps.cleanArtibody(root, SINA_BASE_URL);
  const imagesAfter = imageSources(root, SINA_BASE_URL);
  // Rules that change nothing mean a body we already repaired: keep the post as it is.
  if (root.innerHTML === before) return { changed: false, html: '', info, imagesBefore, imagesAfter };
  const safe = serializeHtml(root);
  return { changed: true, html: escapeBraces(tidyWhitespace(safe)), info, imagesBefore, imagesAfter };
}
