// The sidebar: loads the state in the user's UI language and wires each section. Text from the sheet
// is only ever set as textContent inside its own <bdi>, so a client called <img src=x onerror=...>
// shows as text, runs nothing, and keeps its own direction in a right-to-left sentence.

import { languageOfLocale } from '../src/domain/ui-language';
import type { SidebarState } from '../src/server-api';
import { call } from './bridge';
import { renderClassify, setClassifyMonth, wireClassify } from './sections/classify';
import { renderHealth, wireHealth } from './sections/health';
import { renderImport, wireImport } from './sections/import';
import { renderInvoice, wireInvoice } from './sections/invoice';
import { renderLanguage, wireLanguage } from './sections/language';
import { renderMonthEnd, wireMonthEnd } from './sections/month-end';
import { loadMornings, renderMornings, wireMornings } from './sections/mornings';
import { renderProblems, showProblems, wireProblems } from './sections/problems';
import { renderReminders, showReminders, wireReminders } from './sections/reminders';
import { renderReport, showClients, wireReport } from './sections/report';
import { renderSetup, wireSetup } from './sections/setup';
import { renderTimer, showTimer, showTimerClients, wireTimer } from './sections/timer';
import { mountSelfTest, renderSelfTestSection } from './self-test';
import { $, bdi, setLanguage, status, t } from './ui';

function show(state: SidebarState): void {
  setLanguage(state.uiLanguage);
  renderLanguage(state.uiLanguage, state.languagePicked);
  renderSetup();
  renderReport();
  renderInvoice();
  renderImport();
  renderHealth();
  renderTimer();
  renderClassify();
  renderSelfTestSection();
  renderReminders();
  renderProblems();
  renderMonthEnd(state.defaultMonth);
  renderMornings();
  $('setup').hidden = !state.setupNeeded;
  for (const id of [
    'report',
    'import',
    'month-end',
    'mornings',
    'timer',
    'classify',
    'reminders',
    'health',
    'problems',
  ])
    $(id).hidden = state.setupNeeded;
  if (state.setupNeeded) return;
  // What the mornings prepared since the sidebar was last opened: its own call, so a slow or
  // failing ScriptApp never holds up the rest of the sidebar.
  void loadMornings();
  showClients(state);
  showTimerClients(state.clients);
  showTimer(state.timer);
  setClassifyMonth(state.today);
  showReminders(state.reminders);
  showProblems(state.problems);
}

async function load(): Promise<void> {
  status('status', t().loading, 'progress');
  try {
    show(await call('loadSidebar'));
    status('status', '');
  } catch (error) {
    status('status', [bdi((error as Error).message)], 'error');
  }
}

// Until the server says which language the user chose, the browser's own is the best guess.
setLanguage(languageOfLocale(navigator.language));
wireSetup(load);
wireReport();
wireReminders();
wireProblems();
wireLanguage(load);
wireInvoice();
wireImport();
wireHealth();
wireMonthEnd();
wireMornings();
wireTimer();
wireClassify();
mountSelfTest(document.querySelector<HTMLElement>('main.sidebar')!, (text, error) =>
  status('status', text, error ? 'error' : 'done'),
);
void load();
