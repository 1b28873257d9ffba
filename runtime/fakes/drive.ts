// The Drive advanced service, v3, as the add-on uses it under the drive.file scope: the app sees only
// files it created or that the user opened with it; others answer 404 as the API does.
// https://developers.google.com/drive/api/reference/rest/v3/files , https://developers.google.com/drive/api/guides/search-files
// Converting an upload into a Google Doc counts against the "files converted" daily quota
// (docs/platform.md#quotas-and-limits).

import { SERVICE, unwrap } from '../calls';
import type { FakeBlob } from './blob';
import { htmlToPdf } from './pdf';
import type { RuntimeContext } from './context';
import { checkExportSize, checkImport, mergeAppProperties } from './drive-limits';

const DOC = 'application/vnd.google-apps.document';
const FOLDER = 'application/vnd.google-apps.folder';

export interface DriveFile {
  id: string;
  name: string;
  mimeType: string;
  parents: string[];
  appProperties: Record<string, string>;
  trashed: boolean;
  appCanSee: boolean;
  /** The imported HTML for a converted Doc; the bytes of any other file. */
  html: string;
  bytes: Uint8Array;
  createdTime: string;
  modifiedTime: string;
  webViewLink: string;
}

type Query = (f: DriveFile) => boolean;

/** Parses exactly the query forms the add-on writes; anything else throws (strict). */
export function parseQuery(q: string): Query {
  let i = 0;
  const ws = () => {
    while (q[i] === ' ') i++;
  };
  const string = (): string => {
    ws();
    if (q[i] !== "'") throw new Error(`Drive fake: expected a quoted string at ${i} in ${q}`);
    i++;
    let out = '';
    while (i < q.length && q[i] !== "'") {
      if (q[i] === '\\') i++;
      out += q[i++];
    }
    if (q[i] !== "'") throw new Error(`Drive fake: unterminated string in ${q}`);
    i++;
    return out;
  };
  const word = (w: string) => {
    ws();
    if (q.slice(i, i + w.length) !== w) throw new Error(`Drive fake: expected ${w} at ${i} in ${q}`);
    i += w.length;
  };
  const peek = (w: string) => {
    ws();
    return q.slice(i, i + w.length) === w;
  };
  const clause = (): Query => {
    ws();
    if (peek('(')) {
      word('(');
      const inner = or();
      word(')');
      return inner;
    }
    if (peek('trashed')) {
      word('trashed');
      word('=');
      ws();
      const value = q.slice(i, i + 5) === 'false' ? false : q.slice(i, i + 4) === 'true' ? true : null;
      if (value === null) throw new Error(`Drive fake: trashed takes true or false in ${q}`);
      i += value ? 4 : 5;
      return (f) => f.trashed === value;
    }
    if (peek('name')) {
      word('name');
      word('=');
      const v = string();
      return (f) => f.name === v;
    }
    if (peek('mimeType')) {
      word('mimeType');
      word('=');
      const v = string();
      return (f) => f.mimeType === v;
    }
    if (peek('appProperties')) {
      word('appProperties');
      word('has');
      word('{');
      word('key');
      word('=');
      const key = string();
      word('and');
      word('value');
      word('=');
      const value = string();
      word('}');
      return (f) => f.appProperties[key] === value;
    }
    if (peek("'")) {
      const id = string();
      word('in');
      word('parents');
      return (f) => f.parents.includes(id);
    }
    throw new Error(`Drive fake: query clause not emulated at ${i}: ${q}`);
  };
  const and = (): Query => {
    let left = clause();
    while (peek('and ')) {
      word('and');
      const l = left;
      const r = clause();
      left = (f) => l(f) && r(f);
    }
    return left;
  };
  const or = (): Query => {
    let left = and();
    while (peek('or ')) {
      word('or');
      const l = left;
      const r = and();
      left = (f) => l(f) || r(f);
    }
    return left;
  };
  const query = or();
  ws();
  if (i !== q.length) throw new Error(`Drive fake: could not read the query from ${i}: ${q}`);
  return query;
}

type Resource = {
  name?: string;
  mimeType?: string;
  parents?: string[];
  appProperties?: Record<string, string | null>;
};

/**
 * What `files.get(id, {alt: 'media'})` can hand to Apps Script is not documented; the nearest documented
 * limit is URL Fetch's 50 MB response (https://developers.google.com/apps-script/guides/services/quotas),
 * so the fake refuses larger reads (UNVERIFIED). The documented limits are in drive-limits.ts.
 */
export const MEDIA_READ_LIMIT = 50 * 1024 * 1024;

