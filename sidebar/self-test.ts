// The sidebar's Self-test section, self-contained: it builds its own markup at the end of the sidebar,
// runs the self-test on request and lists each item. Text from the server is set with textContent only.

import type { SelfTestItem, SelfTestResult } from '../src/server-api';
import { call } from './bridge';

const MARK: Record<SelfTestItem['status'], string> = { passed: '✓', failed: '✗', skipped: '–' };

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
): HTMLElementTagNameMap[K] {
  return Object.assign(document.createElement(tag), props);
}

export function renderSelfTest(list: HTMLElement, summary: HTMLElement, result: SelfTestResult): void {
  const count = (status: SelfTestItem['status']) => result.items.filter((i) => i.status === status).length;
  summary.textContent = `${count('passed')} passed, ${count('failed')} failed, ${count('skipped')} skipped. ${
    result.tab
      ? `The report is in the ${result.tab} tab: send it to us.`
      : `The report could not be written to a tab: ${result.tabError}`
  }`;
  list.replaceChildren(
    ...result.items.map((item) => {
      const li = element('li', { className: `self-test-${item.status}` });
      li.dataset.id = item.id;
      li.dataset.status = item.status;
      li.append(
        element('strong', { textContent: `${MARK[item.status]} ${item.title}` }),
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
  const details = element('details', { id: 'self-test', className: 'block' });
  const button = element('button', {
    id: 'run-self-test',
    className: 'secondary',
    textContent: 'Run self-test',
  });
  button.type = 'button';
  const summary = element('p', { id: 'self-test-summary', className: 'gray' });
  const list = element('ul', { id: 'self-test-list', className: 'self-test' });
  details.append(
    element('summary', { textContent: 'Self-test (for support)' }),
    element('p', {
      className: 'gray',
      textContent:
        'Tries what the add-on relies on in your account, on scratch tabs, a scratch document and a draft it deletes again. Your tabs are not touched. Takes up to a few minutes.',
    }),
    button,
    summary,
    list,
  );
  parent.append(element('style', { textContent: STYLE }), details);
  button.addEventListener('click', async () => {
    button.disabled = true;
    setStatus('Running the self-test…');
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
