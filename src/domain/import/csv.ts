// An RFC 4180 CSV reader for the files time trackers export (https://www.rfc-editor.org/rfc/rfc4180).
//
// What the exports look like (sources in docs/time-import.md): Toggl Track writes UTF-8 with a BOM
// and quotes only where needed, or every field in its data export; Clockify quotes every field;
// Harvest writes CRLF and quotes numbers with a decimal comma ("7,5"). A file re-saved by a
// spreadsheet in a German or Norwegian locale uses `;` (Excel's list separator there), so the
// delimiter is read from the header line rather than assumed.
//
// Lenient where RFC 4180 is strict but the meaning is plain (a `"` inside an unquoted field is kept
// as a character; LF, CRLF and CR all end a record); strict where guessing would shift columns: an
// opened quote that never closes swallows the rest of the file, so it is reported with the line it
// opened on and nothing after it is read.

export type Delimiter = ',' | ';' | '\t';

export interface CsvRecord {
  /** The 1-based line of the file the record starts on (a quoted newline makes a record span lines). */
  line: number;
  fields: string[];
}

export interface CsvFile {
  delimiter: Delimiter;
  /** Every record, the header first; blank lines are left out. */
  records: CsvRecord[];
  /** The line of a quote opened and never closed; the records before it are still read. */
  unclosedQuoteLine: number | null;
}

const BOM = '\uFEFF';

/** The delimiter of the first record: whichever of , ; and tab occurs most outside quotes. */
export function detectDelimiter(text: string): Delimiter {
  const counts: Record<Delimiter, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && (c === ',' || c === ';' || c === '\t')) counts[c]++;
  }
  // Ties go to the comma, the delimiter every vendor writes.
  if (counts[';'] > counts[','] && counts[';'] >= counts['\t']) return ';';
  if (counts['\t'] > counts[','] && counts['\t'] > counts[';']) return '\t';
  return ',';
}

export function readCsv(input: string): CsvFile {
  const text = input.startsWith(BOM) ? input.slice(1) : input;
  const delimiter = detectDelimiter(text);
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let i = 0;
  const n = text.length;
  const endRecord = () => {
    fields.push(field);
    // A line with nothing on it is not a record (a trailing newline, or blank lines between rows).
    if (!(fields.length === 1 && fields[0] === '')) records.push({ line: recordLine, fields });
    fields = [];
    field = '';
  };
  while (i < n) {
    const c = text[i]!;
    if (c === '"' && field === '') {
      // A quoted field: read to the closing quote; "" inside stands for one quote.
      const opened = line;
      i++;
      let closed = false;
      while (i < n) {
        const next = text.indexOf('"', i);
        const upTo = next === -1 ? n : next;
        const chunk = text.slice(i, upTo);
        line += countLineBreaks(chunk);
        field += chunk;
        if (next === -1) break;
        if (text[next + 1] === '"') {
          field += '"';
          i = next + 2;
          continue;
        }
        i = next + 1;
        closed = true;
        break;
      }
      if (!closed) return { delimiter, records, unclosedQuoteLine: opened };
      // Text after the closing quote and before the delimiter ("abc"def) is kept, not dropped.
      continue;
    }
    if (c === delimiter) {
      fields.push(field);
      field = '';
      i++;
      continue;
    }
    if (c === '\r' || c === '\n') {
      endRecord();
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
      line++;
      recordLine = line;
      continue;
    }
    // A run of plain characters at once: far faster than one at a time on 100,000 rows.
    let j = i + 1;
    while (j < n) {
      const d = text[j]!;
      if (d === delimiter || d === '\r' || d === '\n' || d === '"') break;
      j++;
    }
    field += text.slice(i, j);
    i = j;
  }
  if (field !== '' || fields.length > 0) endRecord();
  return { delimiter, records, unclosedQuoteLine: null };
}

/** Line breaks in a chunk, counting CRLF once. */
function countLineBreaks(chunk: string): number {
  let count = 0;
  for (let k = 0; k < chunk.length; k++) {
    const c = chunk.charCodeAt(k);
    if (c === 10) count++;
    else if (c === 13 && chunk.charCodeAt(k + 1) !== 10) count++;
  }
  return count;
}
