// Checks with clasp itself that dist/ holds exactly the files `clasp push` would upload, offline.
// `.clasp.json` is not committed: `clasp create-script` refuses to run while the file holds any
// scriptId, a placeholder included (clasp 3.4.1,
// node_modules/@google/clasp/build/src/commands/create-script.js), so each user's own is written by
// that command (docs/install.md). When it exists it must keep rootDir "dist" and is checked as is; in
// a fresh clone the check runs clasp on a copy of dist/ with a throwaway project file in a temporary
// folder, so no placeholder is ever left in the repository.

import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const EXPECTED = ['Code.js', 'Sidebar.html', 'appsscript.json'];
const root = process.cwd();
const clasp = resolve(root, 'node_modules/.bin/clasp');

function status(cwd: string): string[] {
  const out = execFileSync(clasp, ['status', '--json'], {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const parsed = JSON.parse(out.slice(out.indexOf('{'))) as { filesToPush?: string[] };
  return (parsed.filesToPush ?? []).map((f) => f.replace(/^dist\//, '')).sort();
}

function pushedFromOwnProject(): string[] {
  const config = JSON.parse(readFileSync(join(root, '.clasp.json'), 'utf8')) as { rootDir?: string };
  if (config.rootDir !== 'dist') {
    console.error(`.clasp.json rootDir must be "dist", not ${JSON.stringify(config.rootDir)}`);
    process.exit(1);
  }
  return status(root);
}

/** A fresh clone: dist/ (and .claspignore, if any) copied beside a project file that is thrown away. */
function pushedFromFreshClone(): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'clasp-check-'));
  try {
    mkdirSync(join(dir, 'dist'));
    for (const name of readdirSync(join(root, 'dist')))
      copyFileSync(join(root, 'dist', name), join(dir, 'dist', name));
    if (existsSync(join(root, '.claspignore')))
      copyFileSync(join(root, '.claspignore'), join(dir, '.claspignore'));
    // Written as `clasp create-script --rootDir dist` writes it; the id is never sent anywhere.
    writeFileSync(join(dir, '.clasp.json'), JSON.stringify({ scriptId: 'offline-check', rootDir: 'dist' }));
    return status(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (!existsSync(join(root, 'dist'))) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}
const own = existsSync(join(root, '.clasp.json'));
const pushed = own ? pushedFromOwnProject() : pushedFromFreshClone();
if (JSON.stringify(pushed) !== JSON.stringify(EXPECTED)) {
  console.error(`clasp would push ${JSON.stringify(pushed)}; expected exactly ${JSON.stringify(EXPECTED)}`);
  process.exit(1);
}
console.log(
  `clasp status${own ? '' : ' (fresh clone, no .clasp.json yet)'}: pushes exactly ${pushed.join(', ')}`,
);
