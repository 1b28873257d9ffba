// Reminders as a checklist: grouped by kind, payment chasers first and ticked, the rest unticked.
// "Create N drafts" drafts only the ticked ones, then the list refreshes; what was not made says why,
// under the button.

import type { DraftKind } from '../../src/domain/types';
import type { DraftsResult, ReminderItem } from '../../src/server-api';
import { call } from '../bridge';
import { $, bdi, busy, day, element, fill, money, plural, status, t, ui } from '../ui';
import { problemLine } from './problems';

let items: ReminderItem[] = [];

function line(item: ReminderItem): { what: Node[]; why: Node[] } {
  const m = t().reminders;
  const client = bdi(item.client, 'client');
  switch (item.kind) {
    case 'payment':
      return {
        what: fill(m.payment, {
          client,
          invoice: item.invoice,
          amount: bdi(item.amount === null ? '' : money(item.amount, item.currency), 'amount'),
          stage: m.stages[Math.min(3, Math.max(1, item.stage ?? 1)) - 1]!,
        }),
        why: plural(m.daysOverdue, item.daysLate),
      };
    case 'terms':
      return { what: fill(m.terms, { client }), why: fill(m.termsWhy) };
    case 'update':
      return { what: fill(m.update, { client }), why: plural(m.updateWhy, item.tasks) };
    case 'rate-change':
      return {
        what: fill(m.rate, { client, rate: bdi(money(item.newRate ?? 0, item.currency), 'amount') }),
        why: fill(m.rateWhy, { date: item.newRateFrom ? day(item.newRateFrom) : '' }),
      };
    default:
      return { what: fill(m.checkIn, { client }), why: fill(m.checkInWhy) };
  }
}

function ticked(): string[] {
  return [...document.querySelectorAll<HTMLInputElement>('#reminder-list input[type=checkbox]')]
    .filter((box) => box.checked)
    .map((box) => box.value);
}

function updateButton(): void {
  const n = ticked().length;
  const button = $<HTMLButtonElement>('create-drafts');
  button.replaceChildren(...plural(t().reminders.create, n));
  button.hidden = items.length === 0;
}

function termsButton(item: ReminderItem): HTMLElement {
  const button = element('button', [t().reminders.termsConfirm], 'secondary small');
  button.type = 'button';
  const note = element('span', [], 'why');
  button.addEventListener('click', async () => {
    button.disabled = true;
    try {
      const done = await call('confirmTerms', { client: item.client, row: item.clientRow, ui: ui() });
      note.replaceChildren(...fill(t().reminders.termsDone, { date: day(done.date) }));
      button.remove();
    } catch (error) {
      note.replaceChildren(bdi((error as Error).message));
      note.className = 'why error';
      button.disabled = false;
    }
  });
  return element('span', [button, note]);
}

export function showReminders(list: ReminderItem[]): void {
  items = list;
  const m = t().reminders;
  const container = $('reminder-list');
  container.className = 'checklist';
  if (list.length === 0) {
    container.replaceChildren(element('p', [m.nothingDue], 'gray'));
    updateButton();
    return;
  }
  const kinds: DraftKind[] = [];
  for (const item of list) if (!kinds.includes(item.kind)) kinds.push(item.kind);
  container.replaceChildren(
    ...kinds.flatMap((kind) => [
      element('h3', [m.kinds[kind]]),
      ...list
        .filter((item) => item.kind === kind)
        .map((item) => {
          const box = document.createElement('input');
          box.type = 'checkbox';
          box.value = item.key;
          box.checked = item.kind === 'payment';
          box.addEventListener('change', updateButton);
          const { what, why } = line(item);
          const text = element('span', [...what, element('span', why, 'why')]);
          if (item.kind === 'terms') text.append(termsButton(item));
          const label = element('label', [box, text]);
          label.dataset.kind = item.kind;
          return label;
        }),
    ]),
  );
  updateButton();
}

function showResult(result: DraftsResult, before: ReminderItem[]): void {
  const m = t().reminders;
  $('draft-links').replaceChildren(
    ...result.drafts.map((d) => {
      // Subject, then the address on its own line: no arrow to point the wrong way in Hebrew.
      const a = element('a', [bdi(d.subject)]);
      a.href = d.link;
      a.target = '_blank';
      a.rel = 'noopener';
      const li = element('li', [a, element('span', [bdi(d.to)], 'why')]);
      // Once the client agrees the terms just drafted, the date goes in with one press.
      const terms = d.kind === 'terms' && before.find((i) => i.kind === 'terms' && i.client === d.client);
      if (terms) li.append(' ', termsButton(terms));
      return li;
    }),
  );
  $('draft-notes').replaceChildren(
    ...result.skipped.map((d) => element('li', fill(m.skipped, { where: element('span', problemLine(d)) }))),
    ...result.notAttached.map((n) => element('li', fill(m.notAttached, { invoice: n.invoice }))),
    ...result.failed.map((f) => element('li', fill(m.failed, { client: f.client, reason: f.reason }))),
  );
  const said: Node[] = [element('p', plural(m.created, result.drafts.length))];
  if (result.notDue.length > 0) said.push(element('p', plural(m.notDue, result.notDue.length)));
  status('drafts-status', said);
}

export function renderReminders(): void {
  $('reminders-title').textContent = t().reminders.title;
  showReminders(items);
}

export function wireReminders(): void {
  $('create-drafts').addEventListener('click', async () => {
    const keys = ticked();
    if (keys.length === 0) {
      status('drafts-status', t().reminders.nothingTicked, 'error');
      return;
    }
    $('draft-links').replaceChildren();
    $('draft-notes').replaceChildren();
    const button = $<HTMLButtonElement>('create-drafts');
    const result = await busy(button, 'drafts-status', t().reminders.progress, () =>
      call('createDrafts', { keys, ui: ui() }),
    );
    if (!result) return;
    const listed = items;
    // The list as it now stands: drafted items are gone, the rest keep the ticks they had.
    const boxes = () => [
      ...document.querySelectorAll<HTMLInputElement>('#reminder-list input[type=checkbox]'),
    ];
    const before = new Map(boxes().map((box) => [box.value, box.checked]));
    try {
      showReminders(await call('listReminders'));
      for (const box of boxes()) box.checked = before.get(box.value) ?? box.checked;
      updateButton();
    } finally {
      showResult(result, listed);
    }
  });
}
