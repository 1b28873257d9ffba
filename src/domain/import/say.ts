// An import problem as a sentence of the problem catalogues, apart from messages.ts so that the
// catalogue's shape can name the import's keys without a cycle.

import type { Say } from '../messages/shapes/problems';
import { VENDOR_NAMES, type Vendor } from './headers';
import type { ImportProblem } from './messages';

/** The problem as a sentence of the problem catalogues (`import.<key>`), the tracker named as it names itself. */
export function importSay(p: ImportProblem): Say {
  const values = p.values ? { ...p.values } : undefined;
  if (values && typeof values.vendor === 'string' && values.vendor in VENDOR_NAMES)
    values.vendor = VENDOR_NAMES[values.vendor as Vendor];
  return values ? { key: `import.${p.key}`, values } : { key: `import.${p.key}` };
}
