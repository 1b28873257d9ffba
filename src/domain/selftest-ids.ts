// The self-test's item ids in report order, apart from the checks themselves so the sidebar can name
// each item in its own language without bundling the checks (a test keeps this list and the checks
// in step).

export const SELF_TEST_IDS = [
  'scopes',
  'onopen-no-auth',
  'intl-time-zones',
  'intl-locales',
  'intl-currency-codes',
  'intl-zone-names',
  'js-builtins',
  'document-lock',
  'user-locale',
  'validation-bypass',
  'sheet-date-cells',
  'flag-formulas',
  'handle-costs',
  'doc-import',
  'pdf-export',
  'doc-update',
  'pdf-export-after-update',
  'pdf-from-html',
  'drive-media-get',
  'folder-parents',
  'drive-query',
  'pdf-replace',
  'gmail-draft',
  'gmail-upload-draft',
  'draft-link',
  'clock-trigger',
  'morning-run',
] as const;

export type SelfTestId = (typeof SELF_TEST_IDS)[number];
