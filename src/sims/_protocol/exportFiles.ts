/**
 * Export from a simulator: each chart as SVG or PNG and each table as CSV,
 * as the reader sees them (current language, current settings). The file
 * name carries the figure, the simulator, the model and device and the rest
 * of the settings, so a folder of exports stays readable.
 */

/** A file-name part: letters (any script), digits, dot and dash; the rest becomes '-'. */
export function fileSafe(text: string, max = 60): string {
  return text.normalize('NFC').replace(/[^\p{L}\p{N}.]+/gu, '-').replace(/-+/g, '-').replace(/^-|-$/g, '').slice(0, max);
}

/** The export's file name: `<caption>_<simulator>_<model>_<device>_<settings>.<ext>`. */
export function exportFileName(o: { readonly caption?: string; readonly name: string; readonly state: Readonly<Record<string, unknown>>; readonly settings: string; readonly index: number; readonly kind: string; readonly ext: string }): string {
  const captionStart = fileSafe((o.caption ?? '').split(/\s+/)[0] ?? '', 12);
  const ids = Object.entries(o.state)
    .filter(([k, v]) => /model|hardware|device|link/i.test(k) && typeof v === 'string')
    .map(([, v]) => fileSafe(String(v), 30));
  const settings = fileSafe(o.settings.replace(/^\d+~?/, '').replace(/~/g, '_'), 60);
  return [captionStart, o.name, ...ids, settings, `${o.kind}${o.index + 1}`].filter(Boolean).join('_') + `.${o.ext}`;
}

/** A standalone SVG document of a chart: colours and fonts fixed, its text summary as the title. */
export function svgDocument(svg: SVGSVGElement): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const box = svg.viewBox.baseVal;
  const width = box && box.width > 0 ? box.width : svg.getBoundingClientRect().width;
  const height = box && box.height > 0 ? box.height : svg.getBoundingClientRect().height;
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(Math.round(width)));
  clone.setAttribute('height', String(Math.round(height)));
  clone.removeAttribute('class');
  const style = document.createElementNS('http://www.w3.org/2000/svg', 'style');
  const font = getComputedStyle(svg).fontFamily || 'sans-serif';
  style.textContent = `svg{color:#111;background:#fff;font-family:${font}}text{font-family:${font}}`;
  clone.insertBefore(style, clone.firstChild);
  const label = svg.getAttribute('aria-label');
  if (label) {
    const title = document.createElementNS('http://www.w3.org/2000/svg', 'title');
    title.textContent = label;
    clone.insertBefore(title, clone.firstChild);
  }
  const background = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', '#fff');
  clone.insertBefore(background, style.nextSibling);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(clone)}`;
}

/** The chart as PNG at `scale`× its logical size. */
export function svgToPng(svgText: string, width: number, height: number, scale = 2): Promise<Blob> {
  return new Promise((resolve, reject) => {
    const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml;charset=utf-8' }));
    const img = new Image();
    img.onload = () => {
      const canvas = document.createElement('canvas');
      canvas.width = Math.round(width * scale);
      canvas.height = Math.round(height * scale);
      const ctx = canvas.getContext('2d');
      if (!ctx) {
        URL.revokeObjectURL(url);
        reject(new Error('no 2d canvas'));
        return;
      }
      ctx.fillStyle = '#fff';
      ctx.fillRect(0, 0, canvas.width, canvas.height);
      ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
      URL.revokeObjectURL(url);
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png');
    };
    img.onerror = () => {
      URL.revokeObjectURL(url);
      reject(new Error('the chart could not be drawn'));
    };
    img.src = url;
  });
}

function csvField(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return /[",\n\r]/.test(t) || /^[=+\-@]/.test(t) ? `"${t.replace(/"/g, '""')}"` : t;
}

/**
 * A table as CSV: UTF-8 with a byte-order mark (so Excel reads Chinese
 * correctly), one line per row, header rows first. Cells that a spreadsheet
 * would run as a formula are quoted.
 */
export function tableToCsv(table: HTMLTableElement): string {
  const lines: string[] = [];
  for (const row of Array.from(table.rows)) {
    const cells = Array.from(row.cells).map((cell) => {
      const copy = cell.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('[aria-hidden="true"], .ui-sort-mark').forEach((n) => n.remove());
      return csvField(copy.textContent ?? '');
    });
    lines.push(cells.join(','));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
