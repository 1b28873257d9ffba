// Country names in the reader's language ("Norge", "Noregur", "נורווגיה", "ノルウェー") from CLDR through
// Intl.DisplayNames, so no catalogue has to list the world's countries. Pure.

type RegionNames = new (
  locales: string[],
  options: { type: 'region'; fallback: 'none' },
) => { of(code: string): string | undefined };

/**
 * Intl.DisplayNames is newer than ES2020 (ECMA-402 8th edition), so it is reached only behind this check
 * (as src/selftest/intl.ts does); the self-test reports whether the platform has it.
 */
function regionNames(): RegionNames | null {
  const found = (Intl as unknown as Record<string, unknown>).DisplayNames;
  return typeof found === 'function' ? (found as RegionNames) : null;
}

/** The country's name in `locale`, or its ISO code when the platform cannot name it. */
export function countryName(code: string, locale: string): string {
  const Names = regionNames();
  if (!Names || !/^[A-Z]{2}$/.test(code)) return code;
  try {
    return new Names([locale], { type: 'region', fallback: 'none' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * An ISO 3166 alpha-2 code CLDR knows and ISO still assigns (so "GB", not "XX" or Yugoslavia's "YU"). Without DisplayNames on the
 * platform any two capital letters pass: the Country column is then checked by shape only.
 */
export function isKnownCountry(code: string): boolean {
  if (!/^[A-Z]{2}$/.test(code)) return false;
  const Names = regionNames();
  if (!Names) return true;
  const name = new Names(['en'], { type: 'region', fallback: 'none' }).of(code);
  // CLDR also names user-assigned codes ("XA" Pseudo-Accents, "ZZ" Unknown Region), groupings (EU, UN)
  // and withdrawn codes it maps to successors (YU → Serbia, UK → United Kingdom): none is a country code.
  return (
    name !== undefined && !/^(AA|Q[M-Z]|X[A-Z]|ZZ|EU|EZ|UN|UK|YU|CS|SU|TP|ZR|DD|BU|FX|NT|AN)$/.test(code)
  );
}
