// File names for what the runner and the demo write: readable in every script, safe on every disk.

import { createHash } from 'node:crypto';

export function slug(text: string): string {
  const readable =
    text
      .normalize('NFC')
      .replace(/[^\p{L}\p{N}.-]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'x';
  // A slug drops characters and cuts long names: when it did, a short hash of the exact text keeps
  // two names ("Acme & Co", "Acme / Co") from writing the same file.
  return readable === text
    ? readable
    : `${readable}-${createHash('sha256').update(text).digest('hex').slice(0, 10)}`;
}

/** 01-payment-Acme-INV-7.eml: numbered so they list in the order they were drafted. */
export function draftFileName(
  index: number,
  draft: { kind: string; client: string; invoice: string },
): string {
  return `${String(index + 1).padStart(2, '0')}-${draft.kind}-${slug(draft.client)}${draft.invoice ? `-${slug(draft.invoice)}` : ''}.eml`;
}
