// Files the demo and tests put in the fake Drive: a small but valid one-page PDF per sample invoice.

import { tinyPdfBytes } from '../src/selftest/tiny-pdf';

/** A minimal valid PDF whose page says which invoice it is (the self-test's one-line PDF writer). */
export function samplePdf(label: string): Uint8Array {
  return tinyPdfBytes(`Invoice ${label}`);
}
