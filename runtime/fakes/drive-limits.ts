// The documented size limits of the Drive calls the add-on makes, enforced by the Drive fake so a
// key, a property or a file that would fail on Google fails here first.

const FAIL = 'GoogleJsonResponseException: API call to drive.files';

/**
 * Custom file properties (Add custom file properties, "Limits of custom file properties":
 * https://developers.google.com/drive/api/guides/properties ; the v2 Property resource lists the same,
 * https://developers.google.com/drive/api/v2/reference/properties): at most 124 bytes for key and value
 * together in UTF-8 ("Maximum of 124 bytes size limit on (key + value) string in UTF-8 encoding for a
 * single property"), at most 30 private properties per file from one app, at most 100 per file from all
 * sources. The add-on writes only appProperties (private to its Cloud project), so 30 is the count it
 * can meet.
 */
export const PROPERTY_BYTES = 124;
export const APP_PROPERTIES_PER_FILE = 30;
export const PROPERTIES_PER_FILE = 100;

/** files.export: "Note that the exported content is limited to 10 MB."
 * https://developers.google.com/drive/api/reference/rest/v3/files/export */
export const EXPORT_LIMIT = 10 * 1024 * 1024;

/**
 * Converting an upload to a Google Doc: a text document converted to Google Docs format "can be up to
 * 50 MB" (Drive help, files you can store in Google Drive: https://support.google.com/drive/answer/37603).
 * Other uploads through files.create and files.update may be up to 5,120 GB ("Maximum file size", files.create
 * reference: https://developers.google.com/drive/api/reference/rest/v3/files/create), far beyond what
 * the local runtime could hold, so that one is not checked.
 */
export const IMPORT_LIMIT = 50 * 1024 * 1024;

const utf8Length = (text: string) => new TextEncoder().encode(text).length;

/**
 * The appProperties a create or update leaves on a file: the request's entries merged over the file's
 * (files.update patches; a null value removes the key), each checked against the limits above.
 */
export function mergeAppProperties(
  method: 'create' | 'update',
  current: Record<string, string>,
  patch: Record<string, string | null> | undefined,
): Record<string, string> {
  const next = { ...current };
  for (const [key, value] of Object.entries(patch ?? {})) {
    if (value === null) {
      delete next[key];
      continue;
    }
    const text = String(value);
    const bytes = utf8Length(key) + utf8Length(text);
    if (bytes > PROPERTY_BYTES)
      throw new Error(
        `${FAIL}.${method} failed with error: The property ${key} is too large: key and value take ${bytes} bytes of UTF-8, more than the ${PROPERTY_BYTES} allowed.`,
      );
    next[key] = text;
  }
  if (Object.keys(next).length > APP_PROPERTIES_PER_FILE)
    throw new Error(
      `${FAIL}.${method} failed with error: A file can hold at most ${APP_PROPERTIES_PER_FILE} private properties from one app.`,
    );
  return next;
}

/** Refuses an export over 10 MB as the API does (reason exportSizeLimitExceeded). */
export function checkExportSize(bytes: Uint8Array): void {
  if (bytes.length > EXPORT_LIMIT)
    throw new Error(
      `${FAIL}.export failed with error: This file is too large to be exported. (${bytes.length} bytes; exports are limited to 10 MB)`,
    );
}

/** Refuses an HTML upload too large to become a Google Doc. */
export function checkImport(method: 'create' | 'update', bytes: number): void {
  if (bytes > IMPORT_LIMIT)
    throw new Error(
      `${FAIL}.${method} failed with error: The document is too large to convert (over 50 MB).`,
    );
}
