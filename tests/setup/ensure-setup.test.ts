// @vitest-environment node
/**
 * scripts/ensure-setup.mjs against stand-ins for dpkg-query, apt-get and update-alternatives (shell
 * scripts first on PATH, keeping their state in a temp folder; the real system is never touched):
 * only missing packages are installed, without recommends; a default browser that apt's postinst
 * replaced is put back; without root nothing is installed and the command to run is printed.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SCRIPT = path.join(ROOT, 'scripts/ensure-setup.mjs');

const FAKES: Record<string, string> = {
  'dpkg-query': `[ "$1" = --version ] && { echo fake; exit 0; }
pkg="$3"; grep -qx "$pkg" "$STATE/installed" && { printf 'install ok installed'; exit 0; }
echo "dpkg-query: no packages found matching $pkg" >&2; exit 1`,
  'apt-get': `[ "$1" = --version ] && { echo fake; exit 0; }
echo "$*" >> "$STATE/apt.log"
[ "$1" = install ] || exit 0
for p in "$@"; do case "$p" in -*|install) ;; *) echo "$p" >> "$STATE/installed";
  [ "$p" = firefox-esr ] && echo /usr/bin/firefox-esr > "$STATE/alt-x-www-browser";; esac; done; exit 0`,
  'update-alternatives': `if [ "$1" = --query ]; then [ -f "$STATE/alt-$2" ] || exit 2; echo "Name: $2"; echo "Value: $(cat "$STATE/alt-$2")"; exit 0; fi
echo "$*" >> "$STATE/alternatives.log"; [ "$1" = --set ] && echo "$3" > "$STATE/alt-$2"; exit 0`,
};

function machine(installed: string[], defaultBrowser?: string): { state: string; env: NodeJS.ProcessEnv } {
  const dir = mkdtempSync(path.join(tmpdir(), 'sfc-setup-'));
  const bin = path.join(dir, 'bin');
  const state = path.join(dir, 'state');
  mkdirSync(bin);
  mkdirSync(state);
  for (const [name, body] of Object.entries(FAKES)) {
    writeFileSync(path.join(bin, name), `#!/bin/sh\n${body}\n`);
    chmodSync(path.join(bin, name), 0o755);
  }
  writeFileSync(path.join(state, 'installed'), installed.map((p) => `${p}\n`).join(''));
  if (defaultBrowser) writeFileSync(path.join(state, 'alt-x-www-browser'), `${defaultBrowser}\n`);
  const env = { ...process.env, PATH: `${bin}:${process.env.PATH}`, STATE: state, CHROMIUM_PATH: '', FIREFOX_PATH: '' };
  return { state, env };
}

const read = (state: string, f: string) => (existsSync(path.join(state, f)) ? readFileSync(path.join(state, f), 'utf8') : '');
const setup = (env: NodeJS.ProcessEnv) => spawnSync(process.execPath, [SCRIPT, '--no-npm'], { env, encoding: 'utf8' });
const asRoot = process.getuid?.() === 0;
/** As an ordinary user: ourselves, or `nobody` when the tests run as root (the state folder made readable). */
function setupAsUser(env: NodeJS.ProcessEnv, state: string) {
  if (!asRoot) return setup(env);
  chmodSync(path.dirname(state), 0o755);
  for (const d of [state, path.join(path.dirname(state), 'bin')]) chmodSync(d, 0o755);
  return spawnSync('runuser', ['-u', 'nobody', '--', process.execPath, SCRIPT, '--no-npm'], { env, encoding: 'utf8' });
}
const hasRunuser = spawnSync('runuser', ['--version']).status === 0;
const EVERYTHING = ['chromium', 'chromium-l10n', 'firefox-esr', 'firefox-esr-l10n-zh-cn', 'fonts-noto-cjk', 'fonts-liberation', 'openssl'];

describe('ensure-setup', () => {
  it('installs nothing and says nothing when every package is there', () => {
    const { state, env } = machine(EVERYTHING, '/usr/bin/chromium');
    const r = setup(env);
    expect(r.status).toBe(0);
    expect(r.stdout + r.stderr).toBe('');
    expect(read(state, 'apt.log')).toBe('');
  });

  it.runIf(asRoot)('installs only the missing packages, without recommends, and keeps the default browser', () => {
    const { state, env } = machine(EVERYTHING.filter((p) => !p.startsWith('firefox-esr')), '/usr/bin/chromium');
    const r = setup(env);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('firefox-esr-l10n-zh-cn');
    expect(r.stdout).toMatch(/as root/);
    const install = read(state, 'apt.log').split('\n').find((l) => l.startsWith('install'));
    expect(install).toBe('install -y -qq --no-install-recommends firefox-esr firefox-esr-l10n-zh-cn');
    // The fake firefox-esr postinst made itself the default, as Debian's does in auto mode: set back.
    expect(read(state, 'alternatives.log')).toBe('--set x-www-browser /usr/bin/chromium\n');
    expect(read(state, 'alt-x-www-browser')).toBe('/usr/bin/chromium\n');
  });

  it.runIf(asRoot)('leaves the alternatives alone when there was no default browser before', () => {
    const { state, env } = machine(EVERYTHING.filter((p) => !p.startsWith('firefox-esr')));
    expect(setup(env).status).toBe(0);
    expect(read(state, 'alternatives.log')).toBe('');
  });

  it.runIf(!asRoot || hasRunuser)('without root: lists what is missing and why, installs nothing, fails', () => {
    const { state, env } = machine(EVERYTHING.filter((p) => p !== 'fonts-noto-cjk'));
    const r = setupAsUser(env, state);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/fonts-noto-cjk\s+Chinese fonts/);
    expect(r.stderr).toMatch(/needs root.*sudo apt-get install --no-install-recommends fonts-noto-cjk/);
    expect(read(state, 'apt.log')).toBe('');
  });
});
