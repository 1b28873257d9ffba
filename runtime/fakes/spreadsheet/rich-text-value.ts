import { SERVICE } from '../../calls';

/** https://developers.google.com/apps-script/reference/spreadsheet/rich-text-value */
export class FakeRichTextValue {
  readonly [SERVICE] = 'RichTextValue';
  constructor(
    private readonly text: string,
    private readonly link: string | null,
  ) {}
  getText(): string {
    return this.text;
  }
  /** "The link URL for this value, or null if there is no link" (getLinkUrl()). */
  getLinkUrl(): string | null {
    return this.link;
  }
}
