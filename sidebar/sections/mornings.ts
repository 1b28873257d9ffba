// "Prepare reminders every morning": on or off, what the morning runs prepared since the sidebar was
// last opened (with links to the drafts), why the last run stopped if it did, and how it stops.

import { daysBetween } from '../../src/domain/dates';
import type { MorningStatus } from '../../src/server-api';
import { call } from '../bridge';
import { $, bdi, busy, day, element, fill, plural, status, t, tm, ui } from '../ui';

function hour(h: number): string {
  return new Intl.DateTimeFormat(document.documentElement.lang || 'en', {
    hour: 'numeric',
    minute: '2-digit',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(2026, 0, 1, h % 24, 0)));
}

/** The zone's name in the UI language ("Central European Time"), else its IANA name. */
function zoneName(timeZone: string): string {
  for (const style of ['longGeneric', 'long'] as const) {
    try {
      const part = new Intl.DateTimeFormat(document.documentElement.lang || 'en', {
        timeZone,
        timeZoneName: style,
      })
        .formatToParts(new Date(Date.UTC(2026, 0, 15, 12)))
        .find((p) => p.type === 'timeZoneName');
      if (part && !/^GMT[+-]/.test(part.value)) return part.value;
    } catch {
      // An Intl without this style: try the next.
    }
  }
  return timeZone;
}

export function showMornings(state: MorningStatus): void {
  const m = tm().mornings;
  const r = t().reminders;
  $('mornings-state').replaceChildren(
    ...(state.on
      ? fill(m.on, { from: hour(state.hour), to: hour(state.hour + 1), zone: zoneName(state.timeZone) })
      : [document.createTextNode(m.off)]),
  );
  const toggle = $<HTMLButtonElement>('mornings-toggle');
  toggle.textContent = state.on ? m.turnOff : m.turnOn;
  toggle.dataset.on = String(state.on);
  const list = $('mornings-since');
  const since = state.since;
  const nodes: HTMLElement[] = [];
  if (since.failed)
    nodes.push(
      element(
        'p',
        fill(m.failed, { date: day(since.failed.day), reason: since.failed.failed ?? '' }),
        'status error',
      ),
    );
  if (state.on && since.runs > 0 && since.drafts.length + since.more === 0 && !since.failed)
    nodes.push(element('p', [m.nothingSince], 'gray'));
  if (since.drafts.length > 0) {
    nodes.push(element('p', plural(m.since, since.drafts.length + since.more)));
    const items = since.drafts.map((d) => {
      const a = element(
        'a',
        fill(m.line, {
          client: bdi(d.client, 'client'),
          invoice: d.invoice,
          stage: r.stages[Math.min(3, Math.max(1, d.stage)) - 1]!,
        }),
      );
      a.href = d.link;
      a.target = '_blank';
      a.rel = 'noopener';
      const waited = d.dueSince ? daysBetween(d.dueSince, d.day) : 0;
      return element('li', [
        a,
        ...(d.dueSince && waited > 0
          ? [element('span', plural(m.waited, waited, { date: day(d.dueSince) }), 'why')]
          : []),
      ]);
    });
    if (since.more > 0) items.push(element('li', plural(m.more, since.more)));
    nodes.push(element('ul', items));
  }
  if (state.missed > 0) nodes.push(element('p', plural(m.missed, state.missed), 'gray'));
  list.replaceChildren(...nodes);
}

export function renderMornings(): void {
  const m = tm().mornings;
  $('mornings-title').textContent = m.title;
  $('mornings-help').textContent = m.help;
  $('mornings-permission').textContent = `${m.permission} ${m.stops}`;
}

export async function loadMornings(): Promise<void> {
  try {
    showMornings(await call('morningStatus'));
  } catch (error) {
    status('mornings-status', [bdi((error as Error).message)], 'error');
  }
}

export function wireMornings(): void {
  const toggle = $<HTMLButtonElement>('mornings-toggle');
  toggle.addEventListener('click', async () => {
    const on = toggle.dataset.on !== 'true';
    const m = tm().mornings;
    const state = await busy(toggle, 'mornings-status', on ? m.turningOn : m.turningOff, () =>
      call('setMorningReminders', { on, ui: ui() }),
    );
    if (state) showMornings(state);
  });
}
