// A flat page tree nested, so that pdfjs-dist finds each page in time independent of the
// page count. pdfjs-dist looks a page up by walking the /Pages tree from its root
// (`Catalog.getPageDict`), and at a node it pushes every kid onto its stack: where the root
// lists all N pages itself, as many writers make it, finding each page costs N steps and
// reading the document N² (1,000 → 2,000 pages: 1.8 → 7.2 s). For such a file this appends
// an incremental update (PDF 32000-1 §7.5.6) that gives the root, in place of its N kids,
// nodes of at most FAN_OUT kids each, nested as deep as needed; every other object stays as
// it is — the pages keep their /Parent, so what they inherit from the root is unchanged. Where
// the file's structure is not plainly in its bytes (a catalog or page tree inside an object
// stream, an indirect /Kids, kids that are not pages), nothing is changed.
import { dictEntries, latin1, objectOffsets, refOf } from "./pdf-syntax.js";
import { appendUpdate, type LastTrailer } from "./pdf-update.js";

/** Kids a node of the new tree holds at most. */
const FAN_OUT = 32;
/** A root with more kids than this is nested; fewer cost pdfjs-dist little. */
export const FLAT_KIDS = 64;

interface Located {
  readonly num: number;
  readonly gen: number;
  readonly entries: Map<string, string>;
}

/** The trailer dictionary the last startxref points to (a classic trailer or an xref stream's dictionary). */
function lastTrailer(text: string): LastTrailer | undefined {
  const at = text.lastIndexOf("startxref");
  const m = /^startxref\s+(\d+)/.exec(text.slice(at, at + 40));
  if (at < 0 || !m) return undefined;
  const startxref = Number(m[1]);
  const classic = text.startsWith("xref", startxref);
  const trailerAt = classic ? text.indexOf("trailer", startxref) : startxref;
  const dictAt = trailerAt < 0 ? -1 : text.indexOf("<<", trailerAt);
  const entries = dictAt < 0 ? undefined : dictEntries(text, dictAt);
  return entries ? { entries, startxref } : undefined;
}

/** The dictionary of object `ref` where its last definition is plainly in the text. */
function objectAt(
  text: string,
  offsets: ReturnType<typeof objectOffsets>,
  ref: string | undefined,
): Located | undefined {
  const r = refOf(ref);
  const at = r && offsets.get(r.num);
  if (!r || !at || at.gen !== r.gen) return undefined;
  const entries = dictEntries(text, at.body);
  return entries && { num: r.num, gen: r.gen, entries };
}

const isPage = (o: Located | undefined) => o !== undefined && /^\/Page$/.test(o.entries.get("Type") ?? "");

/** The references of an array of references ("[4 0 R 6 0 R]"), or undefined for anything else. */
function refList(value: string | undefined): string[] | undefined {
  if (value === undefined || !/^\[(?:\s*\d+\s+\d+\s+R)*\s*\]$/.test(value)) return undefined;
  return value.match(/\d+\s+\d+\s+R/g) ?? [];
}

/** The new nodes, numbered from `next`: each level groups the one below FAN_OUT at a time. */
function nest(
  kids: readonly string[],
  root: string,
  next: number,
): { top: string[]; objects: Map<number, string> } {
  const objects = new Map<number, string>();
  let level = kids.map((ref) => ({ ref, count: 1 }));
  const nodes: { kids: string[]; count: number; num: number }[][] = [];
  while (level.length > FAN_OUT) {
    const groups: { kids: string[]; count: number; num: number }[] = [];
    for (let from = 0; from < level.length; from += FAN_OUT) {
      const part = level.slice(from, from + FAN_OUT);
      const count = part.reduce((n, k) => n + k.count, 0);
      groups.push({ kids: part.map((k) => k.ref), count, num: next++ });
    }
    nodes.push(groups);
    level = groups.map((g) => ({ ref: `${g.num} 0 R`, count: g.count }));
  }
  // Parents: the nodes of the top level hang from the root, the others from the node that lists them.
  const parentOf = new Map<string, string>();
  for (const g of nodes.flat()) for (const k of g.kids) parentOf.set(k, `${g.num} 0 R`);
  for (const g of nodes.flat()) {
    const parent = parentOf.get(`${g.num} 0 R`) ?? root;
    objects.set(g.num, `<< /Type /Pages /Parent ${parent} /Kids [${g.kids.join(" ")}] /Count ${g.count} >>`);
  }
  return { top: level.map((k) => k.ref), objects };
}

/**
 * The PDF with its flat page tree nested, as an incremental update appended to it; undefined
 * when the root lists at most FLAT_KIDS kids, or its structure is not plainly in the bytes.
 * @example nestedPageTree(linePdf(3000)) // 3,000 pages, found by pdfjs-dist in a tree of nodes of 32
 */
export function nestedPageTree(data: Uint8Array): Uint8Array | undefined {
  const text = latin1(data);
  const trailer = lastTrailer(text);
  if (!trailer) return undefined;
  const offsets = objectOffsets(text);
  const catalog = objectAt(text, offsets, trailer.entries.get("Root"));
  const rootRef = catalog?.entries.get("Pages");
  const root = objectAt(text, offsets, rootRef);
  const kids = refList(root?.entries.get("Kids"));
  const size = Number(trailer.entries.get("Size"));
  if (!root || !rootRef || !kids || kids.length <= FLAT_KIDS || !Number.isInteger(size)) return undefined;
  if (Number(root.entries.get("Count")) !== kids.length) return undefined;
  if (!kids.every((k) => isPage(objectAt(text, offsets, k)))) return undefined;
  const { top, objects } = nest(kids, rootRef, size);
  const rootEntries = [...root.entries].map(([k, v]) => `/${k} ${k === "Kids" ? `[${top.join(" ")}]` : v}`);
  const update = [
    { num: root.num, gen: root.gen, body: `<< ${rootEntries.join(" ")} >>` },
    ...[...objects].map(([num, body]) => ({ num, gen: 0, body })),
  ];
  return appendUpdate(data, update, trailer, size + objects.size);
}
