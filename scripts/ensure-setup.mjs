#!/usr/bin/env node
// Runs before `npm test` and `npm run demo` (npm pre-scripts), using only Node's standard library,
// so that on a fresh machine each of those two commands does all of its own set-up:
//   1. npm packages: `npm ci` when node_modules is missing or older than package-lock.json;
//   2. browsers for the real-browser tests and the demo: Debian's chromium and firefox-esr
//      (+ CJK fonts so Chinese renders in screenshots, + openssl for the test server's certificate),
//      installed with apt-get when we are root on Debian; elsewhere we say what to install.
// Usage: node scripts/ensure-setup.mjs [--browsers chromium,firefox] [--no-npm]
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const wanted = (args[args.indexOf('--browsers') + 1] ?? 'chromium,firefox').split(',');
// The l10n packages give the browsers their Chinese UI resources: without them both browsers speak
// only English, and the language tests could not tell zh_CN from the English fallback.
const APT = {
  chromium: ['chromium', 'chromium-driver', 'chromium-l10n'],
  firefox: ['firefox-esr', 'firefox-esr-l10n-zh-cn'],
};
const MARKERS = {
  chromium: '/usr/lib/chromium/locales/zh-CN.pak',
  firefox: '/usr/lib/firefox-esr/browser/extensions/langpack-zh-CN@firefox-esr.mozilla.org.xpi',
};
const BINARIES = { chromium: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', firefox: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr' };

function run(cmd, argv, opts = {}) {
  console.log(`[setup] ${cmd} ${argv.join(' ')}`);
  execFileSync(cmd, argv, { stdio: 'inherit', cwd: root, ...opts });
}

function npmUpToDate() {
  const marker = join(root, 'node_modules', '.package-lock.json');
  const lock = join(root, 'package-lock.json');
  return existsSync(marker) && statSync(marker).mtimeMs >= statSync(lock).mtimeMs;
}

function ensureNpm() {
  if (args.includes('--no-npm') || npmUpToDate()) return;
  run('npm', ['ci', '--no-audit', '--no-fund']);
}

/** Off Debian (browsers from elsewhere, paths from the environment) the language packs are not ours to check. */
function onDebianHasL10n(b) {
  return !existsSync('/usr/bin/apt-get') || BINARIES[b] !== (b === 'chromium' ? '/usr/bin/chromium' : '/usr/bin/firefox-esr') || existsSync(MARKERS[b]);
}

function ensureBrowsers() {
  const missing = wanted.filter((b) => BINARIES[b] && !(existsSync(BINARIES[b]) && onDebianHasL10n(b)));
  const fonts = existsSync('/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc');
  const openssl = existsSync('/usr/bin/openssl');
  if (missing.length === 0 && fonts && openssl) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!existsSync('/usr/bin/apt-get') || !isRoot) {
    console.error(`[setup] Missing: ${[...missing, fonts ? '' : 'CJK fonts', openssl ? '' : 'openssl'].filter(Boolean).join(', ')}.`);
    console.error('[setup] Install Chromium and Firefox (ESR), or point CHROMIUM_PATH / FIREFOX_PATH at them.');
    process.exit(1);
  }
  const pkgs = [...missing.flatMap((b) => APT[b]), 'fonts-noto-cjk', 'fonts-liberation', 'openssl'];
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  run('apt-get', ['update', '-qq'], { env });
  run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...pkgs], { env });
}

ensureNpm();
if (!args.includes('--no-browsers')) ensureBrowsers();
