// Session: the user's UI locale (for the sidebar's direction) and the script's time zone.
// https://developers.google.com/apps-script/reference/base/session

import { SERVICE } from '../calls';
import type { RuntimeContext } from './context';

export class FakeSession
  implements Pick<GoogleAppsScript.Base.Session, 'getActiveUserLocale' | 'getScriptTimeZone'>
{
  readonly [SERVICE] = 'Session';

  constructor(
    public locale = 'en',
    /** The manifest's timeZone: not the spreadsheet's (docs/platform.md#spreadsheetapp). */
    private readonly scriptTimeZone = 'Etc/UTC',
    /** When given, the locale is refused in AuthMode.NONE (UNVERIFIED, strict: docs/first-run.md). */
    private readonly ctx?: RuntimeContext,
  ) {}

  /** https://developers.google.com/apps-script/reference/base/session#getActiveUserLocale() */
  getActiveUserLocale(): string {
    this.ctx?.requireAuthorization('Session.getActiveUserLocale');
    return this.locale;
  }

  getScriptTimeZone(): string {
    return this.scriptTimeZone;
  }
}
