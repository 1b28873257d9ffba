// Formulas the column rules share. {col} and {cell} are filled in by the setup plan.

export const DATE_FORMAT = 'yyyy-mm-dd';

// Exact comparison (=) rather than COUNTIF: COUNTIF treats * ? ~ in a name as wildcards. Whole columns
// less a match in the header row, not $C$2:$C: Excel and LibreOffice have no open-ended ranges.
export const UNIQUE_FORMULA = '=SUMPRODUCT(--($' + '{col}:$' + '{col}={cell}))-($' + '{col}$1={cell})=1';

// Three capital letters A-Z, spelled with CODE rather than REGEXMATCH so that the rule also works in
// the .xlsx in Excel and LibreOffice, which have no REGEXMATCH.
const CAPITAL = (i: number) => `CODE(MID({cell},${i},1))>64,CODE(MID({cell},${i},1))<91`;

export const CURRENCY_FORMULA = `=AND(ISTEXT({cell}),LEN({cell})=3,${CAPITAL(1)},${CAPITAL(2)},${CAPITAL(3)})`;

export const WHOLE_NUMBER = (min: number) => `=AND(ISNUMBER({cell}), {cell}=INT({cell}), {cell}>=${min})`;

// Invoices › Amount: zero or more, or any number on a credit note's row (its Credit note for filled),
// which holds the invoice's amount below zero.
export const AMOUNT_FORMULA = '=AND(ISNUMBER({cell}),OR({cell}>=0,{cell:creditOf}<>""))';
