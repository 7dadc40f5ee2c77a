/**
 * Versioned migrations of the stored settings object (pure). The stored value carries `version`;
 * `migrateSettings` walks it up one version at a time, then `normalizeSettings` (utils/settings.ts)
 * validates every field, so a migration only has to move data, never to validate it.
 *
 * v0 — the unversioned prototype shape (flat, no `version`):
 *   { cleanEnabled, autoReader, theme: 'system'|…, fontSize: '18px', format: 'md'|…,
 *     author, categories: '金融,新浪财经', saveImages }
 * v1 — per-host lists, `reader` object, `defaultPreset` (the scaffold's schema).
 * v2 — adds per-preset export overrides (`presets`) and image handling (`images`).
 */

type Rec = Record<string, unknown>;

/** Hosts the v0 prototype ran on: its global switches become per-host entries for them. */
export const V0_HOSTS = ['finance.sina.com.cn', 'finance.sina.cn'];

const V0_FORMATS: Record<string, string> = { md: 'markdown', markdown: 'markdown', hexo: 'hexo', html: 'html' };

function px(v: unknown): number | undefined {
  const n = typeof v === 'string' ? parseFloat(v) : v;
  return typeof n === 'number' && Number.isFinite(n) ? n : undefined;
}

/** A versionless object may also be a hand-written v1-like one (an import): v1 fields win when present. */
function v0ToV1(r: Rec): Rec {
  const { cleanEnabled, autoReader, theme, fontSize, lineHeight, format, ...rest } = r;
  const has = (k: string) => rest[k] !== undefined;
  return {
    ...rest, // author, categories, saveImages: v1 has no place for them; v1→v2 picks them up
    version: 1,
    cleanDisabledHosts: has('cleanDisabledHosts') ? rest.cleanDisabledHosts : cleanEnabled === false ? [...V0_HOSTS] : [],
    autoReaderHosts: has('autoReaderHosts') ? rest.autoReaderHosts : autoReader === true ? [...V0_HOSTS] : [],
    reader: has('reader')
      ? rest.reader
      : { theme: theme === 'system' ? 'auto' : theme, fontSize: px(fontSize), lineHeight: px(lineHeight) },
    defaultPreset: has('defaultPreset') ? rest.defaultPreset : typeof format === 'string' ? V0_FORMATS[format] : undefined,
  };
}

function v1ToV2(r: Rec): Rec {
  const { author, categories, saveImages, ...rest } = r;
  const hexo: Rec = {};
  if (typeof author === 'string') hexo.author = author;
  if (typeof categories === 'string') hexo.categories = categories.split(/[,，、]/).map((c) => c.trim());
  else if (Array.isArray(categories)) hexo.categories = categories;
  return {
    ...rest,
    version: 2,
    presets: rest.presets ?? (Object.keys(hexo).length ? { hexo } : {}),
    images: rest.images ?? { mode: saveImages === true ? 'local' : 'remote' },
  };
}

/** MIGRATIONS[n] turns a version-n object into a version-(n+1) one. */
const MIGRATIONS: ReadonlyArray<(r: Rec) => Rec> = [v0ToV1, v1ToV2];

export const LATEST_VERSION = MIGRATIONS.length;

/**
 * Any record → a record at LATEST_VERSION (fields unvalidated). A missing or invalid `version` is
 * v0; a version newer than this build knows (settings synced from a newer install) is left as is,
 * and normalisation keeps what it understands.
 */
export function migrateSettings(raw: Rec): Rec {
  const v = raw.version;
  let version = typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : 0;
  let r = raw;
  while (version < LATEST_VERSION) {
    const step = MIGRATIONS[version];
    if (!step) break;
    r = step(r);
    version += 1;
  }
  return r;
}
