// The names a client goes by in a time tracker, remembered in the client's own row (Clients ›
// Tracker names, one per line) once the freelancer has matched them in an import preview.
//
// Why a column in Clients rather than hidden document properties: the freelancer sees next to each
// client which tracker names land there and can correct a wrong match by editing the cell; the names
// travel with the spreadsheet when it is copied or downloaded as .xlsx (document properties do not),
// so the local runner remembers them too; and nothing new needs authorising.

import { matchKey } from '../match-key';
import type { ClientMapping } from './preview';

/** The names in a Tracker names cell: one per line, blank lines ignored. */
export function readTrackerNames(cell: string): string[] {
  return cell
    .split(/\r\n|\r|\n/)
    .map((n) => n.trim())
    .filter((n) => n !== '');
}

/** Every client's tracker names as mappings from the name to the client. */
export function trackerMappings(clients: readonly { name: string; trackerNames: string }[]): ClientMapping[] {
  return clients.flatMap((c) => readTrackerNames(c.trackerNames).map((name) => ({ name, client: c.name })));
}

/**
 * The Tracker names cells to write after an import: for each client given new names, its cell with
 * them added (a name already there, in any case or spacing, is not added twice); a name is also taken
 * off any other client that had it, so each name lands on one client. Only changed cells are returned.
 * A name that cannot be written on a line of its own (empty, or with a line break) is not remembered.
 */
export function updatedTrackerNames(
  clients: readonly { name: string; trackerNames: string }[],
  answers: readonly ClientMapping[],
): Map<string, string> {
  const wanted = new Map<string, ClientMapping>();
  for (const a of answers) {
    const name = a.name.trim();
    if (name === '' || /[\r\n]/.test(name)) continue;
    wanted.set(matchKey(name), { name, client: a.client });
  }
  const changed = new Map<string, string>();
  for (const c of clients) {
    const names = readTrackerNames(c.trackerNames);
    const kept = names.filter((n) => {
      const answer = wanted.get(matchKey(n));
      return !answer || matchKey(answer.client) === matchKey(c.name);
    });
    const have = new Set(kept.map((n) => matchKey(n)));
    const added = [...wanted.values()]
      .filter((a) => matchKey(a.client) === matchKey(c.name) && !have.has(matchKey(a.name)))
      .map((a) => a.name);
    if (added.length > 0 || kept.length !== names.length) changed.set(c.name, [...kept, ...added].join('\n'));
  }
  return changed;
}
