// The manifest asks for exactly the scopes the README lists, and the bundle uses nothing they don't cover.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ensureBuilt } from '../support/runtime';

const README_SCOPES = [...readFileSync('README.md', 'utf8').matchAll(/^\| `([a-z.]+)` \|/gm)].map(
  (m) => m[1],
);

describe('scopes', () => {
  it('the manifest lists exactly the scopes of the README, with V8 and the advanced services', () => {
    const manifest = JSON.parse(readFileSync('appsscript.json', 'utf8'));
    expect(manifest.runtimeVersion).toBe('V8');
    const scopes = (manifest.oauthScopes as string[])
      .map((s) => s.replace('https://www.googleapis.com/auth/', ''))
      .sort();
    expect(scopes).toEqual([...README_SCOPES].sort());
    expect(scopes).toEqual([
      'drive.file',
      'gmail.compose',
      'script.container.ui',
      'script.scriptapp',
      'spreadsheets.currentonly',
    ]);
    expect(manifest.dependencies.enabledAdvancedServices).toEqual([
      { userSymbol: 'Drive', serviceId: 'drive', version: 'v3' },
      { userSymbol: 'Gmail', serviceId: 'gmail', version: 'v1' },
    ]);
    expect(manifest.addOns).toBeUndefined();
  });

  it('the bundle calls only services those scopes cover', () => {
    ensureBuilt();
    const code = readFileSync('dist/Code.js', 'utf8');
    // GmailApp and DriveApp need the full mail and drive scopes; the rest need scopes we do not ask for.
    for (const service of [
      'GmailApp',
      'DriveApp',
      'MailApp',
      'UrlFetchApp',
      'DocumentApp',
      'CalendarApp',
      'CacheService',
      'openById',
      'openByUrl',
    ]) {
      expect(code, service).not.toMatch(new RegExp(`\\b${service}\\b`));
    }
    const used = new Set(
      [
        ...code.matchAll(
          /\b(SpreadsheetApp|HtmlService|LockService|Session|Utilities|Drive|Gmail|PropertiesService|ScriptApp)\b[.;)]/g,
        ),
      ].map((m) => m[1]),
    );
    expect([...used].sort()).toEqual([
      'Drive',
      'Gmail',
      'HtmlService',
      'LockService',
      // The user's language pick; the reference lists no scope for it (README, Scopes).
      'PropertiesService',
      // The morning trigger (script.scriptapp).
      'ScriptApp',
      'Session',
      'SpreadsheetApp',
      'Utilities',
    ]);
  });
});
