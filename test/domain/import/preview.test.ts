import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type ImportContext, mergeMappings, previewImport } from '../../../src/domain/import/preview';

const FIXTURES = new URL('../../fixtures/time-exports/', import.meta.url);
const fixture = (name: string) => readFileSync(new URL(name, FIXTURES), 'utf8');
const OSLO = { timeZone: 'Europe/Oslo' };

const context = (over: Partial<ImportContext> = {}): ImportContext => ({
  clients: ['Nordlys AS', 'Sól ehf.', 'Acme Inc'],
  importedKeys: new Set(),
  clientMap: [],
  ...over,
});

describe('previewImport', () => {
  it('counts new entries, asks for unknown clients once per name, and writes only known ones', () => {
    const p = previewImport(fixture('toggl-detailed.csv'), context(), OSLO);
    expect(p.vendor).toBe('toggl');
    expect(p.timeZone).toBe('Europe/Oslo');
    expect([p.new, p.skipped]).toEqual([5, 0]);
    expect(p.needsClient).toEqual([{ name: 'Internal admin', entries: 1 }]);
    expect(p.rows.map((r) => [r.line, r.client, r.task])).toEqual([
      [2, 'Nordlys AS', 'Homepage copy'],
      [3, 'Nordlys AS', 'Design'],
      [5, 'Sól ehf.', '=HYPERLINK("http://x","click")'],
      [6, 'Sól ehf.', 'Call with Jón, about the logo\nand the colours'],
    ]);
  });

  it('matches client names as the rest of the add-on does: case and spacing do not matter', () => {
    const p = previewImport(
      fixture('toggl-detailed.csv'),
      context({ clients: ['  nordlys  as', 'SÓL EHF.'] }),
      OSLO,
    );
    expect(p.rows.map((r) => r.client)).toEqual(['  nordlys  as', '  nordlys  as', 'SÓL EHF.', 'SÓL EHF.']);
  });

  it('uses a mapping from the file name to a client, and reports it to be remembered', () => {
    const clientMap = [{ name: 'internal ADMIN', client: 'acme inc' }];
    const p = previewImport(fixture('toggl-detailed.csv'), context({ clientMap }), OSLO);
    expect(p.needsClient).toEqual([]);
    expect(p.rows.find((r) => r.line === 4)!.client).toBe('Acme Inc');
    expect(p.usedMappings).toEqual([{ name: 'internal ADMIN', client: 'Acme Inc' }]);
  });

  it('asks again when a remembered client is no longer in Clients', () => {
    const clientMap = [{ name: 'Internal admin', client: 'Gone Ltd' }];
    const p = previewImport(fixture('toggl-detailed.csv'), context({ clientMap }), OSLO);
    expect(p.needsClient).toEqual([{ name: 'Internal admin', entries: 1 }]);
  });

  it('asks about entries with neither client nor project under an empty name', () => {
    const p = previewImport(fixture('clockify-customized.csv'), context(), OSLO);
    expect(p.needsClient).toEqual([{ name: '', entries: 1 }]);
    const mapped = previewImport(
      fixture('clockify-customized.csv'),
      context({ clientMap: [{ name: '', client: 'Acme Inc' }] }),
      OSLO,
    );
    expect(mapped.rows.map((r) => r.client)).toEqual(['Nordlys AS', 'Acme Inc']);
  });

  it('adds nothing the second time: the keys written are the keys skipped', () => {
    const first = previewImport(fixture('harvest-current.csv'), context(), OSLO);
    expect([first.new, first.skipped, first.rows.length]).toEqual([4, 0, 4]);
    const importedKeys = new Set(first.rows.map((r) => r.importKey));
    const second = previewImport(fixture('harvest-current.csv'), context({ importedKeys }), OSLO);
    expect([second.new, second.skipped, second.rows.length]).toEqual([0, 4, 0]);
  });

  it('adds only the new entries of an overlapping export', () => {
    const first = previewImport(fixture('toggl-detailed-free.csv'), context(), OSLO);
    const importedKeys = new Set(first.rows.map((r) => r.importKey));
    const next = previewImport(fixture('toggl-detailed.csv'), context({ importedKeys }), OSLO);
    expect([next.new, next.skipped]).toEqual([4, 1]);
    expect(next.rows.map((r) => r.task)).not.toContain('Homepage copy');
  });

  it('keeps the keys whatever the export settings: US and European Clockify files of the same work', () => {
    const us = [
      '"Project","Client","Description","Task","User","Email","Billable","Start Date","Start Time","End Date","End Time","Duration (h)"',
      '"Web","Acme Inc","Call","","Ada","a@x","Yes","11/13/2026","01:05:09 PM","11/13/2026","02:05:09 PM","01:00:00"',
    ].join('\n');
    const eu = [
      '"Projekt","Kunde","Beschreibung","Aufgabe","Benutzer","Email","Abrechenbar","Startdatum","Startzeit","Enddatum","Endzeit","Dauer (h)"',
      '"Web","Acme Inc","Call","","Ada","a@x","Ja","13.11.2026","13:05","13.11.2026","14:05","1:00"',
    ].join('\n');
    const keys = (text: string) => previewImport(text, context(), OSLO).rows.map((r) => r.importKey);
    expect(keys(eu)).toEqual(keys(us));
  });

  it('records an invoiced entry as billed with its invoice number, or the tracker’s name', () => {
    const clockify = previewImport(fixture('clockify-invoiced.csv'), context(), OSLO);
    expect(clockify.rows.map((r) => r.invoice)).toEqual(['INV-100', '']);
    const harvest = previewImport(fixture('harvest-current.csv'), context(), OSLO);
    expect(harvest.rows.map((r) => r.invoice)).toEqual(['', '', '', 'Harvest']);
  });

  it('passes the date question and the problems on, and writes nothing while the question is open', () => {
    const p = previewImport(fixture('clockify-ambiguous.csv'), context(), OSLO);
    expect(p.askDateOrder).toBe('01/09/2026');
    expect([p.new, p.rows.length]).toEqual([0, 0]);
    const answered = previewImport(fixture('clockify-ambiguous.csv'), context(), {
      ...OSLO,
      dateOrder: 'dmy',
    });
    expect([answered.askDateOrder, answered.dateOrder, answered.new]).toEqual([null, 'dmy', 2]);
    expect(previewImport(fixture('toggl-data-export.csv'), context(), OSLO).problems).toEqual([
      { line: 4, key: 'longerThanDay', values: { hours: 25.5 } },
    ]);
  });
});

describe('mergeMappings', () => {
  it('keeps one mapping per file name, the newest', () => {
    expect(
      mergeMappings(
        [
          { name: 'Internal', client: 'A' },
          { name: 'Web', client: 'B' },
        ],
        [{ name: 'INTERNAL', client: 'C' }],
      ),
    ).toEqual([
      { name: 'INTERNAL', client: 'C' },
      { name: 'Web', client: 'B' },
    ]);
  });
});
