// Minimal PDFs for tests and benchmarks: one line of text a page, in a standard font.

/** Options of {@link linePdf}. */
export interface LinePdfOptions {
  /** The text of page i (0-based); ASCII. */
  readonly text?: (page: number) => string;
  /**
   * Pages per node of the page tree: 0 puts every page in the one /Pages node, as many PDF
   * writers do; n groups them n at a time under intermediate nodes.
   */
  readonly fanOut?: number;
}

/** Kids of the page tree: page objects are 4, 6, 8 … (each followed by its content stream). */
const pageRef = (i: number) => `${4 + 2 * i} 0 R`;

/** The page tree: the root (object 2), and intermediate nodes numbered from `next` when grouped. */
function pageTree(
  pages: number,
  fanOut: number,
  next: number,
): { objects: Map<number, string>; parentOf: (i: number) => number } {
  const objects = new Map<number, string>();
  const kids = (from: number, to: number) =>
    Array.from({ length: to - from }, (_, k) => pageRef(from + k)).join(" ");
  if (!fanOut) {
    objects.set(2, `<< /Type /Pages /Kids [${kids(0, pages)}] /Count ${pages} >>`);
    return { objects, parentOf: () => 2 };
  }
  const groups: number[] = [];
  for (let from = 0; from < pages; from += fanOut) {
    const id = next + groups.length;
    const to = Math.min(pages, from + fanOut);
    objects.set(id, `<< /Type /Pages /Parent 2 0 R /Kids [${kids(from, to)}] /Count ${to - from} >>`);
    groups.push(id);
  }
  objects.set(2, `<< /Type /Pages /Kids [${groups.map((g) => `${g} 0 R`).join(" ")}] /Count ${pages} >>`);
  const parentOf = (i: number): number => {
    const parent = groups[Math.floor(i / fanOut)];
    if (parent === undefined) throw new RangeError(`page ${i} is beyond the page tree`);
    return parent;
  };
  return { objects, parentOf };
}

/**
 * A PDF of `pages` pages, each with one line of text (Helvetica, 12 pt, at 72/720).
 * @example linePdf(3, { text: (i) => `line ${i + 1}` })
 */
export function linePdf(pages: number, opts: LinePdfOptions = {}): Uint8Array {
  const text = opts.text ?? ((i: number) => `Page line ${i + 1}`);
  const tree = pageTree(pages, opts.fanOut ?? 0, 4 + 2 * pages);
  const objects = new Map<number, string>([
    [1, "<< /Type /Catalog /Pages 2 0 R >>"],
    [3, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"],
    ...tree.objects,
  ]);
  for (let i = 0; i < pages; i++) {
    const stream = `BT /F1 12 Tf 72 720 Td (${text(i)}) Tj ET`;
    objects.set(
      4 + 2 * i,
      `<< /Type /Page /Parent ${tree.parentOf(i)} 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents ${5 + 2 * i} 0 R >>`,
    );
    objects.set(5 + 2 * i, `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`);
  }
  const count = Math.max(...objects.keys()) + 1;
  let out = "%PDF-1.4\n";
  const offsets: number[] = [];
  for (let n = 1; n < count; n++) {
    offsets[n] = out.length;
    out += `${n} 0 obj\n${objects.get(n)}\nendobj\n`;
  }
  const xref = out.length;
  out += `xref\n0 ${count}\n0000000000 65535 f \n`;
  for (let n = 1; n < count; n++) out += `${String(offsets[n]).padStart(10, "0")} 00000 n \n`;
  out += `trailer\n<< /Size ${count} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(out);
}
