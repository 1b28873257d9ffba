// The invoice as HTML for Drive to import as a Google Doc (as the report is: headings, paragraphs and
// a simple bordered table, inline styles only), in the client's language; right to left for Hebrew.

import { escapeHtml } from '../escape';
import { clientIsPerson } from '../report/build-report';
import { formatDate, formatHours, isRtl } from '../format';
import { renderIn } from '../messages/client';
import { type InvoiceModel, invoiceDocName, invoicePeriod } from './build-invoice';
import { creditDocName } from './credit-note';
import { documentWords } from './document-words';
import { formatMinor } from './money';
import {
  accountLine,
  buyerAddressLines,
  identifierLines,
  invoiceTitle,
  sellerCountryLine,
  taxNotes,
  taxRows,
} from './tax-html';

export function renderInvoiceHtml(model: InvoiceModel): string {
  const t = documentWords(model.language, model.tax?.parties.kind);
  // The end of a bold label before its value: "Due date: 15 Nov", but "お支払い期限：2026年11月15日"
  // (a full-width colon carries its own space).
  const endLabel = t.colon === '：' ? `${t.colon}</b>` : `${t.colon}</b> `;
  const lang = model.language;
  const rtl = isRtl(lang);
  const dir = rtl ? ' dir="rtl"' : '';
  const start = rtl ? 'right' : 'left';
  const end = rtl ? 'left' : 'right';
  const e = (text: string) => (rtl ? `<bdi>${escapeHtml(text)}</bdi>` : escapeHtml(text));
  const p = (html: string, style = '') => `<p${dir} style="text-align:${start};${style}">${html}</p>`;
  const lines = (text: string) =>
    text
      .split(/\r\n|\r|\n/)
      .map((l) => l.trim())
      .filter(Boolean)
      .map(e)
      .join('<br>');
  const money = (minor: number) => formatMinor(minor, model.currency, lang);
  const cell = (html: string, align: string, header = false) => {
    const tag = header ? 'th' : 'td';
    return `<${tag}${dir} style="text-align:${align};border:1px solid #bbbbbb;padding:4px 6px;${header ? 'background-color:#f1f3f4;' : ''}">${html}</${tag}>`;
  };
  const s = model.settings;
  const seller = [s.businessName, s.yourName && s.yourName !== s.businessName ? s.yourName : '']
    .filter(Boolean)
    .map(e)
    .join('<br>');
  const tax = model.tax;
  const sellerIds = tax ? identifierLines(tax.seller, model) : [];
  const sellerCountry = tax ? sellerCountryLine(tax, model) : '';
  const sellerMore = [s.businessAddress ?? '', sellerCountry, s.yourEmail, s.phone, ...sellerIds]
    .filter(Boolean)
    .map(lines)
    .join('<br>');

  const parts: string[] = [];
  parts.push(`<h1${dir} style="text-align:${start};">${escapeHtml(invoiceTitle(model))}</h1>`);
  const credit = model.credit;
  // A credit note has its own number and date labels, cites the invoice it cancels, falls due on no
  // day, and ends on the total credited, not an amount to pay.
  const numberLabel = credit ? t.creditNumber : t.number;
  const dateLabel = credit ? t.creditIssued : t.issued;
  const dueLine = credit ? '' : `<br><b>${escapeHtml(t.due)}${endLabel}${e(formatDate(model.due, lang))}`;
  parts.push(
    p(
      `<b>${escapeHtml(numberLabel)}${endLabel}${e(model.number)}<br><b>${escapeHtml(dateLabel)}${endLabel}${e(formatDate(model.issued, lang))}${dueLine}`,
    ),
  );
  if (credit)
    parts.push(p(e(renderIn(lang, t.creditCites(credit.invoice, formatDate(credit.issued, lang))))));
  if (seller || sellerMore)
    parts.push(
      p(`<b>${escapeHtml(t.from)}${t.colon}</b><br>${[seller, sellerMore].filter(Boolean).join('<br>')}`),
    );
  const person = clientIsPerson(model.client);
  const buyer = [
    ...t.billToLines(model.client.name, model.client.contact, person),
    ...(tax ? [...buyerAddressLines(tax, model), ...identifierLines(tax.buyer, model)] : []),
  ]
    .map(e)
    .join('<br>');
  parts.push(p(`<b>${escapeHtml(t.billTo)}${t.colon}</b><br>${buyer}`));
  if (t.opening && !credit) parts.push(p(escapeHtml(t.opening)));
  const period = invoicePeriod(model);
  if (period) parts.push(`<h2${dir} style="text-align:${start};">${escapeHtml(period)}</h2>`);

  const rows: string[] = [];
  rows.push(
    `<tr>${cell(escapeHtml(t.description), start, true)}${cell(escapeHtml(t.hours), end, true)}${cell(escapeHtml(t.rate), end, true)}${cell(escapeHtml(t.amount), end, true)}</tr>`,
  );
  for (const line of model.lines) {
    rows.push(
      `<tr>${cell(e(line.description), start)}${cell(line.hours === null ? '' : e(formatHours(line.hours, lang)), end)}${cell(line.rateMinor === null ? '' : e(money(line.rateMinor)), end)}${cell(e(money(line.amountMinor)), end)}</tr>`,
    );
  }
  const sumRow = (label: string, minor: number, bold = false) => {
    const b = (html: string) => (bold ? `<b>${html}</b>` : html);
    return `<tr>${cell(b(escapeHtml(label)), start)}${cell('', end)}${cell('', end)}${cell(b(e(money(minor))), end)}</tr>`;
  };
  if (model.deposit) {
    rows.push(sumRow(t.subtotal, model.subtotalMinor));
    rows.push(sumRow(renderIn(lang, t.depositDeducted(model.deposit.invoice)), -model.deposit.amountMinor));
  }
  for (const row of tax ? taxRows(tax, model) : []) rows.push(sumRow(row.label, row.minor));
  rows.push(sumRow(credit ? t.creditTotal : t.total, model.totalMinor, true));
  parts.push(`<table${dir} style="border-collapse:collapse;width:100%;">${rows.join('')}</table>`);

  if (!credit)
    parts.push(p(escapeHtml(renderIn(lang, t.terms(model.termsDays, formatDate(model.due, lang))))));
  if (model.kind === 'deposit') parts.push(p(escapeHtml(t.depositNote)));
  for (const note of tax ? taxNotes(tax, model) : []) parts.push(p(e(note)));
  const account = tax ? accountLine(tax, model) : '';
  if (!credit && (s.paymentDetails || account))
    parts.push(
      p(
        `<b>${escapeHtml(t.paymentDetails)}${t.colon}</b><br>${[account, lines(s.paymentDetails ?? '')].filter(Boolean).join('<br>')}`,
      ),
    );
  if (s.taxNote) parts.push(p(lines(s.taxNote), 'color:#5f6368;'));

  // A credit note is named by its own title, as its Drive file is (src/actions/credit.ts).
  const title = escapeHtml(credit ? creditDocName(model) : invoiceDocName(model));
  return `<!DOCTYPE html><html lang="${lang}"${dir}><head><meta charset="utf-8"><title>${title}</title></head><body${dir}>${parts.join('')}</body></html>`;
}
