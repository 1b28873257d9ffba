// What Google keeps between executions besides the spreadsheet: the Drive files the add-on made (with
// their appProperties and content), its Gmail drafts, the user's properties and the spreadsheet's
// document properties (the invoice series' counters, what each invoice billed). The runner saves them in
// a folder beside the saved workbook (OUT.xlsx → OUT.state/) and reads them back with the workbook, so a
// month plays out across commands as on Google: an invoice on the 1st, its reminder weeks later.
//
//   OUT.state/drive.json        every file's metadata; drive/<id>.html (a Doc as imported) or drive/<id>.bin
//   OUT.state/gmail.json        every draft's ids; gmail/<id>.eml (the message as handed to Gmail)
//   OUT.state/properties.json   the user and the document property stores (the fake has no script store)
//   OUT.state/triggers.json     the user's triggers of the add-on (the morning reminders')

import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DriveFile, FakeDrive } from './fakes/drive';
import type { FakeGmail, StoredDraft } from './fakes/gmail';
import type { FakeProperties } from './fakes/properties';
import type { FakeScriptApp } from './fakes/script-app';

const VERSION = 1;

type FileMeta = Omit<DriveFile, 'html' | 'bytes'> & { content: string | null };

interface Parts {
  drive: FakeDrive;
  gmail: FakeGmail;
  userProperties: FakeProperties;
  documentProperties: FakeProperties;
  scriptApp: FakeScriptApp;
}

/** OUT.xlsx → OUT.state (beside it, same stem). */
export function statePath(workbook: string): string {
  return `${workbook.replace(/\.xlsx$/i, '')}.state`;
}

/** Writes the state folder afresh: what was there before is replaced, never merged. */
export function saveState(dir: string, parts: Parts): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'drive'), { recursive: true });
  mkdirSync(join(dir, 'gmail'), { recursive: true });
  const files: FileMeta[] = parts.drive.files.map((f) => {
    const { html, bytes, ...meta } = f;
    let content: string | null = null;
    if (html) content = `drive/${f.id}.html`;
    else if (bytes.length > 0) content = `drive/${f.id}.bin`;
    if (content) writeFileSync(join(dir, content), html || bytes);
    return { ...meta, content };
  });
  const json = (name: string, value: unknown) =>
    writeFileSync(join(dir, name), `${JSON.stringify(value, null, 2)}\n`);
  json('drive.json', { version: VERSION, next: parts.drive.next, files });
  const drafts = parts.gmail.drafts.map((d) => {
    writeFileSync(join(dir, 'gmail', `${d.id}.eml`), d.raw);
    return { id: d.id, messageId: d.messageId, threadId: d.threadId, file: `gmail/${d.id}.eml` };
  });
  json('gmail.json', { version: VERSION, made: parts.gmail.made, drafts });
  json('properties.json', {
    version: VERSION,
    user: Object.fromEntries(parts.userProperties.values),
    document: Object.fromEntries(parts.documentProperties.values),
  });
  json('triggers.json', { version: VERSION, ...parts.scriptApp.snapshot() });
}

/** Reads a state folder saveState wrote into fresh fakes; a folder that is not one fails loudly. */
export function loadState(dir: string, parts: Parts): void {
  const json = <T>(name: string): T => {
    const path = join(dir, name);
    if (!existsSync(path)) throw new Error(`${dir} is not a runner state folder: ${name} is missing.`);
    const value = JSON.parse(readFileSync(path, 'utf8')) as T & { version?: number };
    if (value.version !== VERSION)
      throw new Error(`${path}: state version ${value.version} is not ${VERSION}; save it again.`);
    return value;
  };
  const drive = json<{ next: number; files: FileMeta[] }>('drive.json');
  parts.drive.files.length = 0;
  for (const { content, ...meta } of drive.files) {
    const data = content ? readFileSync(join(dir, content)) : null;
    const isHtml = content?.endsWith('.html') ?? false;
    parts.drive.files.push({
      ...meta,
      html: isHtml && data ? data.toString('utf8') : '',
      bytes: !isHtml && data ? new Uint8Array(data) : new Uint8Array(),
    });
  }
  parts.drive.next = drive.next;
  const gmail = json<{ made: number; drafts: (Omit<StoredDraft, 'raw'> & { file: string })[] }>('gmail.json');
  parts.gmail.drafts.length = 0;
  for (const { file, ...draft } of gmail.drafts)
    parts.gmail.drafts.push({ ...draft, raw: readFileSync(join(dir, file), 'utf8') });
  parts.gmail.made = gmail.made;
  const properties = json<{ user: Record<string, string>; document?: Record<string, string> }>(
    'properties.json',
  );
  parts.userProperties.values.clear();
  for (const [key, value] of Object.entries(properties.user)) parts.userProperties.values.set(key, value);
  // A folder saved before the document store was kept has none: the series start from the Invoices tab.
  parts.documentProperties.values.clear();
  for (const [key, value] of Object.entries(properties.document ?? {}))
    parts.documentProperties.values.set(key, value);
  // A folder saved before triggers were kept has none: the morning trigger is then off.
  if (existsSync(join(dir, 'triggers.json')))
    parts.scriptApp.restore(json<ReturnType<FakeScriptApp['snapshot']>>('triggers.json'));
}
