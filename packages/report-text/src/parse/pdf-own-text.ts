// The text layer of a PDF read without pdfjs-dist, for the files whose every step it takes
// the way pdfjs-dist takes it (see pdf-objects, pdf-fonts, pdf-content): the same items, so
// the same lines and cells, at a fraction of the cost — no font program parsed, no module of
// 2 MB compiled in each worker. A file it does not follow throws PdfUnsupported, and is read
// with pdfjs-dist as before. The pages are found as pdfjs-dist finds them: the page tree from
// the catalog, a node with /Type /Page or without /Kids being a page, /Count trusted only where
// it is right; /MediaBox and /CropBox inherited, /Resources inherited and merged key by key.
import type { ContentContext } from "./pdf-content.js";
import { contentTextItems, operatorBudget } from "./pdf-content.js";
import { type PdfDict, PdfName, PdfStream, PdfUnsupported, type PdfValue } from "./pdf-lexer.js";
import { PdfObjects } from "./pdf-objects.js";
import { concatBytes } from "./pdf-syntax.js";
import type { RawTextItem } from "./pdf-text-chunks.js";

export { PdfTooComplex, PdfUnsupported } from "./pdf-lexer.js";
export type { RawTextItem } from "./pdf-text-chunks.js";

/** Levels of the page tree followed at most. */
const MAX_TREE_DEPTH = 64;
/** The page size pdfjs-dist takes when a page gives none (US Letter). */
const LETTER: Rect = [0, 0, 612, 792];

/** A page: its dictionary and the nodes it inherits from (by /Parent, nearest first). */
interface PageNode {
  readonly dict: PdfDict;
  readonly parents: readonly PdfDict[];
}

function dictOf(objects: PdfObjects, v: PdfValue | undefined): PdfDict | undefined {
  const d = objects.resolve(v);
  return d instanceof Map ? d : undefined;
}

/** The nodes a page inherits from, as pdfjs-dist follows them: /Parent after /Parent, each once. */
function parentChain(objects: PdfObjects, page: PdfDict): PdfDict[] {
  const out: PdfDict[] = [];
  const seen = new Set<PdfDict>([page]);
  for (let d = dictOf(objects, page.get("Parent")); d && !seen.has(d); d = dictOf(objects, d.get("Parent"))) {
    if (out.length >= MAX_TREE_DEPTH) throw new PdfUnsupported("a page tree too deep");
    seen.add(d);
    out.push(d);
  }
  return out;
}

/** The leaves of the page tree in order; PdfUnsupported where a /Count is wrong or the tree loops. */
function pageNodes(objects: PdfObjects, root: PdfDict): PageNode[] {
  const pages: PageNode[] = [];
  const seen = new Set<PdfDict>();
  const walk = (node: PdfDict, depth: number): number => {
    if (seen.has(node) || depth > MAX_TREE_DEPTH) throw new PdfUnsupported("a page tree that loops");
    seen.add(node);
    const type = objects.resolve(node.get("Type"));
    if ((type instanceof PdfName && type.name === "Page") || !node.has("Kids")) {
      pages.push({ dict: node, parents: parentChain(objects, node) });
      return 1;
    }
    const kids = objects.resolve(node.get("Kids"));
    if (!Array.isArray(kids)) throw new PdfUnsupported("page-tree /Kids that is not an array");
    let count = 0;
    for (const kid of kids) {
      const d = dictOf(objects, kid);
      if (!d) throw new PdfUnsupported("a page-tree kid that is not a dictionary");
      count += walk(d, depth + 1);
    }
    const declared = objects.resolve(node.get("Count"));
    if (declared !== undefined && declared !== count)
      throw new PdfUnsupported("a page-tree /Count that is wrong");
    return count;
  };
  walk(root, 0);
  return pages;
}

/** A rectangle of four numbers, normalised (lower left, upper right), or undefined. */
type Rect = [number, number, number, number];

