// English problem messages: plain, short sentences that say what is wrong and what to do.
import type { ProblemMessages } from '../shapes/problems';

export const problems: ProblemMessages = {
  join: ' ',
  listSeparator: ', ',

  cellError: 'The cell shows the error {error}. Fix the formula or type the value.',
  cellNaN: 'The cell holds NaN (not a number).',
  cellUnusableNumber: 'The cell holds {value}, which is not a usable number.',
  cellCommaNumber:
    '“{value}” is text. Type it as the number you mean, with a point (1.5) or without the comma (1500).',
  cellPointNumber:
    '“{value}” is text, and its point could mark decimals or thousands. Type the number you mean as a number (1500, or 1.5).',
  formatAsNumber: 'If the cell is formatted as plain text, format it as a number first.',
  cellTextNotNumber: 'The text “{value}” is not a number.',
  cellTickNotNumber: '“{value}” is a tick box value, not a number.',
  cellDateNotNumber: 'The cell holds a date, not a number.',
  cellNotNumber: '“{value}” is not a number.',
  cellInvalidDate: 'The cell holds an invalid date.',
  cellDateOutOfRange: '“{value}” is outside the years 1 to 9999.',
  cellTextNotDate: '“{value}” is text, not a date. Pick a date or type it as 2026-10-31.',
  cellNumberNotDate: '“{value}” is a number, not a date. Format the cell as a date.',
  cellNotDate: '“{value}” is not a date.',
  cellNotTick: '“{value}” is not a tick box value (TRUE or FALSE).',
  cellNotOneOf: '“{value}” is not one of {choices}.',
  typeDigits: 'Type digits such as 12.5.',
  typeWholeDays: 'Type whole days such as 30.',
  typePriority: 'Type a whole number from 1.',
  typeStage: 'The reminder stage is a whole number from 0 to 3.',

  noTab: 'There is no {tab} tab. Run Extensions › Freelance Value Tracker › Set up tracking sheet.',
  noHeaderRow:
    'The {tab} tab has no header row in its first {rows} rows: no row there names a column such as {columns}. Put the column headers in one row above the data, then try again.',
  tabClash:
    'More than one tab could be the {tab} tab: {names}. Rename or delete all but one of them, then try again.',
  missingColumn:
    'The {tab} tab has no “{column}” column, so its rows cannot be read. Add the header in row {row} or run Set up tracking sheet.',
  duplicateColumn:
    'The column “{column}” appears twice; the first one (column {first}) is used. Rename or delete column {second}.',

  settingName: '{setting}:',
  usesEnglish: 'English is used.',
  notCurrency: '“{value}” is not a currency code.',
  usesCurrency: '{currency} is used.',
  reminderDaysBad:
    '“{value}” should be whole days after the due date in rising order, like “1, 7, 14”. 1, 7, 14 is used.',
  scoreWeightsBad: '“{value}” should look like “goal 1, A 1, B 0”. That default is used.',
  billingRhythmBad:
    '“{value}” is not one of: {choices}. Pick one from the list; until then the terms email leaves invoicing out.',
  depositNotPercent: '{value} is not a percentage from 1 to 100.',
  depositBad:
    '“{value}” should be a percentage paid before work starts, like 25%. Until then the terms email leaves the deposit out.',
  workingHoursBad:
    '“{value}” should look like “Mon–Fri 09:00–17:00”, optionally followed by a time zone such as Europe/Oslo. Until then the terms email leaves working hours out.',
  responseTimeBad:
    '“{value}” should be whole working hours or days, like “1 working day” or “4 working hours”. Until then the terms email leaves response time out.',

  clientNameError: 'The client name shows the error {error}.',
  noClientName: 'The row has no client name. Type the client’s name, or clear the row.',
  duplicateClient:
    '“{value}” is already in row {row}. Client names must be unique: rename or delete this row.',
  usesDefaultLanguage: '{language} (Settings › Default language) is used.',
  costsLeftOut: 'Costs are left out of reports until the rate is fixed.',
  rateBelowZero: 'The rate is below zero; costs are left out.',
  notWholeDays: '{value} is not a whole number of days.',
  usesDefaultTerms: { one: '{n} day is used.', other: '{n} days are used.' },
  noUpdatesPlanned: 'No updates are planned.',
  treatedAsActive: 'The client is treated as active.',
  notTimeZone: '“{value}” is not a time zone name like Europe/Oslo.',
  belowZero: '{value} is below zero.',
  noDeposit: 'No deposit can be billed.',
  depositRange: '{value} should be from 0 to 100.',
  usesDefaultDeposit: 'A deposit of 10% is used.',

  notAClient: '“{client}” is not in the Clients tab. Pick a client from the list.',
  goalNoClient: 'The goal has no client. Pick one from the list.',
  goalEmpty: 'The goal is empty. Write it as the client would, with a number: “500 new email subscribers”.',
  duplicateGoal:
    'The same goal is already in row {row} for “{client}”. Tasks link to goals by their text, so each must be unique per client.',
  priorityEmpty: 'The priority is empty.',
  notWholeFromOne: '{value} is not a whole number from 1.',
  listedAfterRanked: 'The goal is listed after the ranked ones.',
  progressWithout: 'Progress is shown without it.',
  treatedAsOpen: 'The goal is treated as open.',

  taskNoClient: 'The task has no client. Pick one from the list.',
  taskNoDate: 'The task has no date. Pick the day you did the work.',
  taskNoHours: 'The task has no hours. Type the hours spent, e.g. 1.5.',
  hoursRange: '{value} is outside 0 to 24 hours.',
  goalOfOther: '“{goal}” is a goal of “{other}”, not of “{client}”. Pick one of the goals of “{client}”.',
  notAGoal: '“{goal}” is not a goal in the Goals tab. Pick a goal from the list.',
  useMark: 'Use A (serious if left undone) or B (minor).',
  goalAndMark: 'The task has both a goal and a mark. Keep the goal, or clear it and keep the mark.',
  noGoalNoMark:
    'The task has neither a goal nor a mark. Link it to a goal, or mark it A (serious if left undone) or B (minor).',

  paymentsBlocked: {
    one: 'Payment reminders are not drafted: the Invoices tab has no {columns} column to record them in, so the next run would draft them again. Run Set up tracking sheet to add it.',
    other:
      'Payment reminders are not drafted: the Invoices tab has no {columns} columns to record them in, so the next run would draft them again. Run Set up tracking sheet to add them.',
  },
  invoiceNoNumber: 'The invoice has no number. Type its number as on the invoice.',
  duplicateInvoice: 'Invoice “{invoice}” is already in row {row}. Invoice numbers must be unique.',
  invoiceNoClient: 'The invoice has no client. Pick one from the list.',
  noIssueDate: 'The invoice has no issue date.',
  noAmount: 'The invoice has no amount.',
  amountBelowZero: 'The amount is below zero.',
  stageOutOfRange: '{value} is outside 0 to 3.',
  notWholeNumber: '{value} is not a whole number.',
  clearToStartOver: 'Clear it to start over.',
  dueTooLate: {
    one: 'Issued plus {n} day of payment terms is past the year 9999. Type a date in the Due column.',
    other: 'Issued plus {n} days of payment terms is past the year 9999. Type a date in the Due column.',
  },
  notDriveLink:
    '“{value}” is not a link to a file in Drive. A link chip or a HYPERLINK formula shows the add-on only its label; paste the file’s link (https://drive.google.com/file/d/…) so reminders can attach the invoice.',
  stageFormula:
    'Reminder stage or Last reminder holds a formula. The add-on records each reminder in these cells itself and will not overwrite a formula, so no reminder was drafted for this invoice. Clear both cells (keep the formula in another column), then try again.',

  noEmail: '“{client}” has no email address.',
  notOneEmail: '“{value}” is not a single email address.',
  contactLineBreak: 'The contact name has a line break.',
  greetingLineBreak: 'The greeting name has a line break.',
  clientLineBreak: 'The client name has a line break.',
  invoiceLineBreak: 'The invoice number has a line break.',
  subjectLineBreak: 'The email subject would contain a line break; check the client and invoice fields.',
  draftCurrency: '“{value}” is not a currency code such as EUR.',
  notDrafted: {
    payment: 'No payment reminder was drafted.',
    report: 'No report email was drafted.',
    update: 'No progress update was drafted.',
    terms: 'No terms confirmation was drafted.',
    'check-in': 'No check-in was drafted.',
    'rate-change': 'No rate-change notice was drafted.',
  },
  addEmail: 'Add one and run again.',
  oneAddress: 'Write a single address such as name@example.com.',
  oneLine: 'Make it one line.',

  noHourlyRate:
    '“{client}” has no hourly rate. Type the rate in the Clients tab, row {row}, Hourly rate, then create the invoice.',
  noBillableHours:
    '“{client}” has no billable hours in {month} left to bill. Tick Billable on the tasks in the Tasks tab, unless they are on an invoice already (Tasks › Invoice).',
  noEstimate:
    '“{client}” has no estimate. Type the agreed estimate in the Clients tab, row {row}, Estimate, then create the deposit invoice.',
  alreadyChased:
    'A payment reminder has been drafted for invoice “{invoice}” (Invoices row {row}, Reminder stage {stage}), so the client may have it, and it is not replaced. Hours logged since go on the next month’s invoice.',
  alreadyPaid:
    'Invoice “{invoice}” is marked paid (Invoices row {row}, Paid on), so it is not made again. Hours logged since go on the next month’s invoice.',
  clientRowProblem:
    'The row for “{client}” in the Clients tab has a problem. Fix it (see Problems) and try again.',
  noSuchClient: 'There is no client called “{client}” in the Clients tab.',
  pickClient: 'Pick a client first.',
  notMonth: '“{value}” is not a month. Pick one like {example}.',
  reportFirst: 'Generate the {month} report for {client} first, then draft the email.',
  clientMoved: 'Row {row} of the Clients tab no longer holds “{client}”. Reload the sidebar and try again.',
  tabNotOurs:
    'The {tab} tab was not written by the add-on (its cell A1 is not “{marker}”). Rename that tab, then try again: nothing was changed.',
  tabGone: 'There is no {tab} tab any more.',
  noLock:
    'Apps Script gave no document lock: the script is not running from this spreadsheet. Open the spreadsheet and use Extensions › Freelance Value Tracker.',
  tabMissing: 'The {tab} tab is missing. Run Set up tracking sheet, then try again.',
  noIdReturned: '{service} did not return the id of what it had just made. Try again.',
  serviceOff:
    'The {service} advanced service is not turned on for this add-on, so nothing was made. Whoever installed the add-on must turn it on (see its install guide).',
  pdfNotMade:
    'The PDF of {file} could not be made: Drive did not return a PDF. Try again in a minute; if it happens again, run the self-test.',
  columnMissing:
    'The {tab} tab has no “{column}” column. Run Set up tracking sheet (it adds the column and keeps your data), then try again.',
  logColumnLost:
    'The {tab} tab has no “{column}” column, so what is logged there cannot be recognised and would be made again. Name that column “{column}” again, then try again.',
  roundingBad:
    '“{value}” should be a number of minutes that divides an hour evenly, such as “15 minutes”, “6 minutes” or “1 hour”. Until then the timer rounds to the quarter hour.',
  timerHours:
    '{value} hours cannot go in one row: give more than 0 and at most 24. To write nothing, discard the timer.',
  timerUnreadable: 'The timer saved for this spreadsheet cannot be read. Discard it, then start again.',
  // A country's name stands alone in brackets: CLDR's names carry no article (“United Kingdom”), and
  // “an invoice from United Kingdom” is not English.
  taxMissingSetting:
    'Settings › {setting} is empty, and invoices from your business country ({country}) must show it.',
  taxMissingClient:
    '“{client}” has no {column}, and invoices from your business country ({country}) must show it.',
  taxNotFormat: '“{value}” is not in the form its issuing country ({country}) uses for such numbers.',
  taxChecksum: '“{value}” has a wrong check digit, so one of its digits is mistyped.',
  taxNotCountryCode: '“{value}” is not a two-letter country code such as NO, GB or JP.',
  taxNoRules:
    '“{value}” is not a country whose invoice rules the add-on knows. It knows those of: {countries}.',
  taxVatMismatch:
    'The VAT number “{value}” does not match the organisation number, which gives the VAT number {expected}.',
  taxRateUnknown:
    '{value}% is not a VAT rate of your business country ({country}). Its rates, in per cent: {rates}.',
  fixInSettings: 'Fill in or correct Settings › {setting}, then create the invoice again.',
  fixInClients:
    'Fill in or correct the cell in the Clients tab, row {row}, {column}, then create the invoice again.',
  exchangeRateMissing:
    'The invoice is in {currency} and charges VAT, so the VAT must also be shown in {own}. In Settings › Exchange rates, add {currency} followed by what 1 {currency} is worth in {own}, then create the invoice again.',
  invoicePatternBad:
    'Settings › Invoice number, “{value}”, must contain the counter {placeholder} exactly once and no placeholder the add-on does not fill, for example {example}.',
  alreadySent:
    'Invoice “{invoice}” was sent to the client on {date} (Invoices row {row}, Sent on), so it cannot be changed or made again. To correct it, create a credit note that cancels it, then a new invoice.',

  import: {
    unclosedQuote:
      'A quotation mark opened on line {line} never closes, so nothing from there on can be read. Export the file again.',
    notAnExport:
      'This is not a time export from Toggl Track, Clockify or Harvest: its first line names none of their columns. Export the detailed time report as CSV and choose that file.',
    noDateColumn: 'The {vendor} export has no date column. Export it again with the start date included.',
    noHoursColumn:
      'The {vendor} export has no exact hours: no duration, and no start and end times. Export it again with the duration or the start and end times included.',
    datesMixOrder:
      'Some dates put the day first ({first}) and others the month first ({second}), so none can be read safely. Export the file again with one date format.',
    wrongFieldCount:
      'The line has {fields} values where the header has {expected}. Look for a stray comma or semicolon in it.',
    badDate: '{column}: “{value}” is not a date.',
    badTime: '{column}: “{value}” is not a time of day.',
    badDuration: '{column}: “{value}” is not a duration.',
    badYesNo: '{column}: “{value}” is neither Yes nor No.',
    noHours: 'The line has neither a duration nor a start and end time.',
    endBeforeStart: 'The entry ends before it starts.',
    longerThanDay:
      'The entry lasts {hours} hours, more than a day, and a row in Tasks holds one day’s work. Split it in the tracker, then import again.',
    isBreak: 'A break, not work for a client: left out.',
  },
  creditNoSuchInvoice:
    'There is no invoice “{invoice}” in the Invoices tab. Give the number as it stands in the Invoice column.',
  creditNotSent:
    'Invoice “{invoice}” has not been sent to the client (Invoices row {row}, Sent on is blank), so it needs no credit note: correct it by creating it again. If it has been sent, fill in Sent on first.',
  creditAlready:
    'Invoice “{invoice}” has already been cancelled by credit note “{credit}”, so no second credit note is made.',
  creditOfCredit: '“{invoice}” is a credit note (Invoices row {row}); only an invoice can be credited.',
  withdrawCreditNote:
    '“{invoice}” is a credit note (Invoices row {row}); only an invoice that has not been sent can be withdrawn.',
  withdrawSent:
    'Invoice “{invoice}” went to the client on {date} (Invoices row {row}, Sent on), so it cannot be withdrawn. To cancel it, create a credit note.',
  withdrawPaid:
    'Invoice “{invoice}” is marked paid (Invoices row {row}, Paid on), so it cannot be withdrawn. To cancel it, create a credit note.',
  withdrawChased:
    'A payment reminder has been drafted for invoice “{invoice}” (Invoices row {row}, Reminder stage {stage}), so the client may have it and it cannot be withdrawn. To cancel it, create a credit note.',
  withdrawCredited:
    'Invoice “{invoice}” (Invoices row {row}) is already cancelled by credit note “{credit}”; there is nothing to withdraw.',
  creditRebuiltDiffers:
    'There is no record of what invoice “{invoice}” billed (it was made by an earlier version or typed in by hand), and its tasks now come to {rebuilt}, not the {amount} in Invoices row {row}, Amount: a rate or a task has changed since. A credit note made from them would not cancel the invoice exactly, so none is made. Put the rate and the tasks back as they were when it was issued, or write the credit note by hand.',
};
