// The words of every problem the add-on finds in a sheet or meets while it works: one catalogue per
// UI language (the freelancer's language, not the client's). A problem is a list of sentences, each
// a key of this catalogue with its values, so the sidebar can say it in any language and the English
// text is only one rendering of it. `{name}` marks where a value goes; values are inserted isolated
// (bdi in the sidebar, U+2068…U+2069 in plain Hebrew text). A counted sentence is a Plural chosen by
// Intl.PluralRules on the value `n`.
//
// Column, tab and setting names are the sheet's own (the headers setup writes, in English), so they
// arrive as values. Sheet text arrives cut to 40 characters and without quotes: each language puts
// its own quotation marks around it.

import type { PluralForms } from '../core/plural';
import type { DraftKind } from '../../draft-kind';
import type { ImportProblemKey } from '../../import/messages';

/** Forms by Intl.PluralRules category (the core's one shape); `{n}` marks the number. */
export type Plural = PluralForms;

export interface ProblemMessages {
  /** Put between the sentences of one problem: ' ' in most languages, '' in Japanese. */
  join: string;
  /** Put between the names of a list (choices, columns, tabs): ', ', in Japanese '・'. */
  listSeparator: string;

  // Reading one cell (cells.ts). {value}: the cell as text.
  /** {error}: a Sheets error value such as #REF! */
  cellError: string;
  cellNaN: string;
  /** {value}: a number such as Infinity */
  cellUnusableNumber: string;
  /** "1,5" in a cell formatted as text: which of 1.5 and 1500 is meant cannot be told. */
  cellCommaNumber: string;
  /** "1.500" in a cell formatted as text: 1.5, or 1500 with a point between thousands? */
  cellPointNumber: string;
  /** Follows the two above: retyping into a cell formatted as plain text stores text again. */
  formatAsNumber: string;
  cellTextNotNumber: string;
  cellTickNotNumber: string;
  cellDateNotNumber: string;
  cellNotNumber: string;
  cellInvalidDate: string;
  cellDateOutOfRange: string;
  cellTextNotDate: string;
  cellNumberNotDate: string;
  cellNotDate: string;
  cellNotTick: string;
  /** {choices}: the allowed values, comma separated */
  cellNotOneOf: string;
  typeDigits: string;
  typeWholeDays: string;
  typePriority: string;
  typeStage: string;

  // Tabs and headers. {tab}, {column}: the sheet's own names.
  noTab: string;
  /** {rows}: how many rows are searched; {columns}: three header names, comma separated */
  noHeaderRow: string;
  /** {names}: the tabs' names, comma separated */
  tabClash: string;
  /** {row}: the header row */
  missingColumn: string;
  /** {first}, {second}: column letters */
  duplicateColumn: string;

  // Settings. {setting}: the setting's name in column A.
  settingName: string;
  usesEnglish: string;
  /** {currency}: a code such as EUR */
  notCurrency: string;
  usesCurrency: string;
  reminderDaysBad: string;
  scoreWeightsBad: string;
  /** {choices}: the list's choices, separated by semicolons */
  billingRhythmBad: string;
  depositNotPercent: string;
  depositBad: string;
  workingHoursBad: string;
  responseTimeBad: string;

  // Clients.
  clientNameError: string;
  noClientName: string;
  /** {row} */
  duplicateClient: string;
  /** {language}: a language code such as en */
  usesDefaultLanguage: string;
  costsLeftOut: string;
  rateBelowZero: string;
  notWholeDays: string;
  /** n: the default payment terms in days */
  usesDefaultTerms: Plural;
  noUpdatesPlanned: string;
  treatedAsActive: string;
  notTimeZone: string;
  belowZero: string;
  noDeposit: string;
  depositRange: string;
  /** The Clients deposit share used instead of one that cannot be read. */
  usesDefaultDeposit: string;

  // Goals. {client}: a client's name.
  notAClient: string;
  goalNoClient: string;
  goalEmpty: string;
  /** {row} */
  duplicateGoal: string;
  priorityEmpty: string;
  notWholeFromOne: string;
  listedAfterRanked: string;
  progressWithout: string;
  treatedAsOpen: string;

  // Tasks. {goal}: a goal's text; {other}: the client it belongs to.
  taskNoClient: string;
  taskNoDate: string;
  taskNoHours: string;
  hoursRange: string;
  goalOfOther: string;
  notAGoal: string;
  useMark: string;
  goalAndMark: string;
  noGoalNoMark: string;

  // Invoices.
  /** n: how many of the two columns are missing; {columns}: their names */
  paymentsBlocked: Plural;
  invoiceNoNumber: string;
  /** {invoice}, {row} */
  duplicateInvoice: string;
  invoiceNoClient: string;
  noIssueDate: string;
  noAmount: string;
  amountBelowZero: string;
  stageOutOfRange: string;
  notWholeNumber: string;
  clearToStartOver: string;
  /** n: the client's payment terms in days */
  dueTooLate: Plural;
  notDriveLink: string;
  stageFormula: string;