export class FakeDriveFiles {
  readonly [SERVICE] = 'Drive.Files';
  constructor(private readonly drive: FakeDrive) {}

  create(resource: Resource, mediaData?: FakeBlob, _optionalArgs?: Record<string, unknown>) {
    return this.drive.view(this.drive.createFile(resource, mediaData && unwrap(mediaData)));
  }
  list(optionalArgs: { q?: string } = {}) {
    const query = optionalArgs.q ? parseQuery(optionalArgs.q) : () => true;
    return { files: this.drive.files.filter((f) => f.appCanSee && query(f)).map((f) => this.drive.view(f)) };
  }
  update(resource: Resource, fileId: string, mediaData?: FakeBlob, _optionalArgs?: Record<string, unknown>) {
    const file = this.drive.visible(fileId);
    if (resource.name !== undefined) file.name = resource.name;
    // appProperties patch: given keys are set, others kept (files.update, patch semantics).
    const appProperties = mergeAppProperties('update', file.appProperties, resource.appProperties);
    if (mediaData) this.drive.putContent(file, unwrap(mediaData), 'update');
    file.appProperties = appProperties;
    file.modifiedTime = this.drive.ctx.now.toISOString();
    return this.drive.view(file);
  }
  /**
   * get(id, {alt:'media'}) gives the file's content. @types/google-apps-script drive_v3.d.ts types it
   * `string`; gas-fakes, checked against live Apps Script, returns a byte array
   * (https://github.com/brucemcpherson/gas-fakes, issue 117). Never a Blob: the fake returns signed
   * Java bytes as Apps Script hands bytes out, and the adapter must wrap them itself.
   * https://developers.google.com/drive/api/reference/rest/v3/files/get
   */
  get(fileId: string, optionalArgs: { alt?: string; fields?: string } = {}) {
    const file = this.drive.visible(fileId);
    if (optionalArgs.alt === 'media') {
      if (file.mimeType.startsWith('application/vnd.google-apps.')) {
        throw new Error(
          `GoogleJsonResponseException: API call to drive.files.get failed with error: Only files with binary content can be downloaded. Use Export with Docs Editors files.`,
        );
      }
      if (file.bytes.length > MEDIA_READ_LIMIT)
        throw new Error(
          `Exception: Drive fake (strict): ${file.bytes.length} bytes is more than the 50 MB Apps Script is assumed to take in one response.`,
        );
      return signedBytes(file.bytes);
    }
    return this.drive.view(file);
  }

  /**
   * export(id, mimeType, {alt:'media'}): a Google Doc in another format, here PDF (the only one the
   * add-on asks for; others fail loudly). On live Apps Script the call fails without {alt:'media'}
   * although the reference does not list it (gas-fakes issue 117; Google issue tracker 468534237;
   * docs/platform.md#making-a-pdf). @types types the result `void`; the content comes back as bytes
   * as for get (above). The PDF holds the Doc's text (runtime/fakes/pdf.ts): enough for a reader to
   * find every word, not Google's layout. Exports are limited to 10 MB.
   * https://developers.google.com/drive/api/reference/rest/v3/files/export
   */
  export(fileId: string, mimeType: string, optionalArgs: { alt?: string } = {}) {
    const file = this.drive.visible(fileId);
    if (optionalArgs?.alt !== 'media')
      throw new Error(
        'GoogleJsonResponseException: API call to drive.files.export failed with error: Export requires alt=media to download the exported content.',
      );
    if (!file.mimeType.startsWith('application/vnd.google-apps.'))
      throw new Error(
        'GoogleJsonResponseException: API call to drive.files.export failed with error: Export only supports Docs Editors files.',
      );
    if (file.mimeType === DOC && mimeType === 'text/html') {
      // The self-test reads the imported Doc back as HTML to see what the import kept.
      const html = new TextEncoder().encode(file.html);
      checkExportSize(html);
      return signedBytes(html);
    }
    if (file.mimeType !== DOC || mimeType !== 'application/pdf')
      throw new Error(
        `Drive fake: export of ${file.mimeType} to ${mimeType} is not emulated; only a Doc to PDF or HTML is.`,
      );
    const pdf = htmlToPdf(file.html, file.name);
    checkExportSize(pdf);
    this.drive.exported += 1;
    return signedBytes(pdf);
  }
  /**
   * Deletes for good, without the trash; a folder takes everything under it.
   * https://developers.google.com/drive/api/reference/rest/v3/files/delete
   */
  remove(fileId: string, _optionalArgs?: Record<string, unknown>): void {
    this.drive.visible(fileId);
    this.drive.deleteTree(fileId);
  }
}

