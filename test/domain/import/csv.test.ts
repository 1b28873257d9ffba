import { describe, expect, it } from 'vitest';
import { detectDelimiter, readCsv } from '../../../src/domain/import/csv';

const fields = (text: string) => readCsv(text).records.map((r) => r.fields);

describe('readCsv', () => {
  it('drops a leading byte order mark so the first header is matched by name', () => {
    const csv = readCsv('\uFEFFUser,Email\nAda,a@x\n');
    expect(csv.records[0]!.fields).toEqual(['User', 'Email']);
  });

  it('reads quoted fields with delimiters, doubled quotes and line breaks', () => {
    expect(fields('a,"b, c","say ""hi""","two\nlines",e\n')).toEqual([
      ['a', 'b, c', 'say "hi"', 'two\nlines', 'e'],
    ]);
  });

  it('gives each record the line it starts on, counting line breaks inside quotes', () => {
    const csv = readCsv('h1,h2\r\n"x\r\ny",1\r\n"p\nq\rr",2\nz,3');
    expect(csv.records.map((r) => r.line)).toEqual([1, 2, 4, 7]);
    expect(csv.records[1]!.fields[0]).toBe('x\r\ny');
  });

  it('ends records at LF, CRLF and a lone CR alike, and skips blank lines', () => {
    expect(fields('a,b\r\n1,2\r3,4\n\n5,6\n')).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
      ['5', '6'],
    ]);
    expect(readCsv('a,b\n\n\n1,2').records.map((r) => r.line)).toEqual([1, 4]);
  });

  it('keeps empty fields, including a trailing one', () => {
    expect(fields('a,,c,\n,,,\n')).toEqual([
      ['a', '', 'c', ''],
      ['', '', '', ''],
    ]);
    expect(fields('"",""\n')).toEqual([['', '']]);
  });

  it('keeps a quote inside an unquoted field as a character, and text after a closing quote', () => {
    expect(fields('5" screen,"ab"cd,x\n')).toEqual([['5" screen', 'abcd', 'x']]);
  });

  it('reports a quote that never closes with the line it opened on, keeping the records before it', () => {
    const csv = readCsv('h1,h2\n1,2\n3,"open\nstill open\n4,5\n');
    expect(csv.unclosedQuoteLine).toBe(3);
    expect(csv.records.map((r) => r.fields)).toEqual([
      ['h1', 'h2'],
      ['1', '2'],
    ]);
  });

  it('reads the delimiter from the header line, outside quotes', () => {
    expect(detectDelimiter('a;b;c\n1,5;2;3')).toBe(';');
    expect(detectDelimiter('"a;b",c\n')).toBe(',');
    expect(detectDelimiter('a\tb\tc')).toBe('\t');
    expect(detectDelimiter('single')).toBe(',');
    expect(fields('Date;Hours\n2026-11-02;"7,5"\n')).toEqual([
      ['Date', 'Hours'],
      ['2026-11-02', '7,5'],
    ]);
  });

  it('reads an empty file as no records', () => {
    expect(readCsv('')).toEqual({ delimiter: ',', records: [], unclosedQuoteLine: null });
    expect(readCsv('\uFEFF\n\n').records).toEqual([]);
  });

  it('reads 100,000 lines quickly', () => {
    const line =
      '"Website","Acme Inc","Landing, page","","Ada","","a@x","","Yes","11/02/2026","09:00:00 AM"\n';
    const started = Date.now();
    const csv = readCsv(line.repeat(100_000));
    expect(csv.records).toHaveLength(100_000);
    expect(csv.records[99_999]!.line).toBe(100_000);
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});
