// HtmlService: the sidebar comes from the project file Sidebar.html.
// https://developers.google.com/apps-script/reference/html/html-service

import { SERVICE } from '../calls';
import type { RuntimeContext } from './context';

/** https://developers.google.com/apps-script/reference/html/html-output */
export class FakeHtmlOutput {
  readonly [SERVICE] = 'HtmlOutput';
  private title = '';
  constructor(private content: string) {}
  setTitle(title: string): this {
    this.title = title;
    return this;
  }
  getTitle(): string {
    return this.title;
  }
  getContent(): string {
    return this.content;
  }
  append(html: string): this {
    this.content += html;
    return this;
  }
}

export class FakeHtmlService {
  readonly [SERVICE] = 'HtmlService';
  constructor(private readonly ctx: RuntimeContext) {}

  createHtmlOutputFromFile(name: string): FakeHtmlOutput {
    const content = this.ctx.files.get(name.replace(/\.html$/, ''));
    if (content === undefined) throw new Error(`Exception: No HTML file named ${name} was found.`);
    return new FakeHtmlOutput(content);
  }
  createHtmlOutput(html = ''): FakeHtmlOutput {
    return new FakeHtmlOutput(html);
  }
}
