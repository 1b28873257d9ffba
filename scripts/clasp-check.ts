// Checks with clasp itself that dist/ holds exactly the files `clasp push` would upload, offline.

import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const EXPECTED = ['Code.js', 'Sidebar.html', 'appsscript.json'];

const clasp = JSON.parse(readFileSync('.clasp.json', 'utf8')) as { rootDir?: string };
if (clasp.rootDir !== 'dist') {
  console.error(`.clasp.json rootDir must be "dist", not ${JSON.stringify(clasp.rootDir)}`);
  process.exit(1);
}
const out = execFileSync('npx', ['clasp', 'status', '--json'], {
  encoding: 'utf8',
  stdio: ['ignore', 'pipe', 'pipe'],
});
const status = JSON.parse(out.slice(out.indexOf('{'))) as {
  filesToPush?: string[];
  untrackedFiles?: string[];
};
const pushed = (status.filesToPush ?? []).map((f) => f.replace(/^dist\//, '')).sort();
if (JSON.stringify(pushed) !== JSON.stringify(EXPECTED)) {
  console.error(`clasp would push ${JSON.stringify(pushed)}; expected exactly ${JSON.stringify(EXPECTED)}`);
  process.exit(1);
}
console.log(`clasp status: pushes exactly ${pushed.join(', ')}`);