function normalRect(v: PdfValue | undefined): Rect | undefined {
  if (!Array.isArray(v) || v.length !== 4 || !v.every((x) => typeof x === "number")) return undefined;
  const [x1, y1, x2, y2] = v as [number, number, number, number];
  return [Math.min(x1, x2), Math.min(y1, y2), Math.max(x1, x2), Math.max(y1, y2)];
}

/** An inheritable box (/MediaBox, /CropBox): the nearest one given, if it has an area. */
function boxOf(objects: PdfObjects, page: PageNode, key: string): Rect | undefined {
  for (const d of [page.dict, ...page.parents]) {
    const v = objects.resolve(d.get(key));
    if (v === undefined) continue;
    const box = normalRect(Array.isArray(v) ? v.map((x) => objects.resolve(x) ?? null) : v);
    return box && box[2] - box[0] > 0 && box[3] - box[1] > 0 ? box : undefined;
  }
  return undefined;
}

/** The page's view: its crop box within its media box (pdfjs-dist's `Page.view`). */
function viewOf(objects: PdfObjects, page: PageNode): readonly number[] {
  const media = boxOf(objects, page, "MediaBox") ?? LETTER;
  const crop = boxOf(objects, page, "CropBox");
  if (!crop || crop.every((x, i) => x === media[i])) return media;
  const x1 = Math.max(crop[0], media[0]);
  const x2 = Math.min(crop[2], media[2]);
  const y1 = Math.max(crop[1], media[1]);
  const y2 = Math.min(crop[3], media[3]);
  return x1 <= x2 && y1 <= y2 && x2 - x1 > 0 && y2 - y1 > 0 ? [x1, y1, x2, y2] : media;
}

/**
 * The page's resources: given on several nodes, merged as pdfjs-dist merges them (`Dict.merge`
 * without sub-dictionaries): key by key, the nearest node's entry, whole — a page's own /Font
 * hides the /Font of the /Pages node above it.
 */
function resourcesOf(objects: PdfObjects, page: PageNode): PdfDict {
  const merged: PdfDict = new Map();
  for (const d of [page.dict, ...page.parents]) {
    const r = d.get("Resources");
    if (r === undefined) continue;
    const resolved = objects.resolve(r);
    if (!(resolved instanceof Map)) continue;
    for (const [key, value] of resolved) if (!merged.has(key)) merged.set(key, value);
  }
  return merged;
}

/** The page's content: its stream, or its streams one after another. */
function contentsOf(objects: PdfObjects, page: PageNode): Uint8Array {
  const c = objects.resolve(page.dict.get("Contents"));
  const streams = (Array.isArray(c) ? c.map((s) => objects.resolve(s)) : [c]).filter(
    (s): s is PdfStream => s instanceof PdfStream,
  );
  const parts = streams.map((s) => objects.bytes(s));
  return parts.length === 1 ? (parts[0] as Uint8Array) : concatBytes(parts);
}

/**
 * The text items of each page as pdfjs-dist's `getTextContent` would give them, and the page
 * count; none when there are more pages than `maxPages`. Throws PdfUnsupported for a file
 * this reader does not follow exactly (then read it with pdfjs-dist), PdfTooComplex for one
 * that would have any reader work without bound.
 */
export function ownTextItems(data: Uint8Array, maxPages: number): { pages: number; items: RawTextItem[][] } {
  const objects = PdfObjects.open(data);
  const catalog = dictOf(objects, objects.trailer("Root"));
  const root = catalog && dictOf(objects, catalog.get("Pages"));
  if (!root) throw new PdfUnsupported("no page tree");
  const declared = objects.resolve(root.get("Count"));
  if (typeof declared !== "number" || !Number.isInteger(declared)) throw new PdfUnsupported("no page count");
  if (declared > maxPages) return { pages: declared, items: [] };
  const nodes = pageNodes(objects, root);
  const ctx: ContentContext = { objects, fonts: new Map(), budget: operatorBudget(nodes.length) };
  const items = nodes.map((page) =>
    contentTextItems(ctx, contentsOf(objects, page), resourcesOf(objects, page), viewOf(objects, page)),
  );
  return { pages: nodes.length, items };
}
