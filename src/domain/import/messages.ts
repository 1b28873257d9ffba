// What the import says about a file and its lines: a key and its values, worded per UI language by
// the message catalogues (so the domain never holds user-facing English).

/** A problem with the whole file (line 0 when no line is to blame) or with one line of it. */
export type ImportProblemKey =
  /** {line}: the line the quote opened on. Nothing after it is read. */
  | 'unclosedQuote'
  /** The first line names no columns of a Toggl Track, Clockify or Harvest export. */
  | 'notAnExport'
  /** {vendor} */
  | 'noDateColumn'
  /** {vendor}: neither a duration nor start and end times; {rounded} the rounded column, if any. */
  | 'noHoursColumn'
  /** The dates put the day first in some lines and the month first in others. {first}, {second}: examples */
  | 'datesMixOrder'
  /** {fields}, {expected}: how many values the line has and the header has. */
  | 'wrongFieldCount'
  /** {column}: the header as the file writes it; {value}: the text found. */
  | 'badDate'
  | 'badTime'
  | 'badDuration'
  | 'badYesNo'
  /** The line has neither a duration nor both times. */
  | 'noHours'
  | 'endBeforeStart'
  /** {hours}: e.g. 25.5. Tasks holds at most a day's work in a row. */
  | 'longerThanDay'
  /** A Clockify break, which is not work for a client. */
  | 'isBreak';

export type ImportValue = string | number;

export interface ImportProblem {
  /** The file's line the record starts on; 0 for the file as a whole. */
  line: number;
  key: ImportProblemKey;
  values?: Record<string, ImportValue>;
}

export const problem = (line: number, key: ImportProblemKey, values?: Record<string, ImportValue>) =>
  values ? { line, key, values } : { line, key };
