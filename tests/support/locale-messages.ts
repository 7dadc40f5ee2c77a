/**
 * browser.i18n.getMessage for unit tests, over the real locale files, flattened the way
 * @wxt-dev/i18n does (`a.b` → `a_b`), with `$1`… substituted.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

export function localeMessages(locale: 'zh_CN' | 'en'): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (o: Record<string, unknown>, prefix: string) => {
    for (const [k, v] of Object.entries(o)) {
      if (typeof v === 'string') out[prefix + k] = v;
      else if (v && typeof v === 'object') walk(v as Record<string, unknown>, `${prefix}${k}_`);
    }
  };
  walk(parse(fs.readFileSync(path.resolve(__dirname, `../../locales/${locale}.yml`), 'utf8')) as Record<string, unknown>, '');
  return out;
}

export function getMessageFor(locale: 'zh_CN' | 'en'): (name: string, subs?: string | string[]) => string {
  const m = localeMessages(locale);
  return (name, subs) => {
    const list = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
    return (m[name] ?? '').replace(/\$(\d)/g, (_x, d: string) => list[Number(d) - 1] ?? '');
  };
}
