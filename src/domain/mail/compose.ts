// Turns a due item into an email in the client's language: recipient, subject, a plain text part and
// the same words as HTML. Refuses, with the row to fix, anything that could not be mailed safely.

import { escapeHtml } from '../escape';
import { formatDate, formatMoney, formatMonth, isRtl } from '../format';
import type { Diagnostic, Language, Tracker } from '../types';
import { MAIL_MESSAGES } from './messages';
import type { DueItem } from './reminders';

export interface ComposedDraft {
  to: string;
  toName: string;
  subject: string;
  text: string;
  html: string;
  language: Language;
}

export type Composed = { ok: true; draft: ComposedDraft } | { ok: false; diagnostic: Diagnostic };

const EMAIL =
  /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;

export function isEmail(text: string): boolean {
  return EMAIL.test(text) && text.length <= 254;
}

export function composeDraft(
  item: DueItem,
  tracker: Tracker,
  options: { attached?: boolean } = {},
): Composed {
  const client = item.client;
  const skip = (sheet: string, row: number, column: string, message: string): Composed => ({
    ok: false,
    diagnostic: { sheet, row, column, message, severity: 'error', client: client.name },
  });
  if (!client.email)
    return skip(
      'Clients',
      client.row,
      'Email',
      `${client.name} has no email address, so no ${item.kind} draft was made. Add one and run again.`,
    );
  if (!isEmail(client.email))
    return skip(
      'Clients',
      client.row,
      'Email',
      `“${client.email.slice(0, 60)}” is not an email address, so no ${item.kind} draft was made.`,
    );
  // Anything that reaches a mail header must be one line: CR or LF would let text forge headers.
  if (/[\r\n]/.test(client.contact))
    return skip('Clients', client.row, 'Contact', 'The contact name has a line break; make it one line.');
  if (/[\r\n]/.test(client.name))
    return skip('Clients', client.row, 'Client', 'The client name has a line break; make it one line.');
  if (item.invoice && /[\r\n]/.test(item.invoice.invoice))
    return skip(
      'Invoices',
      item.invoice.row,
      'Invoice',
      'The invoice number has a line break; make it one line.',
    );

  const language = client.language || tracker.settings.defaultLanguage;
  const t = MAIL_MESSAGES[language];
  const s = tracker.settings;
  const date = (d: string) => formatDate(d, language);
  const paragraphs: string[] = [];
  let subject = '';
  let list: string[] = [];
  let after: string[] = [];

  switch (item.kind) {
    case 'payment': {
      const inv = item.invoice!;
      const stage = Math.min(3, Math.max(1, item.stage ?? 1));
      const facts = {
        invoice: inv.invoice,
        amount: formatMoney(inv.amount, inv.currency, language),
        issued: date(inv.issued),
        due: date(inv.due),
        terms: client.paymentTermsDays,
        link: inv.file,
      };
      subject = t.paymentSubject(stage, inv.invoice);
      paragraphs.push(...t.paymentBody(stage, facts));
      if (options.attached) paragraphs.push(t.attachedNote);
      else if (inv.file) paragraphs.push(t.linkNote(inv.file));
      break;
    }
    case 'report': {
      const month = item.report!.month;
      const monthName = formatMonth(month, language);
      subject = t.reportSubject(monthName);
      paragraphs.push(...t.reportBody(monthName, item.report!.link));
      break;
    }
    case 'update': {
      const tasks = item.tasks ?? [];
      const from = tasks[0] ? tasks.map((x) => x.date).sort()[0]! : '';
      const to =
        tasks
          .map((x) => x.date)
          .sort()
          .at(-1) ?? '';
      subject = t.updateSubject(date(from), date(to));
      paragraphs.push(t.updateIntro(date(from), date(to)));
      list = tasks.map((x) => [x.task, x.result].filter(Boolean).join(': ') + (x.goal ? ` (${x.goal})` : ''));
      after = [t.updateOutro];
      break;
    }
    case 'terms': {
      subject = t.termsSubject;
      paragraphs.push(t.termsIntro);
      const reach = [s.yourEmail, s.phone].filter(Boolean).join(', ');
      list = [
        client.hourlyRate !== null
          ? t.terms.rate(formatMoney(client.hourlyRate, client.currency, language))
          : '',
        t.terms.payment(client.paymentTermsDays),
        s.billingRhythm ? t.terms.billing(s.billingRhythm) : '',
        s.deposit ? t.terms.deposit(s.deposit) : '',
        s.workingHours ? t.terms.hours(s.workingHours) : '',
        s.responseTime ? t.terms.response(s.responseTime) : '',
        reach ? t.terms.reach(reach) : '',
      ].filter(Boolean);
      after = [t.termsOutro];
      break;
    }
    case 'check-in':
      subject = t.checkInSubject;
      paragraphs.push(...t.checkInBody);
      break;
    case 'rate-change': {
      const newRate = formatMoney(client.newRate ?? 0, client.currency, language);
      const oldRate = formatMoney(client.hourlyRate ?? 0, client.currency, language);
      const from = date(client.newRateFrom!);
      subject = t.rateSubject(newRate, from);
      paragraphs.push(...t.rateBody(oldRate, newRate, from));
      break;
    }
  }
  if (/[\r\n]/.test(subject))
    return skip(
      'Clients',
      client.row,
      'Client',
      'The email subject would contain a line break; check the client and invoice fields.',
    );
  const signature = (s.emailSignature || s.yourName).split(/\r?\n/);
  const greeting = t.greeting(client.contact || client.name);

  const text = [
    greeting,
    '',
    ...paragraphs.flatMap((p) => [p, '']),
    ...list.map((l) => `- ${l}`),
    ...(list.length ? [''] : []),
    ...after.flatMap((p) => [p, '']),
    t.closing,
    ...signature,
  ].join('\n');
  const dir = isRtl(language) ? ' dir="rtl" style="text-align:right"' : '';
  const e = escapeHtml;
  const linkify = (p: string) => (/^https:\/\/\S+$/.test(p) ? `<a href="${e(p)}">${e(p)}</a>` : e(p));
  const html = [
    `<div${dir}>`,
    `<p>${e(greeting)}</p>`,
    ...paragraphs.map((p) => `<p>${linkify(p)}</p>`),
    ...(list.length ? [`<ul>${list.map((l) => `<li>${e(l)}</li>`).join('')}</ul>`] : []),
    ...after.map((p) => `<p>${e(p)}</p>`),
    `<p>${e(t.closing)}<br>${signature.map(e).join('<br>')}</p>`,
    '</div>',
  ].join('\n');
  return {
    ok: true,
    draft: { to: client.email, toName: client.contact || client.name, subject, text, html, language },
  };
}