  // Drafts: why one was not made. The sentence that follows says which draft.
  noEmail: string;
  /** {value}: the address as written */
  notOneEmail: string;
  contactLineBreak: string;
  greetingLineBreak: string;
  clientLineBreak: string;
  invoiceLineBreak: string;
  subjectLineBreak: string;
  draftCurrency: string;
  /** Which draft was not made, by kind. */
  notDrafted: Record<DraftKind, string>;
  addEmail: string;
  oneAddress: string;
  oneLine: string;

  // Actions the sidebar asked for that cannot be done; nothing was changed.
  /** {client}; {row}: the client's row in Clients */
  noHourlyRate: string;
  /** {client}, {month} */
  noBillableHours: string;
  /** {client}, {row} */
  noEstimate: string;
  /** {invoice}, {row}, {stage} */
  alreadyChased: string;
  /** {invoice}, {row} */
  alreadyPaid: string;
  /** {client} */
  clientRowProblem: string;
  /** {client} */
  noSuchClient: string;
  /** The sidebar asked for an action with no client picked. */
  pickClient: string;
  /** {value}: what arrived as the month */
  notMonth: string;
  /** {month}, {client}: the report email asked for before the report exists */
  reportFirst: string;
  /** {client}, {row}: the sidebar's row of the client no longer holds that client */
  clientMoved: string;
  /** {tab}, {marker}: what cell A1 of a tab the add-on wrote holds */
  tabNotOurs: string;
  /** {tab} */
  tabGone: string;
  noLock: string;
  /** {tab} */
  tabMissing: string;
  /** {service}: Drive or Gmail, which made a file or draft but gave no id back */
  noIdReturned: string;
  /** {service}: Drive or Gmail, an advanced service missing from the script's manifest */
  serviceOff: string;
  /** {file}: the document's file name; Drive's export gave something other than a PDF */
  pdfNotMade: string;
  /** {tab}, {column}: a column the action needs */
  columnMissing: string;
  /** {tab}, {column}: a log column that was renamed while the log holds entries */
  logColumnLost: string;

  // The timer (src/domain/timer.ts).
  /** {value}: Settings › Timer rounding as written; the quarter hour is used meanwhile */
  roundingBad: string;
  /** {value}: the hours given for a timer that ran longer than a day */
  timerHours: string;
  /** The timer kept for this spreadsheet is not one this add-on wrote. */
  timerUnreadable: string;
  // Invoices a tax office accepts (src/domain/tax). {country}: a country, named in the reader's
  // language; {setting}: a Settings row; {client}, {row}, {column}: a Clients cell.
  /** {setting}, {country} */
  taxMissingSetting: string;
  /** {client}, {column}, {country} */
  taxMissingClient: string;
  /** {value}, {country}: the country that issued the number */
  taxNotFormat: string;
  /** {value} */
  taxChecksum: string;
  /** {value} */
  taxNotCountryCode: string;
  /** {value}, {countries} */
  taxNoRules: string;
  /** {value}, {expected}: the VAT number the organisation number gives */
  taxVatMismatch: string;
  /** {value}, {country}, {rates} */
  taxRateUnknown: string;
  /** {setting} */
  fixInSettings: string;
  /** {row}, {column} */
  fixInClients: string;
  /** {currency}: the invoice's; {own}: the seller's */
  exchangeRateMissing: string;
  /** {value}: the pattern; {placeholder}: the counter, {SEQ}; {example} */
  invoicePatternBad: string;
  /** {invoice}, {row}, {date} */
  alreadySent: string;
  /**
   * Importing a time tracker's CSV export (src/domain/import/messages.ts says each key's values):
   * a line that cannot be imported, or the file as a whole.
   */
  import: Record<ImportProblemKey, string>;
  creditNoSuchInvoice: string;
  creditNotSent: string;
  creditAlready: string;
  creditOfCredit: string;
  /** {invoice}, {row}, {amount} (Invoices › Amount), {rebuilt} (what its tasks come to now) */
  creditRebuiltDiffers: string;
  /** {invoice}, {row}: Withdraw invoice on a credit note's row. */
  withdrawCreditNote: string;
  /** {invoice}, {row}, {date}: it went to the client; a credit note corrects it. */
  withdrawSent: string;
  /** {invoice}, {row} */
  withdrawPaid: string;
  /** {invoice}, {row}, {stage} */
  withdrawChased: string;
  /** {invoice}, {row}, {credit} */
  withdrawCredited: string;
}

export type ProblemKey =
  | Exclude<keyof ProblemMessages, 'join' | 'listSeparator' | 'notDrafted' | 'import'>
  | `notDrafted.${DraftKind}`
  | `import.${ImportProblemKey}`;

/**
 * Numbers, months (YYYY-MM) and days (YYYY-MM-DD) are formatted in the reader's language; text is
 * inserted as it is, isolated.
 */
export type SayValue =
  | string
  | number
  | { month: string }
  | { date: string }
  | { list: string[] }
  /** An ISO country code, named in the reader's language. */
  | { country: string }
  /** An amount in minor units of an ISO currency, formatted as money in the reader's language. */
  | { money: number; currency: string };

/** One sentence of a problem. */
export interface Say {
  key: ProblemKey;
  values?: Record<string, SayValue>;
}
