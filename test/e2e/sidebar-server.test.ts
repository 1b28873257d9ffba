// What the sidebar asks of the server, run on the bundle: the checklist's keys, the UI language (menu,
// errors, the remembered pick), Terms confirmed written into one checked cell, and `remind --only`.

import { describe, expect, it } from 'vitest';
import { runCommand } from '../../runtime/cli';
import type { DraftsResult, ReminderItem, SidebarState } from '../../src/server-api';
import { TODAY, sampleRuntime, tempDir } from '../support/runtime';

describe('reminders checklist on the server', () => {
  it('lists payment chasers first with stable keys, and drafts exactly the keys given', async () => {
    const runtime = await sampleRuntime();
    const items = runtime.run<ReminderItem[]>('listReminders');
    const firstOther = items.findIndex((i) => i.kind !== 'payment');
    expect(firstOther).toBeGreaterThan(0);
    expect(items.slice(firstOther).some((i) => i.kind === 'payment')).toBe(false);
    expect(new Set(items.map((i) => i.key)).size).toBe(items.length);
    expect(runtime.run<ReminderItem[]>('listReminders').map((i) => i.key)).toEqual(items.map((i) => i.key));
    const late = items.find((i) => i.invoice === 'INV-1006')!;
    expect([late.stage, late.daysLate, late.amount, late.currency]).toEqual([2, 9, 30600, 'NOK']);

    const chosen = [items[0]!.key, items[firstOther]!.key];
    runtime.calls.reset();
    const result = runtime.run<DraftsResult>('createDrafts', { keys: chosen, ui: 'nb' });
    expect(result.drafts.map((d) => d.kind)).toEqual([items[0]!.kind, items[firstOther]!.kind]);
    expect(result.notDue).toEqual([]);
    // A full run's fixed calls (one read per tab, the zone, the lock and its flush, the stage cells'
    // formulas, the stage and date writes, the log row: 14) and at most two per draft (the invoice
    // file from Drive, the Gmail draft): choosing costs nothing extra.
    expect(runtime.calls.summary().total).toBeLessThanOrEqual(14 + 2 * 2);

    const again = runtime.run<DraftsResult>('createDrafts', { keys: chosen });
    expect(again.drafts).toEqual([]);
    expect(again.notDue).toEqual(chosen);
    const left = runtime.run<ReminderItem[]>('listReminders').map((i) => i.key);
    expect(left).toHaveLength(items.length - 2);
    expect(left).not.toContain(chosen[0]);
  });

  it('one cover email per report: the second request returns the first draft and makes none', async () => {
    const runtime = await sampleRuntime();
    runtime.run('generateReport', { client: 'Bakeriet Solsikke AS', month: '2026-10' });
    const request = { kinds: ['report'], report: { client: 'Bakeriet Solsikke AS', month: '2026-10' } };
    const first = runtime.run<DraftsResult>('createDrafts', request);
    expect(first.drafts).toHaveLength(1);
    const second = runtime.run<DraftsResult>('createDrafts', request);
    expect(second.drafts).toEqual([]);
    expect(second.existing?.date).toBe(TODAY);
    expect(second.existing?.link).toBe(first.drafts[0]!.link);
    expect(runtime.gmail.drafts).toHaveLength(1);
    // Another month is another report.
    runtime.run('generateReport', { client: 'Bakeriet Solsikke AS', month: '2026-09' });
    const other = runtime.run<DraftsResult>('createDrafts', {
      kinds: ['report'],
      report: { client: 'Bakeriet Solsikke AS', month: '2026-09' },
    });
    expect(other.drafts).toHaveLength(1);
  });
});