/** Bytes as Apps Script hands them out: signed Java bytes, -128..127. */
function signedBytes(bytes: Uint8Array): number[] {
  return Array.from(bytes, (b) => (b > 127 ? b - 256 : b));
}

export class FakeDrive {
  readonly [SERVICE] = 'Drive';
  readonly Files: FakeDriveFiles;
  readonly files: DriveFile[] = [];
  /** Files converted today, and the consumer limit (docs/platform.md#quotas-and-limits: 2,000 a day). */
  converted = 0;
  convertLimit = 2000;
  /** Exports made (to PDF), for tests. */
  exported = 0;
  /** The number in the next file id; kept across runs by the runner (runtime/state.ts). */
  next = 1;

  constructor(readonly ctx: RuntimeContext) {
    this.Files = new FakeDriveFiles(this);
  }

  createFile(resource: Resource, media?: FakeBlob): DriveFile {
    const now = this.ctx.now.toISOString();
    for (const parent of resource.parents ?? []) this.visible(parent);
    const id = `drive-${String(this.next++).padStart(4, '0')}`;
    const mimeType = resource.mimeType ?? media?.getContentType() ?? 'application/octet-stream';
    const file: DriveFile = {
      id,
      name: resource.name ?? media?.getName() ?? 'Untitled',
      mimeType,
      parents: resource.parents ?? [],
      appProperties: mergeAppProperties('create', {}, resource.appProperties),
      trashed: false,
      appCanSee: true,
      html: '',
      bytes: new Uint8Array(),
      createdTime: now,
      modifiedTime: now,
      webViewLink:
        mimeType === DOC
          ? `https://docs.google.com/document/d/${id}/edit?usp=drivesdk`
          : mimeType === FOLDER
            ? `https://drive.google.com/drive/folders/${id}`
            : `https://drive.google.com/file/d/${id}/view?usp=drivesdk`,
    };
    if (media) this.putContent(file, media, 'create');
    this.files.push(file);
    return file;
  }

  /** An upload to a Google Doc is converted: only HTML is emulated, other types fail loudly. */
  putContent(file: DriveFile, media: FakeBlob, method: 'create' | 'update'): void {
    if (file.mimeType === DOC) {
      if (media.getContentType() !== 'text/html')
        throw new Error(
          `Drive fake: only text/html is converted to a Google Doc, not ${media.getContentType()}`,
        );
      if (this.converted >= this.convertLimit)
        throw new Error(
          'GoogleJsonResponseException: API call to drive.files.create failed with error: User rate limit exceeded.',
        );
      checkImport(method, media.rawBytes().length);
      this.converted += 1;
      file.html = media.getDataAsString('UTF-8');
    } else file.bytes = media.rawBytes();
  }

  deleteTree(id: string): void {
    for (const child of this.files.filter((f) => f.parents.includes(id))) this.deleteTree(child.id);
    const at = this.files.findIndex((f) => f.id === id);
    if (at >= 0) this.files.splice(at, 1);
  }

  visible(id: string): DriveFile {
    const file = this.files.find((f) => f.id === id && f.appCanSee);
    if (!file)
      throw new Error(
        `GoogleJsonResponseException: API call to drive.files.get failed with error: File not found: ${id}. (404)`,
      );
    return file;
  }

  view(file: DriveFile) {
    return {
      id: file.id,
      name: file.name,
      mimeType: file.mimeType,
      parents: [...file.parents],
      appProperties: { ...file.appProperties },
      webViewLink: file.webViewLink,
      trashed: file.trashed,
    };
  }

  /** Test and demo hook: a file already in the user's Drive; appCanSee says whether drive.file reaches it. */
  seedFile(file: {
    id: string;
    name: string;
    mimeType: string;
    bytes: Uint8Array;
    appCanSee: boolean;
  }): void {
    const now = this.ctx.now.toISOString();
    this.files.push({
      ...file,
      parents: [],
      appProperties: {},
      trashed: false,
      html: '',
      createdTime: now,
      modifiedTime: now,
      webViewLink: `https://drive.google.com/file/d/${file.id}/view`,
    });
  }

  listAll(): DriveFile[] {
    return [...this.files];
  }

  findByLink(link: string): DriveFile {
    const file = this.files.find((f) => f.webViewLink === link || link.includes(`/d/${f.id}/`));
    if (!file) throw new Error(`No file in the fake Drive for ${link}`);
    return file;
  }
}
