// PropertiesService: the user's own store, where the sidebar remembers its UI language.
// https://developers.google.com/apps-script/reference/properties/properties-service
// https://developers.google.com/apps-script/reference/properties/properties
// Values are strings; an unknown key reads as null. Not usable in AuthMode.NONE (the AuthMode
// reference's own onOpen example: "doesn't work in AuthMode.NONE"), so the fake throws there.

import { SERVICE } from '../calls';
import type { RuntimeContext } from './context';

const bytes = (text: string) => new TextEncoder().encode(text).length;

export class FakeProperties
  implements Pick<GoogleAppsScript.Properties.Properties, 'getProperty' | 'setProperty' | 'deleteProperty'>
{
  readonly [SERVICE] = 'Properties';
  readonly values = new Map<string, string>();

  constructor(private readonly ctx: RuntimeContext) {}

  /** https://developers.google.com/apps-script/reference/properties/properties#getProperty(String) */
  getProperty(key: string): string | null {
    this.ctx.requireAuthorization('Properties.getProperty');
    return this.values.get(String(key)) ?? null;
  }

  /**
   * Stores the value as a string (the reference types it String).
   * https://developers.google.com/apps-script/reference/properties/properties#setProperty(String,String)
   */
  setProperty(key: string, value: string): GoogleAppsScript.Properties.Properties {
    this.ctx.requireAuthorization('Properties.setProperty');
    if (typeof key !== 'string' || key === '') throw new Error('Invalid argument: key');
    // The quota page: "Properties value size 9 KB / val", "Properties total storage 500 KB / property
    // store", counted here in UTF-8 bytes of keys and values.
    // https://developers.google.com/apps-script/guides/services/quotas
    const text = String(value);
    if (bytes(text) > 9 * 1024) throw new Error('Argument too large: value');
    let total = bytes(key) + bytes(text);
    for (const [k, v] of this.values) if (k !== key) total += bytes(k) + bytes(v);
    if (total > 500 * 1024)
      throw new Error(
        'You have exceeded the property storage quota. Please remove some properties and try again.',
      );
    this.values.set(key, text);
    return this as unknown as GoogleAppsScript.Properties.Properties;
  }

  /** https://developers.google.com/apps-script/reference/properties/properties#deleteProperty(String) */
  deleteProperty(key: string): GoogleAppsScript.Properties.Properties {
    this.ctx.requireAuthorization('Properties.deleteProperty');
    this.values.delete(String(key));
    return this as unknown as GoogleAppsScript.Properties.Properties;
  }
}

export class FakePropertiesService
  implements Pick<GoogleAppsScript.Properties.PropertiesService, 'getUserProperties'>
{
  readonly [SERVICE] = 'PropertiesService';
  /** One user runs the local runtime, so one user store. */
  readonly user: FakeProperties;

  constructor(private readonly ctx: RuntimeContext) {
    this.user = new FakeProperties(ctx);
  }

  /** https://developers.google.com/apps-script/reference/properties/properties-service#getUserProperties() */
  getUserProperties(): GoogleAppsScript.Properties.Properties {
    this.ctx.requireAuthorization('PropertiesService.getUserProperties');
    return this.user as unknown as GoogleAppsScript.Properties.Properties;
  }
}
