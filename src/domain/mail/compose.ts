// Turns a due item into an email in the client's language: recipient, subject, a plain text part and
// the same words as HTML. Refuses, with the row to fix, anything that could not be mailed safely.

import { cut } from '../cells';
import { formatDate, formatMoney, formatMonth, formatPercent } from '../format';
import { driveFileId } from '../drive-link';
import { formatPeriod, renderIn, zoneName } from '../messages/client';
import type { Msg } from '../messages/core/msg';
import { type Say, say } from '../problems';
import { diagnostic } from '../problems/render';
import type { Diagnostic, Language, Tracker } from '../types';
import { coverWords } from '../month-end/cover-mail';
import { mailWords, sellerDocumentKind } from './mail-words';
import type { DueItem } from './reminders';
import { type Block, letterHtml, letterText } from './templates';

export interface ComposedDraft {
  to: string;
  toName: string;
  subject: string;
  text: string;
  html: string;
  language: Language;
  /** Payment reminders: the Drive file id of the invoice, to attach when the add-on may read it. */
  attachmentFileId?: string;
}

export type Composed = { ok: true; draft: ComposedDraft } | { ok: false; diagnostic: Diagnostic };

const EMAIL =
  /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;

export function isEmail(text: string): boolean {
  return EMAIL.test(text) && text.length <= 254 && !/^\.|\.\.|\.@/.test(text);
}

/** Line breaks (CR, LF, NEL, U+2028/9) and other control characters: none may reach a header. */
export function hasLineBreak(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09) || c === 0x7f || c === 0x85 || c === 0x2028 || c === 0x2029) return true;
  }
  return false;
}

/**
 * Why this item cannot become a draft, naming the cell to fix; null when it can. Checks every field
 * that reaches a mail header (the address, the name shown with it, what goes into the subject) and
 * the currencies the text formats.
 */
export function validateDraft(item: DueItem, tracker: Tracker): Diagnostic | null {
  const client = item.client;
  // What is wrong, then which draft was not made, then what to do.
  const problem = (sheet: string, row: number, column: string, found: Say, fix?: Say): Diagnostic =>
    diagnostic({
      sheet,
      row,
      column,
      says: [found, say(`notDrafted.${item.kind}`), ...(fix ? [fix] : [])],
      severity: 'error',
      client: client.name,
    });
  const email = client.email.trim();
  if (!email)
    return problem(
      'Clients',
      client.row,
      'Email',
      say('noEmail', { client: cut(client.name) }),
      say('addEmail'),
    );
  if (!isEmail(email))
    return problem(
      'Clients',
      client.row,
      'Email',
      say('notOneEmail', { value: cut(email) }),
      say('oneAddress'),
    );
  if (hasLineBreak(client.contact))
    return problem('Clients', client.row, 'Contact', say('contactLineBreak'), say('oneLine'));
  if (hasLineBreak(client.greetingName))
    return problem('Clients', client.row, 'Greeting name', say('greetingLineBreak'), say('oneLine'));
  if (hasLineBreak(client.name))
    return problem('Clients', client.row, 'Client', say('clientLineBreak'), say('oneLine'));
  if (item.invoice && hasLineBreak(item.invoice.invoice))
    return problem('Invoices', item.invoice.row, 'Invoice', say('invoiceLineBreak'), say('oneLine'));
  const language = client.language || tracker.settings.defaultLanguage;
  const currency = (code: string, sheet: string, row: number) => {
    try {
      formatMoney(0, code, language);
      return null;
    } catch {
      return problem(sheet, row, 'Currency', say('draftCurrency', { value: cut(code) }));
    }
  };
  if (item.kind === 'payment' && item.invoice)
    return currency(item.invoice.currency, 'Invoices', item.invoice.row);
  if (item.kind === 'rate-change' || (item.kind === 'terms' && client.hourlyRate !== null))
    return currency(client.currency, 'Clients', client.row);
  return null;
}

