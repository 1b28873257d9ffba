// The sidebar's Self-test section, self-contained: it builds its own markup at the end of the sidebar,
// runs the self-test on request and lists each item. Text from the server is set with textContent only.

import type { SelfTestId } from '../src/domain/selftest-ids';
import type { SelfTestItem, SelfTestResult } from '../src/server-api';
import { call } from './bridge';
import { fill, t } from './ui';

const MARK: Record<SelfTestItem['status'], string> = { passed: '✓', failed: '✗', skipped: '–' };

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
): HTMLElementTagNameMap[K] {
  return Object.assign(document.createElement(tag), props);
}

export function renderSelfTest(list: HTMLElement, summary: HTMLElement, result: SelfTestResult): void {
  const count = (status: SelfTestItem['status']) => result.items.filter((i) => i.status === status).length;
  const m = t().selfTest;
  summary.replaceChildren(
    ...fill(m.summary, { passed: count('passed'), failed: count('failed'), skipped: count('skipped') }),
    document.createTextNode(' '),
    ...(result.tab ? fill(m.inTab, { tab: result.tab }) : fill(m.noTab, { reason: result.tabError ?? '' })),
  );
  list.replaceChildren(
    ...result.items.map((item) => {
      const li = element('li', { className: `self-test-${item.status}` });
      li.dataset.id = item.id;
      li.dataset.status = item.status;
      li.append(
        element('strong', {
          textContent: `${MARK[item.status]} ${m.items[item.id as SelfTestId] ?? item.title}`,
        }),
        element('div', { className: 'gray', textContent: `${item.id}: ${item.detail}` }),
      );
      return li;
    }),
  );
}

// Kept here rather than in styles.css so the section stays one file.
const STYLE = `
.self-test { padding-left: 0; list-style: none; }
.self-test li { margin-bottom: 6px; overflow-wrap: anywhere; }
.self-test-failed strong { color: #c5221f; }
.self-test-passed strong { color: #188038; }
`;

/** Adds the section to `parent` (the sidebar's main element). */
export function mountSelfTest(parent: HTMLElement, setStatus: (text: string, error?: boolean) => void): void {
  const m = t().selfTest;
  const details = element('details', { id: 'self-test', className: 'block' });
  const button = element('button', {
    id: 'run-self-test',
    className: 'secondary',
    textContent: m.button,
  });
  button.type = 'button';
  const summary = element('p', { id: 'self-test-summary', className: 'gray' });
  const list = element('ul', { id: 'self-test-list', className: 'self-test' });
  details.append(
    element('summary', { id: 'self-test-title', textContent: m.title }),
    element('p', { id: 'self-test-help', className: 'gray', textContent: m.help }),
    button,
    summary,
    list,
  );
  parent.append(element('style', { textContent: STYLE }), details);
  button.addEventListener('click', async () => {
    button.disabled = true;
    setStatus(t().selfTest.progress);
    try {
      renderSelfTest(list, summary, await call('runSelfTest'));
      setStatus('');
    } catch (error) {
      setStatus((error as Error).message || String(error), true);
    } finally {
      button.disabled = false;
    }
  });
}

/** Words the section in the UI language again after the user picks another. */
export function renderSelfTestSection(): void {
  const m = t().selfTest;
  const set = (id: string, text: string) => {
    const el = document.getElementById(id);
    if (el) el.textContent = text;
  };
  set('self-test-title', m.title);
  set('self-test-help', m.help);
  set('run-self-test', m.button);
}
