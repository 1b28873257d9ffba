// Which tracker wrote a file, and where each value is: read from the header by name, never by
// position, because Clockify's "Export → Customize" removes and reorders columns and its header
// follows the app language. Sources for every name below: docs/time-import.md, and
//  - Toggl Track: solidtime's Toggl fixtures and importer (resources/testfiles/toggl_time_entries_*,
//    app/Service/Import/Importers/TogglTimeEntriesImporter.php), Kimai ImportBundle's demo toggl.csv;
//  - Clockify: solidtime's clockify_time_entries_import_test_1…7.csv (Type, Invoiced, Invoice ID,
//    Activity, no Billable, no Client), HourDen's clockify-sample.csv, German and French Clockify
//    parsers (Projekt, Kunde, Abrechenbar, Startdatum…; Projet, Facturable, Date de début…);
//  - Harvest: solidtime's harvest_time_entries_import_test_1.csv (20 columns) and the 2015 column set
//    with Department; https://support.getharvest.com/hc/en-us/articles/360048685111.

import { matchKey } from '../match-key';

export type Vendor = 'toggl' | 'clockify' | 'harvest';

/** The values the import reads. Amounts, rates, tags and people's roles are not read. */
export type Field =
  | 'user'
  | 'email'
  | 'firstName'
  | 'lastName'
  | 'client'
  | 'project'
  | 'task'
  | 'description'
  | 'billable'
  | 'invoiced'
  | 'invoiceId'
  | 'entryType'
  | 'date'
  | 'startDate'
  | 'startTime'
  | 'endDate'
  | 'endTime'
  | 'duration'
  /** Rounded to hundredths of an hour: recognised only so that it is never used for hours. */
  | 'roundedHours';

type Names = Partial<Record<Field, readonly string[]>>;

// Header names by vendor, compared with matchKey (case and spacing do not matter). Names marked
// "inferred" are the app's own words for the column with no export sample seen; the rest are from
// real exports.
const TOGGL: Names = {
  user: ['User'],
  email: ['Email'],
  client: ['Client'],
  project: ['Project'],
  task: ['Task'],
  description: ['Description'],
  billable: ['Billable'],
  startDate: ['Start date'],
  startTime: ['Start time'],
  endDate: ['End date'],
  endTime: ['End time'],
  duration: ['Duration'],
};

const CLOCKIFY: Names = {
  project: ['Project', 'Projekt', 'Projet'],
  client: ['Client', 'Kunde'],
  description: ['Description', 'Beschreibung'],
  task: ['Task', 'Activity', 'Aufgabe', 'Tâche'],
  user: ['User', 'Benutzer', 'Utilisateur'],
  email: ['Email', 'E-Mail'],
  entryType: ['Type', 'Typ'],
  billable: ['Billable', 'Abrechenbar', 'Facturable'],
  // Inferred: Abgerechnet, Facturé.
  invoiced: ['Invoiced', 'Abgerechnet', 'Facturé'],
  invoiceId: ['Invoice ID', 'Rechnungs-ID', 'ID de facture'],
  startDate: ['Start Date', 'Startdatum', 'Date de début'],
  startTime: ['Start Time', 'Startzeit', 'Heure de début'],
  endDate: ['End Date', 'Enddatum', 'Date de fin'],
  endTime: ['End Time', 'Endzeit', 'Heure de fin'],
  duration: ['Duration (h)', 'Dauer (h)', 'Durée (h)'],
  roundedHours: ['Duration (decimal)', 'Dauer (dezimal)', 'Durée (décimal)'],
};

const HARVEST: Names = {
  date: ['Date'],
  client: ['Client'],
  project: ['Project'],
  task: ['Task'],
  description: ['Notes'],
  duration: ['Hours'],
  roundedHours: ['Hours Rounded'],
  billable: ['Billable?'],
  invoiced: ['Invoiced?'],
  firstName: ['First Name'],
  lastName: ['Last Name'],
};

/** Headers only one vendor writes; they settle which wrote a file when the shared ones do not. */
const OWN: Record<Vendor, readonly RegExp[]> = {
  toggl: [/^amount \(.*\)$/],
  clockify: [
    /^(group|gruppe|groupe|kiosk|date of creation|approval|approved by)$/,
    /^(billable rate|billable amount|abrechenbarer tarif|rechnungsbetrag|taux facturable|montant facturable) \(.*\)$/,
  ],
  harvest: [
    /^(project code|approved\?|roles|employee\?|employee id|department|currency|external reference url)$/,
  ],
};

const NAMES: Record<Vendor, Names> = { toggl: TOGGL, clockify: CLOCKIFY, harvest: HARVEST };

export interface Format {
  vendor: Vendor;
  /** Column index of each field the header has. */
  columns: Partial<Record<Field, number>>;
  /** The header as the file writes it, to name a column in a message. */
  header: readonly string[];
  columnCount: number;
}

export type Detected =
  | { ok: true; format: Format }
  | { ok: false; missing: 'header' | 'date' | 'hours'; vendor: Vendor };

export function detectFormat(header: readonly string[]): Detected {
  const keys = header.map((h) => matchKey(h));
  let best: { vendor: Vendor; score: number; columns: Partial<Record<Field, number>> } | null = null;
  for (const vendor of ['toggl', 'clockify', 'harvest'] as const) {
    const columns = mapColumns(keys, NAMES[vendor]);
    let score = Object.keys(columns).length * 2;
    score += keys.filter((k) => OWN[vendor].some((own) => own.test(k))).length * 2;
    // Toggl writes "Start date", Clockify "Start Date": the spelling settles a file with neither's
    // own columns (a Clockify export customised down to the shared ones).
    const exact = new Set(Object.values(NAMES[vendor]).flat());
    score += header.filter((h) => exact.has(h.trim())).length / 100;
    if (!best || score > best.score) best = { vendor, score, columns };
  }
  const { vendor, columns } = best!;
  if (Object.keys(columns).length < 3) return { ok: false, missing: 'header', vendor };
  if (columns.date === undefined && columns.startDate === undefined)
    return { ok: false, missing: 'date', vendor };
  const times = columns.startTime !== undefined && columns.endTime !== undefined;
  if (columns.duration === undefined && !times) return { ok: false, missing: 'hours', vendor };
  return { ok: true, format: { vendor, columns, header, columnCount: header.length } };
}

function mapColumns(keys: readonly string[], names: Names): Partial<Record<Field, number>> {
  const columns: Partial<Record<Field, number>> = {};
  for (const [field, list] of Object.entries(names) as [Field, readonly string[]][]) {
    const wanted = new Set(list.map((n) => matchKey(n)));
    // The first column of a name counts; a second one of the same name is ignored.
    const index = keys.findIndex((k) => wanted.has(k));
    if (index >= 0) columns[field] = index;
  }
  return columns;
}

/** The brand as the vendor writes it, for messages; never translated. */
export const VENDOR_NAMES: Record<Vendor, string> = {
  toggl: 'Toggl Track',
  clockify: 'Clockify',
  harvest: 'Harvest',
};
