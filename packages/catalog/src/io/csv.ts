/**
 * Catalog CSV: read what offices keep (UTF-8 with or without BOM, GBK / GB18030, comma or tab,
 * one or two header rows), write what Excel and WPS open cleanly (UTF-8 with BOM, CRLF; or GBK).
 */
import { csvText, type Result, readCsvRows } from "@disclosure/schema";
import { csvRowAt, failed, issueAt } from "../issue.js";
import type { Catalog } from "../item.js";
import { parseCatalogTable, type TableOptions } from "../table.js";
import { csvInput, encodeGbk } from "./encoding.js";
import { catalogColumns, cleanCellText } from "./layout.js";

/** Options for reading a catalog file: the file name for locations, and defaults. */
export type ReadOptions = Omit<TableOptions, "sheet">;

/**
 * Read a catalog CSV from its bytes (decoded as `decodeText` of @disclosure/schema does: BOM,
 * UTF-16, UTF-8, else GB18030) or text; a cell guarded against formulas (`'=…`) is read as written.
 * Every unreadable row is reported with file and row (the row number Excel shows).
 *
 * @example
 * const r = await readCatalogCsv(bytesOfGbkFile, { file: "盐池县民政局.csv" });
 * if (r.ok) r.value.items[0].publisher; //=> "盐池县民政局"
 */
export async function readCatalogCsv(
  input: Uint8Array | string,
  options: ReadOptions = {},
): Promise<Result<Catalog>> {
  const { text, issues } = csvInput(input, options.file);
  const parsed = readCsvRows(text);
  for (const e of parsed.errors) {
    issues.push(
      issueAt("CAT-READ-CSV", "warning", csvRowAt(options.file, e.row), {
        zh: `CSV 格式问题：${e.message}`,
        en: `CSV problem: ${e.message}`,
      }),
    );
  }
  const table = parseCatalogTable({ rows: parsed.rows }, options);
  issues.push(...table.issues);
  if (!table.found || table.refused) return failed(issues);
  const value: Catalog = { items: table.items };
  if (table.title) value.title = table.title;
  if (table.notes.length > 0) value.notes = table.notes;
  return { ok: true, value, warnings: issues };
}

/** How to write a CSV: UTF-8 with BOM (default; Excel and WPS detect it) or GBK (no BOM). */
export type CsvWriteOptions = { encoding?: "utf-8" | "gbk" };

/**
 * The catalog as CSV text (`csvText` of @disclosure/schema: a cell a spreadsheet would run as a
 * formula is guarded with '): a title line, the two-row standard header (公开事项 → 一级事项 /
 * 二级事项, 公开对象 → 全社会 / 特定群体 …, the group label in the first cell of its span, as
 * Excel saves merged cells), a 领域 column, one row per item; CRLF line ends.
 *
 * @example
 * (await catalogToCsvText({ title: "盐池县政务公开事项标准目录", items: yanchiCatalog().items })).split("\r\n")[1];
 * //=> "序号,事项编码,领域,公开事项,,公开内容（要素）,公开依据,公开时限,公开主体,公开渠道和载体,公开对象,,公开方式,,公开层级,"
 */
export async function catalogToCsvText(catalog: Catalog): Promise<string> {
  const cols = catalogColumns(catalog.items, { areaColumn: true });
  const top = cols.map((c, i) => (i > 0 && cols[i - 1]?.top === c.top && c.sub !== "" ? "" : c.top));
  const rows: string[][] = [];
  if (catalog.title) rows.push([catalog.title, ...cols.slice(1).map(() => "")]);
  rows.push(
    top,
    cols.map((c) => c.sub),
  );
  catalog.items.forEach((item, i) => {
    rows.push(cols.map((c) => cleanCellText(c.cell(item, catalog.items[i - 1]))));
  });
  return csvText(rows, { bom: false });
}

/**
 * The catalog as CSV bytes that open cleanly in Excel and WPS: UTF-8 with BOM by default, or
 * GBK. Characters GBK cannot hold are listed in `unmappable` (written as "?").
 *
 * @example
 * const { bytes } = await writeCatalogCsv(catalog); // bytes[0..2] = EF BB BF
 */
export async function writeCatalogCsv(
  catalog: Catalog,
  options: CsvWriteOptions = {},
): Promise<{ bytes: Uint8Array; unmappable: string[] }> {
  const text = await catalogToCsvText(catalog);
  if (options.encoding === "gbk") return encodeGbk(text);
  const body = new TextEncoder().encode(text);
  const bytes = new Uint8Array(body.length + 3);
  bytes.set([0xef, 0xbb, 0xbf]);
  bytes.set(body, 3);
  return { bytes, unmappable: [] };
}
