// File names for what the runner and the demo write: readable in every script, safe on every disk.

export function slug(text: string): string {
  return (
    text
      .normalize('NFC')
      .replace(/[^\p{L}\p{N}.-]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'x'
  );
}

/** 01-payment-Acme-INV-7.eml: numbered so they list in the order they were drafted. */
export function draftFileName(
  index: number,
  draft: { kind: string; client: string; invoice: string },
): string {
  return `${String(index + 1).padStart(2, '0')}-${draft.kind}-${slug(draft.client)}${draft.invoice ? `-${slug(draft.invoice)}` : ''}.eml`;
}
