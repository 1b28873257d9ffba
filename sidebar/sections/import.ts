// Import time entries: a CSV export chosen on the freelancer's computer, read here in the browser
// (no Drive access), previewed by the server against Clients and Tasks; the date question and the
// unknown client names are answered in the preview, and only "Import" writes, in one batch.

import type { ImportRequest, ImportResult } from '../../src/server-api';
import { call } from '../bridge';
import { $, bdi, busy, day, element, fill, plural, setText, status, t, ui } from '../ui';

let text: string | null = null;
let dateOrder: 'dmy' | 'mdy' | undefined;
const picks = new Map<string, string>();

export function renderImport(): void {
  const m = t().import;
  $('import-title').textContent = m.title;
  $('import-help').textContent = m.help;
  $('import-file-label').textContent = m.file;
  $('import-clients-title').textContent = m.clientsTitle;
  $('import-problems-title').textContent = m.problemsTitle;
}

function request(write: boolean): ImportRequest {
  return {
    text: text ?? '',
    write,
    ui: ui(),
    clientMap: [...picks].map(([name, client]) => ({ name, client })),
    ...(dateOrder ? { dateOrder } : {}),
  };
}

async function preview(): Promise<void> {
  const result = await busy($<HTMLButtonElement>('import-confirm'), 'import-status', t().import.reading, () =>
    call('importTimeEntries', request(false)),
  );
  if (result) show(result);
}

function show(r: ImportResult): void {
  const m = t().import;
  $('import-preview').hidden = false;
  const summary = $('import-summary');
  summary.replaceChildren();
  if (r.vendor) summary.append(...fill(m.found, { vendor: r.vendor }), ' ');
  summary.append(...plural(m.fresh, r.new), ' · ', ...plural(m.skipped, r.skipped));
  setText($('import-zone'), m.timeZone, { zone: r.timeZone });
  $('import-billable').hidden = r.hasBillable || !r.vendor;
  $('import-billable').textContent = m.noBillable;

  const question = $('import-date');
  question.hidden = !r.askDateOrder && !dateOrder;
  if (r.askDateOrder) {
    setText($('import-date-question'), m.dateQuestion, { date: r.askDateOrder.example });
    $('import-dmy').replaceChildren(bdi(r.askDateOrder.dayFirst ? day(r.askDateOrder.dayFirst) : '—'));
    $('import-mdy').replaceChildren(bdi(r.askDateOrder.monthFirst ? day(r.askDateOrder.monthFirst) : '—'));
  }

  const clients = $('import-clients');
  clients.replaceChildren(...r.needsClient.map((need) => clientChoice(need, r.clients)));
  $('import-clients-block').hidden = r.needsClient.length === 0 && picks.size === 0;

  const problems = $('import-problems');
  problems.replaceChildren(
    ...r.problems.map((p) =>
      element('li', p.line > 0 ? fill(m.line, { line: p.line, message: p.message }) : [bdi(p.message)]),
    ),
  );
  $('import-problems-block').hidden = r.problems.length === 0;

  const waiting = r.needsClient.reduce((n, x) => n + x.entries, 0);
  $('import-waiting').hidden = waiting === 0;
  $('import-waiting').replaceChildren(...plural(m.waiting, waiting));

  const confirm = $<HTMLButtonElement>('import-confirm');
  confirm.replaceChildren(...plural(m.confirm, r.ready));
  confirm.disabled = r.ready === 0 || r.askDateOrder !== null;
  if (r.vendor && r.new === 0 && r.problems.length === 0) status('import-status', m.nothingNew);
}

function clientChoice(need: ImportResult['needsClient'][number], names: string[]): HTMLElement {
  const m = t().import;
  const label = element(
    'label',
    need.name ? plural(m.clientFor, need.entries, { name: need.name }) : plural(m.noName, need.entries),
  );
  const select = element('select');
  const none = element('option', [m.pickClient]);
  none.value = '';
  select.append(
    none,
    ...names.map((n) => {
      const option = element('option', [n]);
      option.value = n;
      option.dir = 'auto';
      return option;
    }),
  );
  select.dataset.name = need.name;
  select.addEventListener('change', () => {
    if (select.value) picks.set(need.name, select.value);
    else picks.delete(need.name);
    void preview();
  });
  return element('div', [label, select], 'form-group');
}

export function wireImport(): void {
  const input = $<HTMLInputElement>('import-file');
  input.addEventListener('change', async () => {
    const file = input.files?.[0];
    $('import-preview').hidden = true;
    $('import-done').hidden = true;
    picks.clear();
    dateOrder = undefined;
    if (!file) return;
    try {
      text = await file.text();
    } catch {
      status('import-status', t().import.unreadable, 'error');
      return;
    }
    await preview();
  });
  for (const radio of document.querySelectorAll<HTMLInputElement>('input[name=import-date]')) {
    radio.addEventListener('change', () => {
      dateOrder = radio.value === 'mdy' ? 'mdy' : 'dmy';
      void preview();
    });
  }
  const confirm = $<HTMLButtonElement>('import-confirm');
  confirm.addEventListener('click', async () => {
    const result = await busy(confirm, 'import-status', t().import.progress, () =>
      call('importTimeEntries', request(true)),
    );
    if (!result) return;
    show(result);
    const done = $('import-done');
    done.hidden = false;
    done.replaceChildren(
      ...(result.written > 0 ? plural(t().import.done, result.written) : [t().import.nothingNew]),
    );
    confirm.disabled = true;
  });
}
