// A catalog file read for the catalog commands: JSON checked item by item (repeated parts
// shared), XLSX or CSV through @disclosure/catalog, then checkCatalog's findings on stderr.
import {
  type Catalog,
  type CatalogItem,
  CatalogItemSchema,
  CatalogSchema,
  checkCatalog,
  readCatalogCsv,
  readCatalogXlsx,
} from "@disclosure/catalog";
import { decodeText, fromZodIssue } from "@disclosure/schema";
import { CliError, formatIssue, type Io, type Lang, readInput } from "../io.js";
import { catalogChecksText, formatCatalogIssue } from "./catalog-text.js";

/** A zod issue of a catalog file as the command's error. */
function invalidCatalog(
  path: string,
  issue: Parameters<typeof fromZodIssue>[0] | undefined,
  base: (string | number)[] = [],
) {
  if (!issue) return new CliError({ zh: `${path}：不是有效的目录`, en: `${path}: not a valid catalog` });
  const first = fromZodIssue(issue, base);
  return new CliError({ zh: `${path}：${first.message.zh}`, en: `${path}: ${first.message.en}` });
}

/**
 * A catalog from parsed JSON, checked item by item (each item's repeated parts shared as it is
 * checked, its raw form let go), so that a large catalog is never held twice.
 */
function catalogFromJson(data: unknown, path: string): Catalog {
  const rows = (data as { items?: unknown } | null)?.items;
  const head = CatalogSchema.safeParse(Array.isArray(rows) ? { ...(data as object), items: [] } : data);
  if (!head.success) throw invalidCatalog(path, head.error.issues[0]);
  const items = rows as unknown[];
  const share = sharer();
  const catalog: Catalog = { ...head.data, items: [] };
  for (let i = 0; i < items.length; i++) {
    const r = CatalogItemSchema.safeParse(items[i]);
    if (!r.success) throw invalidCatalog(path, r.error.issues[0], ["items", i]);
    catalog.items.push(shareParts(r.data, share));
    items[i] = undefined;
  }
  return catalog;
}

async function readCatalogFile(io: Io, path: string, lang: Lang): Promise<Catalog> {
  const bytes = await readInput(io, path);
  if (bytes.length === 0) throw new CliError({ zh: `文件为空：${path}`, en: `the file is empty: ${path}` });
  if (/\.json$/i.test(path)) {
    let data: unknown;
    const { text, warnings } = decodeText(bytes, { file: path });
    for (const w of warnings) io.stderr(`${formatIssue(w, lang)}\n`);
    try {
      data = JSON.parse(text);
    } catch (e) {
      throw new CliError({
        zh: `${path} 不是有效的 JSON：${String(e)}`,
        en: `${path} is not valid JSON: ${String(e)}`,
      });
    }
    return catalogFromJson(data, path);
  }
  const r = /\.xlsx$/i.test(path)
    ? await readCatalogXlsx(bytes, { file: path })
    : await readCatalogCsv(bytes, { file: path });
  if (!r.ok) {
    for (const i of [...r.warnings, ...r.issues]) io.stderr(`${formatCatalogIssue(i, lang)}\n`);
    throw new CliError({ zh: `无法读取目录：${path}`, en: `cannot read the catalog: ${path}` });
  }
  for (const w of r.warnings) io.stderr(`${formatCatalogIssue(w, lang)}\n`);
  const share = sharer();
  for (const item of r.value.items) shareParts(item, share);
  return r.value;
}

/** Holds each distinct value once: equal values (by their JSON) give the first one. */
function sharer(): <T>(value: T) => T {
  const shared = new Map<string, unknown>();
  return (value) => {
    const key = JSON.stringify(value);
    const known = shared.get(key);
    if (known !== undefined) return known as typeof value;
    shared.set(key, value);
    return value;
  };
}

/**
 * An item with its time limit, channels, audience, mode and levels shared with the items that
 * have equal ones: a county's rows repeat a few dozen 公开时限 wordings, and a catalog of tens of
 * thousands of items takes a third of the memory. The commands only read the items.
 */
function shareParts(item: CatalogItem, share: ReturnType<typeof sharer>): CatalogItem {
  item.timeLimit = share(item.timeLimit);
  item.channels = share(item.channels);
  item.audience = share(item.audience);
  item.mode = share(item.mode);
  if (item.levels) item.levels = share(item.levels);
  return item;
}

/** A catalog file read (JSON, XLSX or CSV) and checked (`checkCatalog`: the findings on stderr). */
export async function loadCatalog(io: Io, path: string, lang: Lang): Promise<Catalog> {
  const catalog = await readCatalogFile(io, path, lang);
  io.stderr(catalogChecksText(checkCatalog(catalog), path, lang));
  return catalog;
}
