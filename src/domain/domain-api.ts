// The domain functions the benchmark times, in one place (scripts/bench.ts bundles them like Code.js).

export { readTracker } from './read-tracker';
export { buildReport } from './report/build-report';
export { renderReportHtml } from './report/report-html';
export { dueReminders } from './mail/reminders';
export { planMonthlyInvoice } from './invoice/build-invoice';
export { renderInvoiceHtml } from './invoice/invoice-html';
export { health } from './method/health';
export { dashboardRows } from './method/dashboard';
export { renderPrintSheetHtml } from './method/print-sheet';
export { planClassify, unclassifiedTasks } from './method/classify';
export { stopTimer, timerTaskLine } from './timer';
export { invoiceList } from './invoice/invoice-list';
export { planWithdraw } from './tax/withdraw-row';
export { planCreditRow } from './tax/credit-row';
