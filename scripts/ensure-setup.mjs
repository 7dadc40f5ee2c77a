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
const APT = {
  chromium: ['chromium', 'chromium-driver'],
  firefox: ['firefox-esr'],
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

function ensureBrowsers() {
  const missing = wanted.filter((b) => BINARIES[b] && !existsSync(BINARIES[b]));
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
