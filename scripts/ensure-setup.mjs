#!/usr/bin/env node
// Runs before `npm test` and `npm run demo` (npm pre-scripts), using only Node's standard library,
// so that on a fresh machine each of those two commands does all of its own set-up:
//   1. npm packages: `npm ci` when node_modules is missing or older than package-lock.json, then
//      WXT's generated types (`wxt prepare`) and the command line's bundle (dist/cli.mjs);
//   2. Debian packages the browser tests and the demo need (list and reasons: PACKAGES below and
//      README "Two commands"), only those not installed yet, with --no-install-recommends. That
//      needs root: without it the script says what to install and stops.
// Installing a browser package registers it as an x-www-browser / gnome-www-browser alternative
// (its postinst, run by apt); the alternatives that existed before are put back afterwards, so the
// machine's default browser does not change.
// Usage: node scripts/ensure-setup.mjs [--browsers chromium,firefox] [--no-npm] [--no-browsers] [--dry-run]
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const wanted = (args.includes('--browsers') ? args[args.indexOf('--browsers') + 1] ?? '' : 'chromium,firefox').split(',');
const dryRun = args.includes('--dry-run');

/** Every system package the set-up may install, with the reason it is needed. */
const PACKAGES = {
  chromium: [
    ['chromium', 'Chromium: the Chrome build of the extension is tested and demonstrated in it'],
    // Without the language packs both browsers speak only English, and the language tests could
    // not tell zh_CN from the English fallback.
    ['chromium-l10n', "Chromium's Chinese interface (the zh_CN language tests)"],
  ],
  firefox: [
    ['firefox-esr', 'Firefox ESR: the Firefox MV2 and MV3 builds are tested in it'],
    ['firefox-esr-l10n-zh-cn', "Firefox's Chinese interface (the zh_CN language tests)"],
  ],
  always: [
    ['fonts-noto-cjk', 'Chinese fonts, so pages and screenshots show Chinese text'],
    ['fonts-liberation', 'standard Latin fonts for the screenshots'],
    ['openssl', "makes the test server's self-signed certificate (https pages)"],
  ],
};
const CUSTOM_PATH = { chromium: process.env.CHROMIUM_PATH, firefox: process.env.FIREFOX_PATH };
const BINARY = { chromium: CUSTOM_PATH.chromium ?? '/usr/bin/chromium', firefox: CUSTOM_PATH.firefox ?? '/usr/bin/firefox-esr' };
const ALTERNATIVES = ['x-www-browser', 'gnome-www-browser'];

function run(cmd, argv, opts = {}) {
  console.log(`[setup] ${cmd} ${argv.join(' ')}`);
  execFileSync(cmd, argv, { stdio: 'inherit', cwd: root, ...opts });
}

function output(cmd, argv) {
  try {
    return execFileSync(cmd, argv, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return undefined;
  }
}

function npmUpToDate() {
  const marker = join(root, 'node_modules', '.package-lock.json');
  const lock = join(root, 'package-lock.json');
  return existsSync(marker) && statSync(marker).mtimeMs >= statSync(lock).mtimeMs;
}

function ensureNpm() {
  if (args.includes('--no-npm')) return;
  const fresh = !npmUpToDate();
  if (fresh) run('npm', ['ci', '--no-audit', '--no-fund']);
  // The repository's own set-up, kept out of npm's install hooks: a hook in package.json is also
  // listed (and, if the user allows it, run) when the CLI tarball is installed, where neither WXT
  // nor the sources exist.
  if (fresh || !existsSync(join(root, '.wxt', 'tsconfig.json'))) run('npx', ['wxt', 'prepare']);
  if (fresh || !existsSync(join(root, 'dist', 'cli.mjs'))) run('npm', ['run', '-s', 'build:cli']);
}

const installed = (pkg) => output('dpkg-query', ['-W', '-f=${Status}', pkg]) === 'install ok installed';

/** The packages wanted here: a browser given by CHROMIUM_PATH / FIREFOX_PATH that exists is not ours to install. */
function wantedPackages() {
  const browsers = wanted.filter((b) => PACKAGES[b] && !(CUSTOM_PATH[b] && existsSync(CUSTOM_PATH[b])));
  return [...browsers.flatMap((b) => PACKAGES[b]), ...PACKAGES.always];
}

/** The current value of each browser alternative (undefined where there is none). */
function alternatives() {
  return Object.fromEntries(ALTERNATIVES.map((name) => {
    const q = output('update-alternatives', ['--query', name]);
    return [name, q && /^Value: (\S+)$/m.exec(q)?.[1]];
  }));
}

/** Puts back a default browser that installing ours replaced (apt's postinst changes auto-mode alternatives). */
function restoreAlternatives(before) {
  const after = alternatives();
  for (const name of ALTERNATIVES) {
    if (!before[name] || before[name] === after[name]) continue;
    console.log(`[setup] ${name} was ${before[name]}; the new package made it ${after[name]}: setting it back.`);
    run('update-alternatives', ['--set', name, before[name]]);
  }
}

function explain(missing) {
  console.log('[setup] The browser tests and the demo need these Debian packages, not installed yet:');
  for (const [pkg, why] of missing) console.log(`[setup]   ${pkg.padEnd(24)} ${why}`);
}

function ensureSystemPackages() {
  const pkgs = wantedPackages();
  const debian = output('dpkg-query', ['--version']) !== undefined && output('apt-get', ['--version']) !== undefined;
  if (!debian) {
    const absent = [...wanted.filter((b) => BINARY[b] && !existsSync(BINARY[b])), ...(output('openssl', ['version']) ? [] : ['openssl'])];
    if (absent.length === 0) return;
    console.error(`[setup] Missing: ${absent.join(', ')}. Not a Debian system: install Chromium, Firefox ESR, CJK fonts`);
    console.error('[setup] and openssl, and point CHROMIUM_PATH / FIREFOX_PATH at the browsers if they are not in /usr/bin.');
    process.exit(1);
  }
  const missing = pkgs.filter(([p]) => !installed(p));
  if (missing.length === 0) return;
  explain(missing);
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const cmd = `apt-get install --no-install-recommends ${missing.map(([p]) => p).join(' ')}`;
  if (!isRoot) {
    console.error(`[setup] Installing them needs root. Run:  sudo ${cmd}  (or: sudo node scripts/ensure-setup.mjs)`);
    process.exit(1);
  }
  console.log(`[setup] Installing them as root with: ${cmd} (after apt-get update).`);
  if (dryRun) return;
  const before = alternatives();
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  run('apt-get', ['update', '-qq'], { env });
  run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing.map(([p]) => p)], { env });
  restoreAlternatives(before);
}

ensureNpm();
if (!args.includes('--no-browsers')) ensureSystemPackages();