export function composeDraft(
  item: DueItem,
  tracker: Tracker,
  options: { attached?: boolean } = {},
): Composed {
  const invalid = validateDraft(item, tracker);
  if (invalid) return { ok: false, diagnostic: invalid };
  const client = item.client;
  const s = tracker.settings;
  const language = client.language || s.defaultLanguage;
  // An Israeli seller's document is a demand for payment, and the letter names it so.
  const kind = sellerDocumentKind(s);
  const t = mailWords(language, kind);
  const date = (d: string) => formatDate(d, language);
  const blocks: Block[] = [];
  const paragraphs = (texts: Msg[]) => {
    for (const text of texts) blocks.push({ kind: 'paragraph', text });
  };
  let subject: Msg = { parts: [''], values: [] };
  let attachmentFileId: string | undefined;

  switch (item.kind) {
    case 'payment': {
      const inv = item.invoice!;
      const stage = Math.min(3, Math.max(1, item.stage ?? 1)) as 1 | 2 | 3;
      subject = t.paymentSubject(stage, inv.invoice);
      paragraphs(
        t.paymentBody(stage, {
          invoice: inv.invoice,
          amount: formatMoney(inv.amount, inv.currency, language),
          issued: date(inv.issued),
          due: date(inv.due),
          terms: client.paymentTermsDays,
          payBy: item.payBy ? date(item.payBy) : null,
        }),
      );
      attachmentFileId = (inv.file && driveFileId(inv.file)) || undefined;
      if (options.attached) paragraphs([t.attachedNote]);
      else if (/^https?:\/\//i.test(inv.file.trim())) {
        paragraphs([t.linkNote]);
        blocks.push({ kind: 'link', url: inv.file.trim() });
      }
      break;
    }
    case 'report': {
      const report = item.report!;
      const monthName = formatMonth(report.month, language);
      // Closing a month, the invoice travels with the report: one email, both PDFs.
      const cover = item.cover ? coverWords(language, report.month, item.cover, kind) : null;
      subject = cover ? cover.subject : t.reportSubject(monthName);
      // The client cannot open the freelancer's Doc: the report travels as a PDF, never as a link.
      paragraphs(cover ? cover.paragraphs : [t.reportBody(monthName)]);
      const goals = (item.goals ?? []).map((g) => t.reportGoalLine(g.goal, g.progress));
      if (goals.length) blocks.push({ kind: 'list', heading: t.reportGoals, items: goals });
      paragraphs([t.reportOutro]);
      break;
    }
    case 'update': {
      const tasks = item.tasks ?? [];
      const days = tasks.map((x) => x.date).sort();
      const first = days[0] ?? '';
      const last = days[days.length - 1] ?? first;
      const period = formatPeriod(first, last, language);
      subject = t.updateSubject(period);
      paragraphs([t.updateIntro(period, first === last)]);
      const line = (x: (typeof tasks)[number]) =>
        t.taskLine({ task: x.task, result: x.result, goal: x.goal });
      const goalWork = tasks.filter((x) => x.goal !== '').map(line);
      const otherWork = tasks.filter((x) => x.goal === '').map(line);
      if (goalWork.length) blocks.push({ kind: 'list', heading: t.updateGoalWork, items: goalWork });
      if (otherWork.length)
        blocks.push({
          kind: 'list',
          ...(goalWork.length ? { heading: t.updateOtherWork } : {}),
          items: otherWork,
        });
      paragraphs([t.updateOutro]);
      break;
    }
    case 'terms': {
      subject = t.termsSubject;
      paragraphs([t.termsIntro]);
      const reach = [s.yourEmail, s.phone].filter(Boolean);
      const items: (Msg | null)[] = [
        client.hourlyRate !== null
          ? t.terms.rate(formatMoney(client.hourlyRate, client.currency, language))
          : null,
        t.terms.payment(client.paymentTermsDays),
        s.billingRhythm ? t.terms.billing(s.billingRhythm) : null,
        s.depositPercent !== null ? t.terms.deposit(formatPercent(s.depositPercent / 100, language)) : null,
        s.workingHours
          ? t.terms.hours({
              days: s.workingHours.days,
              start: s.workingHours.start,
              end: s.workingHours.end,
              zoneName: zoneName(s.workingHours.timeZone, language),
            })
          : null,
        s.responseTime ? t.terms.response(s.responseTime.amount, s.responseTime.unit) : null,
        reach.length ? t.terms.reach(reach) : null,
      ];
      blocks.push({ kind: 'list', items: items.filter((x): x is Msg => x !== null) });
      paragraphs([t.termsOutro]);
      break;
    }
    case 'check-in':
      subject = t.checkInSubject;
      paragraphs(t.checkInBody);
      break;
    case 'rate-change': {
      const newRate = formatMoney(client.newRate ?? 0, client.currency, language);
      const oldRate = formatMoney(client.hourlyRate ?? 0, client.currency, language);
      const from = date(client.newRateFrom!);
      subject = t.rateSubject(newRate, from);
      paragraphs(t.rateBody(oldRate, newRate, from));
      break;
    }
  }
  const subjectText = renderIn(language, subject, 'text');
  if (hasLineBreak(subjectText))
    return {
      ok: false,
      diagnostic: diagnostic({
        sheet: item.invoice ? 'Invoices' : 'Clients',
        row: item.invoice?.row ?? client.row,
        column: item.invoice ? 'Invoice' : 'Client',
        says: [say('subjectLineBreak')],
        severity: 'error',
        client: client.name,
      }),
    };
  const sender = s.yourName || s.businessName;
  const intro = t.intro(
    sender,
    s.yourName ? s.businessName : '',
    item.season ?? (item.kind === 'check-in' ? 'returning' : 'first'),
  );
  if (intro) blocks.unshift({ kind: 'paragraph', text: intro });
  const signature = (s.emailSignature || sender)
    .split(/\r\n|\r|\n/)
    .map((l) => l.trimEnd())
    .filter((l, i, all) => l !== '' || (i > 0 && i < all.length - 1));
  const letter = {
    language,
    greeting: t.greeting({
      name: client.greetingName.trim(),
      contact: client.contact.trim(),
      client: client.name.trim(),
    }),
    blocks,
    closing: t.closing,
    signature,
  };
  return {
    ok: true,
    draft: {
      to: client.email.trim(),
      toName: client.contact.trim() || client.name.trim(),
      subject: subjectText,
      text: letterText(letter),
      html: letterHtml(letter),
      language,
      ...(attachmentFileId ? { attachmentFileId } : {}),
    },
  };
}