describe('UI language', () => {
  it('follows the Google locale, then the pick remembered per user; the menu follows it', async () => {
    const runtime = await sampleRuntime({ locale: 'iw' });
    expect(runtime.run<SidebarState>('loadSidebar').uiLanguage).toBe('he');
    runtime.run('setUiLanguage', 'ja');
    const state = runtime.run<SidebarState>('loadSidebar');
    expect([state.uiLanguage, state.languagePicked]).toEqual(['ja', true]);
    runtime.trigger('onOpen', 'FULL');
    expect(runtime.app.ui.menus.at(-1)!.items.map((i) => i.caption)).toEqual([
      'サイドバーを開く',
      '管理シートを準備',
      'シートをチェック',
      'セルフテストを実行',
    ]);
    runtime.run('setUiLanguage', '');
    expect(runtime.run<SidebarState>('loadSidebar').uiLanguage).toBe('he');
    expect(() => runtime.run('setUiLanguage', 'de')).toThrow(/Unknown language/);
  });

  it('in AuthMode.NONE the menu is built without touching properties or the locale, in English', async () => {
    const runtime = await sampleRuntime({ locale: 'nb' });
    runtime.run('setUiLanguage', 'ja');
    runtime.trigger('onOpen', 'NONE');
    expect(runtime.app.ui.menus.at(-1)!.items.map((i) => i.caption)).toEqual([
      'Open sidebar',
      'Set up tracking sheet',
      'Check sheet',
      'Run self-test',
    ]);
    runtime.trigger('onOpen', 'LIMITED');
    expect(runtime.app.ui.menus.at(-1)!.items[0]!.caption).toBe('サイドバーを開く');
  });

  it('says request errors in the language the sidebar sends', async () => {
    const runtime = await sampleRuntime();
    expect(() => runtime.run('generateReport', { client: '', month: '2026-10', ui: 'nb' })).toThrow(
      'Velg en kunde først.',
    );
    expect(() => runtime.run('generateReport', { client: 'X', month: 'okt', ui: 'ja' })).toThrow(
      /月として読めません/,
    );
    const other = runtime.lock.holdByOtherExecution();
    expect(() =>
      runtime.run('generateReport', { client: 'Bakeriet Solsikke AS', month: '2026-10', ui: 'he' }),
    ).toThrow('פעולה אחרת רצה כרגע בגיליון הזה. כדאי להמתין רגע ולנסות שוב.');
    other.release();
    expect(() =>
      runtime.run('createDrafts', { report: { client: 'Bakeriet Solsikke AS', month: '2026-08' }, ui: 'is' }),
    ).toThrow(
      'Búðu fyrst til skýrsluna fyrir ágúst 2026 handa Bakeriet Solsikke AS og skrifaðu svo tölvupóstinn.',
    );
    expect(() =>
      runtime.run('createDrafts', { report: { client: 'Nobody', month: '2026-08' }, ui: 'nb' }),
    ).toThrow('Det finnes ingen kunde som heter «Nobody» i fanen Clients.');
    const again = runtime.lock.holdByOtherExecution();
    // Without a language (the runner), the English sentence.
    expect(() => runtime.run('generateReport', { client: 'Bakeriet Solsikke AS', month: '2026-10' })).toThrow(
      /^Something else is running in this spreadsheet/,
    );
    again.release();
  });
});

describe('Terms confirmed', () => {
  it('offers terms to a new client only, and writes today into that one cell after checking the row', async () => {
    const runtime = await sampleRuntime();
    const clients = runtime.spreadsheet.getSheetByName('Clients')!;
    const header = clients.getRange(1, 1, 1, clients.getLastColumn()).getValues()[0]!;
    const termsAt = header.indexOf('Terms confirmed') + 1;
    expect(termsAt).toBeGreaterThan(0);
    const row = clients.getLastRow() + 1;
    runtime.spreadsheet.rawWrite('Clients', row, 1, [['Nyhavn Kaffe', 'Mette', 'mette@nyhavn.example.dk']]);
    runtime.spreadsheet.rawWrite('Clients', row, header.indexOf('Status') + 1, [['active']]);
    const terms = runtime.run<ReminderItem[]>('listReminders').filter((i) => i.kind === 'terms');
    expect(terms.map((i) => [i.client, i.clientRow])).toEqual([['Nyhavn Kaffe', row]]);

    expect(() => runtime.run('confirmTerms', { client: 'Nyhavn Kaffe', row: 2, ui: 'en' })).toThrow(
      /Row 2 of the Clients tab no longer holds “Nyhavn Kaffe”/,
    );
    const before = clients.getRange(1, 1, row, clients.getLastColumn()).getValues();
    runtime.calls.reset();
    expect(runtime.run('confirmTerms', { client: 'Nyhavn Kaffe', row })).toEqual({ date: TODAY });
    expect(runtime.calls.summary().byMethod).toMatchObject({ 'Range.setValue': 1 });
    const after = clients.getRange(1, 1, row, clients.getLastColumn()).getValues();
    // Dates made inside the bundle's realm fail instanceof here: compare any object by its value.
    const same = (a: unknown, b: unknown) =>
      a !== null && typeof a === 'object' ? Number(a) === Number(b) : a === b;
    const changed = after.flatMap((line, r) =>
      line.flatMap((v, c) => (same(v, before[r]![c]) ? [] : [[r + 1, c + 1]])),
    );
    expect(changed).toEqual([[row, termsAt]]);
    expect(Object.prototype.toString.call(after[row - 1]![termsAt - 1])).toBe('[object Date]');
    expect(runtime.run<ReminderItem[]>('listReminders').filter((i) => i.kind === 'terms')).toEqual([]);
  });
});

describe('remind --only', () => {
  it('drafts only the kinds given; without it every due item; an unknown kind is a usage error', async () => {
    const dir = tempDir();
    const saved = `${dir}/sheet.xlsx`;
    await runCommand(['setup', '--sample', '--today', TODAY, '--save', saved]);
    const only = await runCommand([
      'remind',
      '--workbook',
      saved,
      '--today',
      TODAY,
      '--out',
      dir,
      '--only',
      'payment,check-in',
    ]);
    const kinds = new Set((only.output.drafts as { kind: string }[]).map((d) => d.kind));
    expect([...kinds].sort()).toEqual(['check-in', 'payment']);
    const all = await runCommand(['remind', '--workbook', saved, '--today', TODAY, '--out', dir]);
    expect(new Set((all.output.drafts as { kind: string }[]).map((d) => d.kind)).size).toBeGreaterThan(2);
    await expect(runCommand(['remind', '--only', 'payment,invoices'])).rejects.toThrow(/--only takes kinds/);
  });
});
