// An incremental update (PDF 32000-1 §7.5.6): objects appended to a PDF with a cross-reference
// section for them and a trailer whose /Prev is the file's last section; every other byte of
// the file stays as it was.
import { bytesOf } from "./pdf-syntax.js";

/** An object of an update: its number, generation and body (a dictionary's text). */
export interface UpdateObject {
  readonly num: number;
  readonly gen: number;
  readonly body: string;
}

/** The file's last trailer and where its cross-reference section starts. */
export interface LastTrailer {
  readonly entries: Map<string, string>;
  readonly startxref: number;
}

const pad = (n: number, width: number) => String(n).padStart(width, "0");

/** The cross-reference section of the objects at their offsets: a subsection for each run of consecutive numbers. */
function xrefSection(objects: readonly UpdateObject[], at: ReadonlyMap<number, number>): string {
  const sorted = [...objects].sort((a, b) => a.num - b.num);
  let out = "xref\n";
  for (let i = 0; i < sorted.length; ) {
    let j = i + 1;
    while (j < sorted.length && sorted[j]?.num === (sorted[j - 1]?.num ?? 0) + 1) j++;
    out += `${sorted[i]?.num} ${j - i}\n`;
    for (const o of sorted.slice(i, j)) out += `${pad(at.get(o.num) ?? 0, 10)} ${pad(o.gen, 5)} n \n`;
    i = j;
  }
  return out;
}

/**
 * The PDF with the objects appended as an incremental update; the new trailer carries the
 * last one's /Root, /Info, /Encrypt and /ID, and /Size `size`.
 */
export function appendUpdate(
  data: Uint8Array,
  objects: readonly UpdateObject[],
  last: LastTrailer,
  size: number,
): Uint8Array {
  let out = "\n";
  const at = new Map<number, number>();
  for (const o of objects) {
    at.set(o.num, data.length + out.length);
    out += `${o.num} ${o.gen} obj\n${o.body}\nendobj\n`;
  }
  const xref = data.length + out.length;
  out += xrefSection(objects, at);
  const carried = ["Root", "Info", "Encrypt", "ID"]
    .map((k) => [k, last.entries.get(k)] as const)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `/${k} ${v}`);
  out += `trailer\n<< /Size ${size} ${carried.join(" ")} /Prev ${last.startxref} >>\n`;
  out += `startxref\n${xref}\n%%EOF\n`;
  const result = new Uint8Array(data.length + out.length);
  result.set(data);
  result.set(bytesOf(out), data.length);
  return result;
}
