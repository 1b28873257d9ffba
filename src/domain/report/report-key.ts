// A short, stable key for one client's report for one month, stored on the Doc (Drive appProperties,
// at most 124 bytes per key and value) so regenerating finds and replaces the same file.

/** FNV-1a over UTF-16 code units: stable, tiny, no dependencies. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

export function reportKey(client: string, month: string): string {
  return `${month}-${fnv1a(client.trim().toLowerCase())}`;
}
