// Escaping user text for HTML and for cells written with setValues.

import { describe, expect, it } from 'vitest';
import { cellText, escapeHtml } from '../../src/domain/escape';

describe('escapeHtml', () => {
  it('neutralises tags and attribute breakouts', () => {
    expect(escapeHtml('<img src=x onerror=alert(1)>')).toBe('&lt;img src=x onerror=alert(1)&gt;');
    expect(escapeHtml('" onmouseover="alert(1)')).toBe('&quot; onmouseover=&quot;alert(1)');
    expect(escapeHtml("O'Brien & Sons")).toBe('O&#39;Brien &amp; Sons');
    expect(escapeHtml('</script><script>x()</script>')).toBe(
      '&lt;/script&gt;&lt;script&gt;x()&lt;/script&gt;',
    );
  });

  it('escapes an ampersand once, so existing entities stay visible as typed', () => {
    expect(escapeHtml('&lt;')).toBe('&amp;lt;');
  });

  it('leaves other text, emoji, Hebrew and Japanese unchanged', () => {
    for (const text of ['', 'Plain text', '🚀 ok', '\u200fשלום', '東京の顧客', 'Ærlig talt – 50 %'])
      expect(escapeHtml(text)).toBe(text);
  });
});

describe('cellText', () => {
  it('prefixes an apostrophe to text Sheets would read as a formula', () => {
    for (const text of [
      '=1+1',
      '=HYPERLINK("http://evil","x")',
      '+1',
      '-1',
      '@x',
      '+47 123 45 678',
      "'quoted",
      ' =1',
      '\t=1',
    ]) {
      expect(cellText(text), text).toBe(`'${text}`);
    }
  });

  it('prefixes an apostrophe to text Sheets would read as a number, date or boolean', () => {
    for (const text of [
      '2026-10-01',
      '123',
      '1.5',
      '1,5',
      '12:30',
      '31/10/2026',
      'TRUE',
      'false',
      '10%',
      '2026-10 report',
      '.5',
    ]) {
      expect(cellText(text), text).toBe(`'${text}`);
    }
  });

  it('keeps text with digits as text: Sheets may read "$5", "(5)" or "Oct 31, 2026" as numbers or dates', () => {
    for (const text of ['Invoice INV-1001', '$5', '(5)', 'Oct 31, 2026', 'Payment reminder: invoice 17']) {
      expect(cellText(text)).toBe(`'${text}`);
    }
  });

  it('leaves ordinary text alone', () => {
    for (const text of ['', 'Acme AS', 'Trueman Ltd', 'Ölgerðin', '東京', '\u200fשלום', '🚀 Launch', 'a=b']) {
      expect(cellText(text), text).toBe(text);
    }
  });
});
