import { describe, expect, it } from 'vitest';
import {
  readTrackerNames,
  trackerMappings,
  updatedTrackerNames,
} from '../../../src/domain/import/tracker-names';

const clients = [
  { name: 'Acme Inc', trackerNames: 'ACME\r\n\n  Website  ' },
  { name: 'Nordlys AS', trackerNames: '' },
];

describe('tracker names', () => {
  it('reads one name per line, trimmed, blank lines ignored', () => {
    expect(readTrackerNames('ACME\r\n\n  Website  ')).toEqual(['ACME', 'Website']);
    expect(readTrackerNames('')).toEqual([]);
  });

  it('turns every client’s names into mappings', () => {
    expect(trackerMappings(clients)).toEqual([
      { name: 'ACME', client: 'Acme Inc' },
      { name: 'Website', client: 'Acme Inc' },
    ]);
  });

  it('adds a new name to its client once, and only the changed cells', () => {
    const cells = updatedTrackerNames(clients, [
      { name: 'Internal admin', client: 'Nordlys AS' },
      { name: 'acme', client: 'Acme Inc' },
    ]);
    expect([...cells]).toEqual([['Nordlys AS', 'Internal admin']]);
  });

  it('moves a name from one client to another, so each name lands on one client', () => {
    const cells = updatedTrackerNames(clients, [{ name: 'website', client: 'Nordlys AS' }]);
    expect([...cells]).toEqual([
      ['Acme Inc', 'ACME'],
      ['Nordlys AS', 'website'],
    ]);
  });

  it('does not remember a name that cannot stand on a line of its own', () => {
    expect(updatedTrackerNames(clients, [{ name: '', client: 'Nordlys AS' }]).size).toBe(0);
    expect(updatedTrackerNames(clients, [{ name: 'a\nb', client: 'Nordlys AS' }]).size).toBe(0);
  });
});
