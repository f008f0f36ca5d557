/**
 * The text of a printed PDF as lines, page by page (pages separated by "\f", as `pdftotext -layout` gives them), read
 * with unpdf (pdf.js without a native canvas) so the print tests need nothing installed on the machine.
 * Text pieces whose baselines lie within half a glyph of each other form one line, left to right, joined by a space
 * where a gap separates them: what the tests ask of a line ("a date is not broken across two lines", "this clause and its
 * status are in one row") is what a reader sees on the page.
 */
import { readFile } from 'node:fs/promises';
import { getDocumentProxy } from 'unpdf';

interface Piece {
  x: number;
  y: number;
  width: number;
  size: number;
  str: string;
}

/** Orders one page's pieces into lines. */
export function linesOf(pieces: readonly Piece[]): string[] {
  const lines: Piece[][] = [];
  for (const p of [...pieces].sort((a, b) => b.y - a.y || a.x - b.x)) {
    const line = lines.find((l) => Math.abs((l[0]?.y ?? Infinity) - p.y) < Math.max(p.size, 1) / 2);
    if (line) line.push(p);
    else lines.push([p]);
  }
  return lines.map((line) => {
    let out = '';
    let end = -Infinity;
    for (const p of line.sort((a, b) => a.x - b.x)) {
      // A gap of more than a fifth of a glyph is a space on the page (between cells, or words set apart).
      if (out && p.x - end > p.size / 5) out += ' ';
      out += p.str;
      end = Math.max(end, p.x + p.width);
    }
    return out;
  });
}

export async function pdfText(file: string): Promise<string> {
  const doc = await getDocumentProxy(new Uint8Array(await readFile(file)));
  const pages: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    const pieces: Piece[] = [];
    for (const item of content.items) {
      if (!('str' in item) || item.str.trim() === '') continue;
      const [, , , d = 0, e = 0, f = 0] = item.transform as number[];
      pieces.push({ x: e, y: f, width: item.width, size: Math.abs(d) || item.height, str: item.str });
    }
    pages.push(linesOf(pieces).join('\n'));
  }
  await doc.cleanup();
  return pages.join('\n\f');
}
