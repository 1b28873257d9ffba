// Drive file links as users paste them into the sheet: read by the tab reader (is the Invoice file a
// link?) and by the reminder drafts (which PDF to attach).

/** The Drive file id in an "Invoice file" link (…/d/<id>/…, ?id=<id>) or a bare id. */
export function driveFileId(link: string): string | null {
  const m =
    /\/d\/([\w-]{10,})/.exec(link) ?? /[?&]id=([\w-]{10,})/.exec(link) ?? /^([\w-]{10,})$/.exec(link.trim());
  return m ? m[1]! : null;
}
