// A minimal, synchronous PDF writer for the Drive fake's export of a Google Doc: the Doc's text, one
// line per paragraph, heading, list item or table row, wrapped and paged on A4. Not a renderer: no
// embedded glyphs. Text is drawn with a Type0 font in Identity-H whose CIDs are the UTF-16 code
// units and whose ToUnicode CMap maps them back, so any PDF reader extracts Latin, Hebrew and
// Japanese text exactly (PDF 1.7, ISO 32000-1 §9.7 composite fonts, §9.10.3 ToUnicode CMaps).

const PAGE_WIDTH = 595;
const PAGE_HEIGHT = 842;
const MARGIN = 50;
const FONT_SIZE = 10;
const LEADING = 14;
const LINES_PER_PAGE = Math.floor((PAGE_HEIGHT - 2 * MARGIN) / LEADING);
/** Line width in half-em units: a wide (CJK) character takes two, anything else one. */
const LINE_UNITS = Math.floor((PAGE_WIDTH - 2 * MARGIN) / (FONT_SIZE / 2));

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code =
        name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** The text of an HTML document, one line per block (headings, paragraphs, items, table rows). */
export function htmlToLines(html: string): string[] {
  const body = html
    .replace(/<head[\s\S]*?<\/head>/gi, '')
    .replace(/<(style|script)[\s\S]*?<\/\1>/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '');
  const marked = body
    .replace(/<\/(td|th)\s*>/gi, '\u0001')
    .replace(/<(br|hr)\b[^>]*>/gi, '\n')
    .replace(
      /<\/?(p|div|h[1-6]|li|tr|table|thead|tbody|tfoot|ul|ol|section|header|footer|caption)\b[^>]*>/gi,
      '\n',
    )
    .replace(/<[^>]*>/g, '');
  return decodeEntities(marked)
    .split('\n')
    .map((line) =>
      line
        .split('\u0001')
        .map((cell) => cell.replace(/\s+/g, ' ').trim())
        .filter((cell) => cell !== '')
        .join('   '),
    )
    .filter((line) => line !== '');
}

function isWide(code: number): boolean {
  return code >= 0x2e80;
}

/** Wraps at spaces where it can, else anywhere (Japanese has no spaces). */
function wrap(line: string): string[] {
  const out: string[] = [];
  let current = '';
  let units = 0;
  let lastSpace = -1;
  for (const ch of line) {
    const w = isWide(ch.charCodeAt(0)) ? 2 : 1;
    if (units + w > LINE_UNITS) {
      if (lastSpace > 0) {
        out.push(current.slice(0, lastSpace));
        current = current.slice(lastSpace + 1);
      } else {
        out.push(current);
        current = '';
      }
      units = [...current].reduce((n, c) => n + (isWide(c.charCodeAt(0)) ? 2 : 1), 0);
      lastSpace = -1;
    }
    if (ch === ' ') lastSpace = current.length;
    current += ch;
    units += w;
  }
  if (current) out.push(current);
  return out;
}

/** Code units drawn: bidi controls are dropped (invisible), astral characters become U+FFFD. */
function codeUnits(text: string): number[] {
  const units: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if ((code >= 0x2066 && code <= 0x2069) || (code >= 0x202a && code <= 0x202e)) continue;
    units.push(code > 0xffff ? 0xfffd : code);
  }
  return units;
}

const isRtl = (c: number) =>
  (c >= 0x0590 && c <= 0x08ff) || (c >= 0xfb1d && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfeff);
const isLtr = (c: number) => /[\p{L}\p{N}]/u.test(String.fromCharCode(c)) && !isRtl(c);

/**
 * Visual order for a line holding right-to-left text, as PDF content streams store it (readers
 * reorder it back to logical order). A simplified Unicode bidi algorithm (UAX #9): the paragraph
 * direction is that of its first strong character; neutrals between runs of one direction join
 * them, other neutrals take the paragraph direction.
 */
