// Client health: loaded only when asked for (not with the sidebar), so opening the sidebar costs no
// more calls. Per active client the signal and the reasons, worded by the server in the UI language;
// the business line; deadlines coming up and past; and "Write the Dashboard tab".

import type { DeadlineWarning } from '../../src/domain/method/deadlines';
import { formatPercent } from '../../src/domain/format';
import type { HealthResult } from '../../src/server-api';
import { call } from '../bridge';
import { $, bdi, busy, day, element, fill, plural, setText, status, t, ui } from '../ui';

const DASHBOARD_TAB = 'Dashboard';

export function renderHealth(): void {
  const m = t().health;
  $('health-title').textContent = m.title;
  $('check-health').textContent = m.button;
  $('health-business-title').textContent = m.businessTitle;
  $('health-deadlines-title').textContent = m.deadlinesTitle;
  setText($('write-dashboard'), m.dashboard, { tab: DASHBOARD_TAB });
  // The reasons come worded in the language of the request: a new language needs a new request.
  $('health-result').hidden = true;
}

function deadlineItem(w: DeadlineWarning): HTMLLIElement {
  const m = t().health;
  const when =
    w.daysLeft < 0
      ? plural(m.late, -w.daysLeft)
      : w.daysLeft === 0
        ? [m.dueToday]
        : plural(m.dueIn, w.daysLeft);
  const li = element('li', [
    ...fill(m.deadline, { client: w.client, task: w.task, date: day(w.deadline) }),
    m.joiner,
    ...when,
  ]);
  if (w.daysLeft < 0) li.className = 'late';
  return li;
}

export function showHealth(result: HealthResult): void {
  const m = t().health;
  $('health-result').hidden = false;
  $('health-clients').replaceChildren(
    ...(result.clients.length
      ? result.clients.map((c) => {
          const li = element(
            'li',
            fill(c.atRisk ? m.atRisk : m.fine, { client: c.client }),
            c.atRisk ? 'risk' : 'fine',
          );
          li.dataset.client = c.client;
          if (c.atRisk)
            li.append(
              element(
                'ul',
                c.reasonText.map((r) => element('li', [r])),
                'reasons',
              ),
            );
          return li;
        })
      : [element('li', [m.noClients], 'plain')]),
  );
  const b = result.business;
  const business: HTMLElement[] = [];
  business.push(
    element(
      'p',
      b.largestClient && b.largestClientShare !== null
        ? fill(m.largest, {
            client: b.largestClient,
            share: formatPercent(b.largestClientShare, ui()),
            currency: b.currency,
          })
        : fill(m.noIncome, { currency: b.currency }),
    ),
  );
  if (b.concentrated) business.push(element('p', [m.concentrated], 'warning-text'));
  business.push(element('p', plural(m.leads, b.leads), 'gray'));
  $('health-business').replaceChildren(...business);
  const warnings = [...result.deadlines.overdue, ...result.deadlines.upcoming];
  $('health-deadlines').replaceChildren(
    ...(warnings.length ? warnings.map(deadlineItem) : [element('li', [m.noDeadlines], 'plain')]),
  );
}

export function wireHealth(): void {
  $('check-health').addEventListener('click', async () => {
    const result = await busy(
      $<HTMLButtonElement>('check-health'),
      'health-status',
      t().health.progress,
      () => call('clientHealth', { ui: ui() }),
    );
    if (result) showHealth(result);
  });
  $('write-dashboard').addEventListener('click', async () => {
    const m = t().health;
    const result = await busy(
      $<HTMLButtonElement>('write-dashboard'),
      'dashboard-status',
      m.dashboardProgress,
      () => call('writeDashboard', { ui: ui() }),
    );
    if (result) status('dashboard-status', fill(m.dashboardDone, { tab: bdi(result.tab) }));
  });
}
