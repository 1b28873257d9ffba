// The spreadsheet UI: the add-on menu, alerts and the sidebar.
// https://developers.google.com/apps-script/reference/base/ui

import { SERVICE } from '../calls';
import type { FakeHtmlOutput } from './html';

/** https://developers.google.com/apps-script/reference/base/menu */
export class FakeMenu {
  readonly [SERVICE] = 'Menu';
  readonly items: { caption: string; functionName: string }[] = [];
  constructor(private readonly ui: FakeUi) {}
  addItem(caption: string, functionName: string): this {
    this.items.push({ caption, functionName });
    return this;
  }
  addSeparator(): this {
    return this;
  }
  addToUi(): void {
    this.ui.menus.push(this);
  }
}

type ButtonName = 'OK' | 'CANCEL' | 'YES' | 'NO' | 'CLOSE';

export class FakeUi {
  readonly [SERVICE] = 'Ui';
  readonly menus: FakeMenu[] = [];
  readonly sidebars: FakeHtmlOutput[] = [];
  readonly alerts: { title: string; prompt: string }[] = [];
  /** Scripted answers, one per alert; an alert with none scripted fails the run (strict). */
  readonly answers: ButtonName[] = [];
  readonly Button = { OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO', CLOSE: 'CLOSE' } as const;
  readonly ButtonSet = {
    OK: 'OK',
    OK_CANCEL: 'OK_CANCEL',
    YES_NO: 'YES_NO',
    YES_NO_CANCEL: 'YES_NO_CANCEL',
  } as const;

  createAddonMenu(): FakeMenu {
    return new FakeMenu(this);
  }
  /** https://developers.google.com/apps-script/reference/base/ui#alert(String,String,ButtonSet) */
  alert(titleOrPrompt: string, prompt?: string, _buttons?: string): ButtonName {
    const title = prompt === undefined ? '' : titleOrPrompt;
    this.alerts.push({ title, prompt: prompt ?? titleOrPrompt });
    const answer = this.answers.shift();
    if (!answer) throw new Error(`unexpected dialog: ${title || titleOrPrompt}`);
    return answer;
  }
  showSidebar(html: FakeHtmlOutput): void {
    this.sidebars.push(html);
  }
}
