// Problems in the sheet: each one links to its cell.

import { sayPieces } from '../../src/domain/problems/render';
import type { Diagnostic } from '../../src/domain/types';
import { call } from '../bridge';
import { $, bdi, busy, element, fill, status, t, ui } from '../ui';

/**
 * "Tasks, row 3, Hours: what is wrong. What to do." in the UI language: the sheet's names and every
 * value from the sheet isolated, so each keeps its own direction inside the sentence.
 */
export function problemLine(d: Diagnostic): Node[] {
  const where = fill(t().problems.where, { sheet: d.sheet, row: d.row, column: d.column || '—' });
  const what = d.says?.length
    ? sayPieces<Node>(
        d.says,
        ui(),
        (text) => document.createTextNode(text),
        (value) => bdi(value),
      )
    : [bdi(d.message)];
  return [...where, document.createTextNode(t().problems.colon), ...what];
}

export function problemItem(d: Diagnostic, statusId: string): HTMLLIElement {
  const li = element('li', problemLine(d));
  li.addEventListener('click', () => {
    call('selectCell', { sheet: d.sheet, row: d.row, column: d.column }).catch((e: Error) =>
      status(statusId, [bdi(e.message)], 'error'),
    );
  });
  return li;
}

export function showProblems(problems: Diagnostic[]): void {
  const list = $('problem-list');
  list.replaceChildren(...problems.map((d) => problemItem(d, 'check-status')));
  if (problems.length === 0) list.replaceChildren(element('li', [t().problems.none], 'plain'));
}

export function renderProblems(): void {
  const m = t().problems;
  $('problems-title').textContent = m.title;
  $('check-sheet').textContent = m.button;
}

export function wireProblems(): void {
  $('check-sheet').addEventListener('click', async () => {
    const result = await busy(
      $<HTMLButtonElement>('check-sheet'),
      'check-status',
      t().problems.progress,
      () => call('checkSheet'),
    );
    if (result) showProblems(result.problems);
  });
}
