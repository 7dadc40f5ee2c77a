/**
 * Sina dates → ISO 8601 UTC. Page times are Beijing time (UTC+8 all year, no DST), so
 * `2022年07月25日 22:31` is `2022-07-25T14:31:00.000Z` and just after midnight Beijing the UTC
 * day is the day before. Anything that is not a real calendar instant gives undefined.
 */

const BEIJING_OFFSET_H = 8;

/**
 * Visible Sina dates: `2022年07月25日 14:31`, `2022年7月5日 09:05`, `2022年07月25日14:31`,
 * `… 14:31:46`, `2022-07-25 14:31`, `2005.08.2605:39` (mobile), or a date alone (midnight).
 */
const VISIBLE =
  /(\d{4})\s*[年\-/.]\s*(\d{1,2})\s*[月\-/.]\s*(\d{1,2})(?!\d{3})\s*日?\s*(?:(\d{1,2})\s*[:：]\s*(\d{2})(?:\s*[:：]\s*(\d{2}))?)?/;

function matchVisible(text: string | null | undefined): RegExpExecArray | null {
  return text ? VISIBLE.exec(text.replace(/\u00a0|\u3000/g, ' ')) : null;
}

/** Does the visible date show a time of day (`… 11:22`), not just a day? */
export function showsClockTime(text: string | null | undefined): boolean {
  return matchVisible(text)?.[4] !== undefined;
}

/** ISO with an explicit zone: `2022-07-25T22:31:46+08:00`, `…Z`, `+0800`. */
const ISO_ZONED =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|([+-])(\d{2}):?(\d{2}))$/;

/** Build the instant from Beijing wall-clock parts, rejecting impossible values (Feb 30, 25:00). */
function fromBeijing(y: number, mo: number, d: number, h: number, mi: number, s: number): string | undefined {
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 59) return undefined;
  const wall = new Date(Date.UTC(y, mo - 1, d, h, mi, s));
  if (wall.getUTCMonth() !== mo - 1 || wall.getUTCDate() !== d) return undefined;
  return new Date(wall.getTime() - BEIJING_OFFSET_H * 3600_000).toISOString();
}

/** Parse a date as shown on a Sina page (Beijing time). */
export function parseSinaDate(text: string | null | undefined): string | undefined {
  const m = matchVisible(text);
  if (!m) return undefined;
  const n = (i: number): number => Number(m[i] ?? 0);
  return fromBeijing(n(1), n(2), n(3), n(4), n(5), n(6));
}

/**
 * Parse `article:published_time`: ISO with a zone is taken as is; without a zone
 * (`2005-08-26 05:39:00` on finance.sina.cn) it is Beijing time.
 */
export function parsePublishedMeta(content: string | null | undefined): string | undefined {
  const c = content?.trim();
  if (!c) return undefined;
  const m = ISO_ZONED.exec(c);
  if (m) {
    const n = (i: number): number => Number(m[i] ?? 0);
    // Validate the wall clock as written (Date.parse would roll Feb 30 over to March).
    const wall = fromBeijing(n(1), n(2), n(3), n(4), n(5), n(6));
    if (!wall) return undefined;
    const offsetMin = m[7] === 'Z' ? 0 : (m[8] === '-' ? -1 : 1) * (n(9) * 60 + n(10));
    const t = Date.parse(wall) + (BEIJING_OFFSET_H * 60 - offsetMin) * 60_000;
    return new Date(t).toISOString();
  }
  return parseSinaDate(c);
}
