/**
 * The published time readers see. Sina's `article:published_time` meta is often a later
 * re-publication: on pages/gne-news-2019-09-07-* the meta says 06:52:51 while the page shows
 * `2019年09月07日 04:04` (the time readers see and cite), and the `weibo: article:create_at` meta
 * says 04:04:43, the visible minute with its seconds. When the meta and the visible time disagree
 * by more than a minute, the visible time wins (with create_at's seconds when create_at lies in
 * the visible minute) and the meta's later instant is kept as `updated`. When they agree the
 * meta's seconds are kept.
 */
import { parsePublishedMeta, parseSinaDate, showsClockTime } from './dates';

export interface PageTimes {
  /** `article:published_time` content. */
  meta?: string;
  /** The visible date text (`2019年09月07日 04:04`). */
  visible?: string;
  /** `weibo: article:create_at` content (`2019-09-07 04:04:43`, Beijing time). */
  createdAt?: string;
}

export interface PublishedTime {
  published?: string;
  updated?: string;
}

const MINUTE_MS = 60_000;

export function publishedTime(times: PageTimes): PublishedTime {
  const meta = parsePublishedMeta(times.meta);
  const visible = parseSinaDate(times.visible);
  // A visible day without a time (`2005.08.26`) says nothing about the minute: the meta stays.
  if (!visible || !showsClockTime(times.visible)) return meta ? { published: meta } : visible ? { published: visible } : {};
  const shown = Date.parse(visible);
  const created = parsePublishedMeta(times.createdAt);
  const inShownMinute = created !== undefined && Date.parse(created) >= shown && Date.parse(created) < shown + MINUTE_MS;
  if (!meta) return { published: inShownMinute ? created : visible };
  if (Math.abs(Date.parse(meta) - shown) <= MINUTE_MS) return { published: meta };
  const published = inShownMinute ? created : visible;
  // Only a later meta is an update; an earlier one is just a wrong stamp.
  return Date.parse(meta) > Date.parse(published) ? { published, updated: meta } : { published };
}
