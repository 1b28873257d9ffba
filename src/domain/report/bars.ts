// Bars the Docs HTML import can keep: a one-row table whose cells have background colours and widths
// (the report and the printable sheet). No images, no CSS the import drops. Whether Docs keeps the
// widths and colours is on the first-run list, docs/first-run.md (self-test item doc-import).

/** One coloured cell of a bar; an nbsp keeps the cell from collapsing. */
function cell(width: number, background: string, height: number): string {
  return `<td style="width:${width}%;height:${height}px;padding:0;border:0;background-color:${background};font-size:4pt;line-height:4pt;">&nbsp;</td>`;
}

/** A progress bar: `share` (0..1) filled in `colour`, the rest grey; fills from the right in RTL. */
export function progressBarHtml(share: number, colour = '#1a73e8', rtl = false): string {
  const percent = Math.round(Math.min(1, Math.max(0, share)) * 100);
  const cells = [
    percent > 0 ? cell(percent, colour, 8) : '',
    percent < 100 ? cell(100 - percent, '#e0e0e0', 8) : '',
  ];
  const dir = rtl ? ' dir="rtl"' : '';
  return `<table${dir} style="border-collapse:collapse;width:60%;margin:2px 0 8px;"><tr>${cells.join('')}</tr></table>`;
}

export interface BarPart {
  share: number;
  colour: string;
}

/** A split bar: one cell per part with a share above zero, widths in whole percent adding to 100. */
export function splitBarHtml(parts: readonly BarPart[], rtl = false): string {
  const shown = parts.filter((p) => p.share > 0);
  const total = shown.reduce((sum, p) => sum + p.share, 0);
  if (total <= 0) return '';
  let used = 0;
  const cells = shown.map((p, i) => {
    // The last part takes what rounding left, so the cells always fill the row exactly.
    const width = i === shown.length - 1 ? 100 - used : Math.round((p.share / total) * 100);
    used += width;
    return cell(width, p.colour, 12);
  });
  const dir = rtl ? ' dir="rtl"' : '';
  return `<table${dir} style="border-collapse:collapse;width:100%;"><tr>${cells.join('')}</tr></table>`;
}
