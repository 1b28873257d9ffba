// Drive folders and files as the add-on uses them to find its work again: a folder made inside another
// with `parents`, one Files.list query finding a folder by name and a file by its appProperties (the
// form the report and invoice adapters write), and a PDF replaced in place with Files.update.
// https://developers.google.com/drive/api/reference/rest/v3/files/create , .../files/list ,
// .../files/update ; https://developers.google.com/drive/api/guides/search-files ,
// https://developers.google.com/drive/api/guides/properties

import { queryString } from '../adapters/report-doc';
import type { CheckGroup } from './check';
import { contentOf, describe, startsWithPdf } from './decode';
import { SELF_TEST_FILE_PREFIX } from './drive';
import { tinyPdfBytes } from './tiny-pdf';

const FOLDER = 'application/vnd.google-apps.folder';
const PROPERTY = 'fvtSelfTest';

function files() {
  if (typeof Drive === 'undefined' || !Drive?.Files)
    throw new Error('the Drive advanced service is not turned on (appsscript.json, dependencies)');
  return Drive.Files!;
}

type DriveFile = GoogleAppsScript.Drive_v3.Drive.V3.Schema.File;

/** One list in the adapters' form; on Google a file made a moment ago may take a little to be found. */
function listBoth(folderName: string, token: string): { found: DriveFile[]; tries: number } {
  const q =
    `trashed = false and ((mimeType = '${FOLDER}' and name = ${queryString(folderName)}) or ` +
    `(appProperties has { key='${PROPERTY}' and value=${queryString(token)} }))`;
  const sleep = (globalThis as { Utilities?: { sleep?: (ms: number) => void } }).Utilities?.sleep;
  let found: DriveFile[] = [];
  let tries = 0;
  while (tries < 4) {
    tries += 1;
    found =
      files().list({ q, fields: 'files(id,name,mimeType,parents,appProperties)', pageSize: 100 }).files ?? [];
    if (found.length >= 2 || typeof sleep !== 'function') break;
    sleep(2000);
  }
  return { found, tries };
}

function pdfBlob(label: string): { blob: GoogleAppsScript.Base.Blob; bytes: Uint8Array } {
  const bytes = tinyPdfBytes(label);
  const signed = Array.from(bytes, (b) => (b > 127 ? b - 256 : b));
  return { blob: Utilities.newBlob(signed, 'application/pdf', 'self-test.pdf'), bytes };
}

export const DRIVE_FILES_GROUP: CheckGroup = {
  name: 'Drive folders',
  checks: [
    {
      id: 'folder-parents',
      title: 'A folder is made inside another with parents, carrying appProperties (Drive.Files.create)',
    },
    {
      id: 'drive-query',
      title: 'One Drive.Files.list query finds a folder by name and a file by its appProperties',
    },
    {
      id: 'pdf-replace',
      title: 'A PDF is replaced in place with Drive.Files.update and reads back as the new bytes',
    },
  ],
  run(t) {
    // A name and a property value no other file has: the time and a random part.
    const token = `${Date.now().toString(36)}-${Math.floor(Math.random() * 1e9).toString(36)}`;
    const outerName = `${SELF_TEST_FILE_PREFIX} ${token} (delete me)`;
    let inner: string | null = null;
    let outer: string | null = null;
    t.check('folder-parents', () => {
      const made = files().create({ name: outerName, mimeType: FOLDER });
      if (!made?.id) throw new Error(`Drive.Files.create gave no folder id (${describe(made)})`);
      const outerId = made.id;
      outer = outerId;
      t.cleanup('folder-parents', () => files().remove(outerId));
      const child = files().create({
        name: 'Invoices',
        mimeType: FOLDER,
        parents: [outerId],
        appProperties: { [PROPERTY]: token },
      });
      if (!child?.id) throw new Error('Drive.Files.create gave no id for the folder inside');
      inner = child.id;
      const back = files().get(child.id, { fields: 'id,parents,appProperties' });
      const parents = back?.parents ?? [];
      if (parents.indexOf(outerId) < 0)
        throw new Error(`the inner folder's parents are ${JSON.stringify(parents)}, not [${outerId}]`);
      const kept = (back?.appProperties as Record<string, string> | undefined)?.[PROPERTY];
      if (kept !== token)
        throw new Error(`its appProperties came back as ${JSON.stringify(back?.appProperties)}`);
      return `folder ${child.id} made inside ${outerId}; parents and appProperties read back`;
    });
    if (outer === null || inner === null) {
      t.skip('drive-query', 'needs the folders that folder-parents could not make');
      t.skip('pdf-replace', 'needs the folders that folder-parents could not make');
      return;
    }
    const outerId: string = outer;
    const innerId: string = inner;
    t.check('drive-query', () => {
      const { found, tries } = listBoth(outerName, token);
      const ids = found.map((f) => f.id).sort();
      const want = [outerId, innerId].sort();
      if (JSON.stringify(ids) !== JSON.stringify(want))
        throw new Error(
          `the query found ${JSON.stringify(found.map((f) => f.name))} after ${tries} tries, not the two folders`,
        );
      return `found the folder by name and the one by appProperties in one list${tries > 1 ? ` (on try ${tries})` : ''}`;
    });
    t.check('pdf-replace', () => {
      const first = pdfBlob('Freelance Value Tracker self-test, first version');
      const made = files().create(
        { name: `${SELF_TEST_FILE_PREFIX}.pdf`, mimeType: 'application/pdf', parents: [innerId] },
        first.blob,
        { fields: 'id' },
      );
      if (!made?.id) throw new Error('Drive.Files.create gave no id for the PDF');
      const id = made.id;
      t.cleanup('pdf-replace', () => files().remove(id));
      const second = pdfBlob('Freelance Value Tracker self-test, second and longer version');
      const updated = files().update({ name: `${SELF_TEST_FILE_PREFIX} v2.pdf` }, id, second.blob, {
        fields: 'id',
      });
      if (updated?.id && updated.id !== id) throw new Error(`the update made a new file ${updated.id}`);
      const media: unknown = files().get(id, { alt: 'media' });
      const { form, bytes } = contentOf(media);
      if (!bytes || !startsWithPdf(bytes))
        throw new Error(`get with alt=media after the update came as ${describe(media)}, not a PDF`);
      if (bytes.length !== second.bytes.length)
        throw new Error(
          `the PDF read back has ${bytes.length} bytes: the first version had ${first.bytes.length}, the second ${second.bytes.length}`,
        );
      return `same id; the ${second.bytes.length} bytes of the new version read back (as a ${form})`;
    });
  },
};