export function visualOrder(units: number[]): number[] {
  if (!units.some(isRtl)) return units;
  const strong = units.map((c) => (isRtl(c) ? 'R' : isLtr(c) ? 'L' : null));
  const base = strong.find((d) => d !== null) ?? 'L';
  const levels = strong.map((d, i) => {
    if (d) return d;
    let before: string | null = null;
    for (let j = i - 1; j >= 0 && !before; j--) before = strong[j] ?? null;
    let after: string | null = null;
    for (let j = i + 1; j < units.length && !after; j++) after = strong[j] ?? null;
    return before && before === after ? before : base;
  });
  const runs: { dir: string; units: number[] }[] = [];
  units.forEach((c, i) => {
    const last = runs[runs.length - 1];
    if (last && last.dir === levels[i]) last.units.push(c);
    else runs.push({ dir: levels[i]!, units: [c] });
  });
  const shaped = runs.map((r) => (r.dir === 'R' ? [...r.units].reverse() : r.units));
  return (base === 'R' ? shaped.reverse() : shaped).flat();
}

const hex4 = (n: number) => n.toString(16).toUpperCase().padStart(4, '0');

function toUnicodeCMap(used: number[]): string {
  const chunks: string[] = [];
  for (let i = 0; i < used.length; i += 100) {
    const part = used.slice(i, i + 100);
    chunks.push(
      `${part.length} beginbfchar\n${part.map((c) => `<${hex4(c)}> <${hex4(c)}>`).join('\n')}\nendbfchar`,
    );
  }
  return [
    '/CIDInit /ProcSet findresource begin',
    '12 dict begin',
    'begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def',
    '/CMapType 2 def',
    '1 begincodespacerange',
    '<0000> <FFFF>',
    'endcodespacerange',
    ...chunks,
    'endcmap',
    'CMapName currentdict /CMap defineresource pop',
    'end',
    'end',
  ].join('\n');
}

/** A PDF of the HTML document's text. Deterministic: the same HTML gives the same bytes. */
export function htmlToPdf(html: string, title: string): Uint8Array {
  const lines = htmlToLines(html).flatMap(wrap).map(codeUnits).map(visualOrder);
  const pages: number[][][] = [];
  for (let i = 0; i < Math.max(1, lines.length); i += LINES_PER_PAGE)
    pages.push(lines.slice(i, i + LINES_PER_PAGE));
  const used = [...new Set(lines.flat())].sort((a, b) => a - b);

  const objects: string[] = [];
  const add = (body: string) => {
    objects.push(body);
    return objects.length;
  };
  const stream = (dict: string, data: string) =>
    `<< ${dict} /Length ${data.length} >>\nstream\n${data}\nendstream`;

  const catalog = add(''); // filled in below, once the page tree's number is known
  const pagesId = add('');
  const cmap = add(stream('', toUnicodeCMap(used)));
  const widths = used.map((c) => `${c} [${isWide(c) ? 1000 : 500}]`).join(' ');
  const descendant = add(
    '<< /Type /Font /Subtype /CIDFontType2 /BaseFont /FVTSans /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> ' +
      `/FontDescriptor ${objects.length + 2} 0 R /DW 1000 /W [${widths}] /CIDToGIDMap /Identity >>`,
  );
  const font = add(
    `<< /Type /Font /Subtype /Type0 /BaseFont /FVTSans /Encoding /Identity-H /DescendantFonts [${descendant} 0 R] /ToUnicode ${cmap} 0 R >>`,
  );
  add(
    '<< /Type /FontDescriptor /FontName /FVTSans /Flags 32 /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 900 /Descent -200 /CapHeight 700 /StemV 80 >>',
  );
  const pageIds: number[] = [];
  for (const page of pages) {
    const text = page.map((units) => `<${units.map(hex4).join('')}> Tj T*`).join('\n');
    const content = add(
      stream(
        '',
        `BT\n/F1 ${FONT_SIZE} Tf\n${LEADING} TL\n${MARGIN} ${PAGE_HEIGHT - MARGIN - FONT_SIZE} Td\n${text}\nET`,
      ),
    );
    pageIds.push(
      add(
        `<< /Type /Page /Parent ${pagesId} 0 R /MediaBox [0 0 ${PAGE_WIDTH} ${PAGE_HEIGHT}] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${content} 0 R >>`,
      ),
    );
  }
  objects[pagesId - 1] =
    `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pageIds.length} >>`;
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pagesId} 0 R >>`;
  const info = add(
    `<< /Title <FEFF${codeUnits(title).map(hex4).join('')}> /Producer (Freelance Value Tracker local runtime) >>`,
  );

  // Everything above is ASCII, so string length is byte length for the cross-reference offsets.
  let out = '%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  out += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R /Info ${info} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Uint8Array.from(Buffer.from(out, 'latin1'));
}
