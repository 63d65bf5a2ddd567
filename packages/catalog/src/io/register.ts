/**
 * The 规章 / 行政规范性文件 register as offices keep it: CSV (UTF-8 with or without BOM, GBK /
 * GB18030, comma or tab) and XLSX (a merged title row above the header, date cells or dates
 * typed as text). Reading is `parseRegisterTable` over the grid.
 */
import { type Issue, type Result, readCsvRows } from "@disclosure/schema";
import { sheetGrid } from "@disclosure/schema/internal";
import { csvRowAt, failed, fileAt, issueAt, sheetAt } from "../issue.js";
import { parseRegisterTable, type Register, type RegisterTableOptions } from "../register-table.js";
import { csvInput } from "./encoding.js";
import { openWorkbook } from "./xlsx.js";

/** Options for reading a register file: the file name for locations, and defaults. */
export type RegisterReadOptions = Omit<RegisterTableOptions, "sheet">;

/**
 * Read a register CSV from its bytes (decoded as `decodeText` of @disclosure/schema does: BOM,
 * UTF-16, UTF-8, else GB18030 ⊇ GBK; a cell guarded against formulas read as written) or
 * text. Rows that cannot be read are reported with file, row (the row Excel shows) and column,
 * and counted in `rows.rejected`; the result fails only when no register header is found.
 *
 * @example
 * const r = await readRegisterCsv(gbkBytes, { file: "盐池县规范性文件登记表.csv" });
 * if (r.ok) r.value.documents[0].docNumber; //=> "盐政规发〔2019〕2号"
 */
export async function readRegisterCsv(
  input: Uint8Array | string,
  options: RegisterReadOptions = {},
): Promise<Result<Register>> {
  const { text, issues } = csvInput(input, options.file);
  const parsed = readCsvRows(text);
  for (const e of parsed.errors) {
    issues.push(
      issueAt("REG-READ-CSV", "warning", csvRowAt(options.file, e.row), {
        zh: `CSV 格式问题：${e.message}`,
        en: `CSV problem: ${e.message}`,
      }),
    );
  }
  const table = parseRegisterTable({ rows: parsed.rows }, options);
  issues.push(...table.issues);
  if (!table.found) return failed(issues);
  return { ok: true, value: table.register, warnings: issues };
}

/**
 * Read a register workbook from its bytes. Every sheet with a register header is read (a sheet
 * per year is common); merged cells read as their master cell, date cells as `YYYY-MM-DD`.
 * Locations name file, sheet, row and column.
 *
 * @example
 * const r = await readRegisterXlsx(bytes, { file: "盐池县人民政府行政规范性文件登记表.xlsx" });
 * if (r.ok) r.value.rows; //=> { accepted: 13, rejected: 0, notCounted: 1 } (test/register-io.test.ts)
 */
export async function readRegisterXlsx(
  bytes: Uint8Array,
  options: RegisterReadOptions = {},
): Promise<Result<Register>> {
  const opened = await openWorkbook(bytes, "REG-READ-FILE", options.file);
  if ("issues" in opened) return failed(opened.issues);
  const { wb } = opened;
  const issues: Issue[] = [];
  const register: Register = { documents: [], rows: { accepted: 0, rejected: 0, notCounted: 0 } };
  let found = false;
  wb.eachSheet((ws) => {
    if (ws.rowCount === 0) return;
    const table = parseRegisterTable(sheetGrid(ws), { ...options, sheet: ws.name });
    if (!table.found) {
      if (table.issues.some((i) => i.code === "REG-READ-NO-COLUMN")) issues.push(...table.issues);
      else {
        issues.push(
          issueAt(
            "REG-READ-SHEET-SKIPPED",
            "info",
            sheetAt({ ...(options.file ? { file: options.file } : {}), sheet: ws.name }),
            { zh: "该工作表没有文件登记表表头，已跳过", en: "sheet has no register header; skipped" },
          ),
        );
      }
      return;
    }
    found = true;
    if (register.title === undefined && table.register.title !== undefined)
      register.title = table.register.title;
    register.documents.push(...table.register.documents);
    register.rows.accepted += table.register.rows.accepted;
    register.rows.rejected += table.register.rows.rejected;
    register.rows.notCounted += table.register.rows.notCounted;
    issues.push(...table.issues);
  });
  if (!found) {
    issues.push(
      issueAt("REG-READ-NO-HEADER", "error", fileAt(options.file), {
        zh: "没有任何工作表含有文件登记表表头（文件名称、文号、印发日期等）",
        en: "no sheet has a register header (文件名称, 文号, 印发日期 …)",
      }),
    );
    return failed(issues);
  }
  return { ok: true, value: register, warnings: issues };
}
