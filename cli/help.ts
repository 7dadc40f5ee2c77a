/** `sina-clean --help` and `--version`. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { MAX_JOBS } from './args';
import { OTHER_SITES } from '../utils/sites/others';
import { MAX_DEFAULT_JOBS, MIN_FILES_FOR_WORKERS } from './jobs';

/** `items` joined by ", ", in lines of at most `width` characters, each indented two spaces. */
function wrapList(items: readonly string[], width = 96): string {
  const lines = [''];
  for (const [i, item] of items.entries()) {
    const piece = item + (i < items.length - 1 ? ',' : '');
    const last = lines.length - 1;
    if (lines[last] !== '' && lines[last]!.length + 1 + piece.length > width) lines.push(piece);
    else lines[last] = lines[last] === '' ? piece : `${lines[last]} ${piece}`;
  }
  return lines.map((l) => `  ${l}`).join('\n');
}

/** The sites whose pages the rules read, from the registry (utils/sites/). */
const SITES = wrapList(['Sina Finance and the Sina channels that share its templates', ...OTHER_SITES.map((s) => `${s.names.fallback} (${s.hosts[0]})`)]);

export const USAGE = `sina-clean — clean saved Sina Finance pages into Hexo posts, and repair an archive of posts

Usage:
  sina-clean <page.html | -> [--format hexo|hexo-full|markdown|html] [--url URL]
  sina-clean <page.html | -> --json [--url URL]
  sina-clean <pages... | dir> --out DIR [--format F | --json] [--jobs N] [--progress]
  sina-clean repair <dir | posts...> [--dry-run] [--no-backup | --backup-dir DIR]
                    [--add editor,source,original_title,tags] [--jobs N] [--progress]

Convert options:
  -f, --format F    export preset (default hexo, the archive's post shape)
      --json        print the article model as JSON instead of a post
      --url URL     the page's address, when the saved file has no canonical URL
  -o, --out DIR     write one file per page into DIR (never overwrites: "name (2).md")
      --progress    progress line on stderr even when it is not a terminal

Repair options:
  -n, --dry-run     say what would change per file and in total; write nothing
      --no-backup   do not keep copies of the original posts
      --backup-dir  where the copies go (default: a sibling <dir>.sina-clean-backup-<time>/)
      --add KEYS    also write what cleaning learned into front matter

Both with many files:
  -j, --jobs N      files worked on at once, one worker thread each (default: one per core, at
                    most ${MAX_DEFAULT_JOBS}, none for fewer than ${MIN_FILES_FOR_WORKERS.convert} pages or ${MIN_FILES_FOR_WORKERS.repair} posts); --jobs 1: none; at most ${MAX_JOBS}.
                    Files are written and reported in input order, whatever N

  -h, --help        this text
  -v, --version     the version

Sites read by their rules (other pages: the generic reader, Readability):
${SITES}

Exit codes: 0 success, 2 the input holds no article, 1 any other error
(repair: 1 when a post failed; the run still goes through every file).
Never touches the network. GB2312/GBK pages are decoded; output is always UTF-8.
`;

/** The package version, read from package.json one level above cli/ and dist/. */
export function version(): string {
  try {
    const pkg: unknown = JSON.parse(readFileSync(fileURLToPath(new URL('../package.json', import.meta.url)), 'utf8'));
    const v = (pkg as { version?: unknown }).version;
    return typeof v === 'string' ? v : 'unknown';
  } catch {
    return 'unknown';
  }
}
