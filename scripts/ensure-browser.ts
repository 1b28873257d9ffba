// Finds a Chromium for the browser tests, installing one when it can; never lets them skip silently.
// Order: $CHROMIUM_PATH, /usr/bin/chromium, Debian's chromium via apt-get (as root), Playwright's download.

import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const DEBIAN = '/usr/bin/chromium';

/** The Chromium to launch; throws with the fix when there is none. Installs nothing. */
export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, DEBIAN, playwrightChromium()].filter(
    (p): p is string => !!p,
  );
  const found = candidates.find((p) => existsSync(p));
  if (!found)
    throw new Error(
      'No Chromium for the browser tests. Run `npx tsx scripts/ensure-browser.ts` (npm test does it for you).',
    );
  return found;
}

function playwrightChromium(): string | undefined {
  try {
    const { chromium } = createRequire(import.meta.url)(
      'playwright-core',
    ) as typeof import('playwright-core');
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}

/** Headless flags that work on these machines (docs/platform.md#versions-and-browsers). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

function ensure(): string {
  try {
    return chromiumPath();
  } catch {
    // fall through to installing
  }
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (root && spawnSync('which', ['apt-get']).status === 0) {
    console.log('Installing Debian chromium for the browser tests…');
    execFileSync('apt-get', ['update', '-qq'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (existsSync(DEBIAN)) return DEBIAN;
  }
  console.log('Trying Playwright’s own Chromium download…');
  const result = spawnSync('npx', ['playwright-core', 'install', 'chromium'], { stdio: 'inherit' });
  if (result.status === 0) return chromiumPath();
  throw new Error(
    'Could not find or install Chromium: install Debian’s chromium or set CHROMIUM_PATH. The browser tests cannot run without it.',
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    console.log(`Chromium for browser tests: ${ensure()}`);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
