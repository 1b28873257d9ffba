// What every fake needs to know about the execution it is serving: the clock, the authorization
// mode (onOpen may run in AuthMode.NONE), and files the project ships (Sidebar.html).

export type AuthModeName = 'NONE' | 'LIMITED' | 'FULL';

export class RuntimeContext {
  /** The fake "now"; the bundle's Date reads it too. */
  now: Date;
  authMode: AuthModeName = 'FULL';
  /** Project files by name without extension, as HtmlService.createHtmlOutputFromFile sees them. */
  readonly files = new Map<string, string>();

  constructor(now: Date = new Date()) {
    this.now = now;
  }

  /**
   * In AuthMode.NONE an add-on may only build its menu; anything else throws.
   * https://developers.google.com/apps-script/add-ons/lifecycle#authorization_modes
   */
  requireAuthorization(what: string): void {
    if (this.authMode === 'NONE') {
      throw new Error(
        `Exception: You do not have permission to call ${what}. (The add-on ran in AuthMode.NONE: onOpen may only build the menu.)`,
      );
    }
  }
}
