// Makes a fresh clone ready: installs npm packages when they are missing and finds (or, as root on
// Debian, installs) Chromium for the browser tests. Used by `npm test` and `npm start`, so the
// README's two commands are the whole set-up.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

const root = new URL('..', import.meta.url).pathname;

function sh(cmd, args, opts = {}) {
  const result = spawnSync(cmd, args, { stdio: 'inherit', cwd: root, ...opts });
  if (result.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (exit ${result.status})`);
}

/** Installs npm packages when node_modules is missing or older than the lock file. */
export function ensurePackages() {
  const marker = `${root}node_modules/.package-lock.json`;
  const lock = `${root}package-lock.json`;
  if (existsSync(marker) && (!existsSync(lock) || statSync(marker).mtimeMs >= statSync(lock).mtimeMs)) return;
  console.log('setup: installing npm packages…');
  // `npm install`, not `npm ci`: the registry these machines reach lists only some of rollup's
  // optional platform packages, so the lock file records only those, and `npm ci` rejects a lock
  // that lacks the others. `npm install` keeps the locked versions all the same.
  sh('npm', ['install', '--no-audit', '--no-fund']);
}

/** Returns a Chromium executable, installing Debian's package when run as root on Debian. */
export function ensureChromium() {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].filter(Boolean);
  const found = candidates.find((p) => existsSync(p));
  if (found) return found;
  const isRoot = process.getuid?.() === 0;
  if (isRoot && existsSync('/etc/debian_version')) {
    console.log("setup: installing Debian's chromium for the browser tests…");
    sh('apt-get', ['update', '-qq']);
    sh('apt-get', ['install', '-y', '-qq', 'chromium'], { env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  }
  console.error(
    'setup: no Chromium found. Install it (on Debian: sudo apt-get install chromium) or set CHROME_PATH ' +
      'to a Chrome or Chromium executable.',
  );
  process.exit(1);
}

/**
 * Returns a Firefox executable (FIREFOX_PATH, or Debian's firefox-esr or firefox), installing Debian's firefox-esr when
 * run as root on Debian; undefined when there is none and it cannot be installed. `npm test` asks this to decide
 * whether the Firefox run can happen.
 */
export function findFirefox() {
  const candidates = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].filter(Boolean);
  const found = candidates.find((p) => existsSync(p));
  if (found) return found;
  const isRoot = process.getuid?.() === 0;
  if (isRoot && existsSync('/etc/debian_version')) {
    console.log("setup: installing Debian's firefox-esr for the Firefox browser tests…");
    try {
      sh('apt-get', ['update', '-qq']);
      sh('apt-get', ['install', '-y', '-qq', 'firefox-esr'], { env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    } catch (error) {
      console.error(`setup: firefox-esr could not be installed: ${error.message}`);
    }
    if (existsSync('/usr/bin/firefox-esr')) return '/usr/bin/firefox-esr';
  }
  return undefined;
}

/** Returns a Firefox executable for web-test-runner.firefox.config.mjs (as findFirefox), or exits saying how to get one. */
export function ensureFirefox() {
  const found = findFirefox();
  if (found) return found;
  console.error(
    'setup: no Firefox found. Install it (on Debian: sudo apt-get install firefox-esr) or set FIREFOX_PATH to a Firefox executable.',
  );
  process.exit(1);
}

export function chromiumVersion(path) {
  try {
    return execFileSync(path, ['--version'], { encoding: 'utf8' }).trim();
  } catch {
    return path;
  }
}
