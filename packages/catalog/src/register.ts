/**
 * The register of 规章 and 行政规范性文件 (issued, repealed, in force) → the first block of
 * table 二 (第二十条第（一）项), counted by @disclosure/stats' `tabulate` and checked by its
 * `check` (T2-INFORCE-MIN, T2-INFORCE-CONTINUITY against last year's report, T2-REPEAL-BOUND,
 * T2-RULES-LEVEL).
 */
import {
  type Agency,
  type DocumentRecord,
  type Issue,
  type Location,
  formats,
  type Report,
  rowLabel,
  columnLabel,
  type Tables,
  cellKey,
} from "@disclosure/schema";
import { check, type Finding, RULES, tabulate } from "@disclosure/stats";
import { issueAt, sheetAt } from "./issue.js";
import type { SourceLocation } from "./item.js";

/**
 * A document as a register holds it: a `DocumentRecord` of @disclosure/schema, with where it was
 * read and, when the register says it was repealed or lapsed without saying when, `undatedEnd`.
 */
export type RegisterDocument = DocumentRecord & {
  /** File, sheet and row the document was read from. */
  source?: SourceLocation;
  /**
   * The register marks the document 已废止 (`repealed`) or 已失效 (`lapsed`) but gives no
   * date: it is in force at no year end and counted as repealed in no year.
   */
  undatedEnd?: "repealed" | "lapsed";
};

/** Options of {@link registerTable2}. */
export type RegisterTable2Options = {
  /** The report year y: documents issued / repealed in y, in force on 31 December y. */
  year: number;
  /** Last year's report of the same agency (2021 format) for T2-INFORCE-CONTINUITY and T2-REPEAL-BOUND. */
  previous?: Report;
  /**
   * The agency whose register it is (T2-RULES-LEVEL: a county or township government cannot
   * make 规章). Default: the agency of `previous`.
   */
  agency?: Agency;
};

/** What {@link registerTable2} returns. */
export type RegisterTable2Result = {
  year: number;
  /** Table 二's first block in the 2021 format: `table2.rules` and `table2.normativeDocuments`, columns issued / repealed / inForce. */
  tables: Tables;
  /** Cell key (`table2/normativeDocuments/issued`) → ids of the documents it counts; every cell of the block is present. */
  explain: Record<string, string[]>;
  /** T2-INFORCE-MIN, T2-INFORCE-CONTINUITY, T2-REPEAL-BOUND and T2-RULES-LEVEL findings. */
  findings: Finding[];
  /** Documents that could not be counted, checks that could not run, documents whose end is undated — located, bilingual. */
  issues: Issue[];
  /** The block as a minimal 2021-format report of the agency (usable as next year's `previous`). */
  report: Report;
  /** Documents given = accepted + rejected; accepted = counted + outsideYear. */
  counts: { accepted: number; rejected: number; counted: number; outsideYear: number };
};

const FORMAT = formats.v2021;
/** Table 二's block of 规章 / 行政规范性文件, from the format definition. */
const BLOCK = (() => {
  const b = FORMAT.tables.table2.blocks.find((x) => x.rows.some((r) => r.code === "normativeDocuments"));
  if (!b) throw new Error("register: the 2021 format has no 行政规范性文件 row in table 二");
  return b;
})();
const ROWS = BLOCK.rows.map((r) => r.code);
const COLS = BLOCK.columns.map((c) => c.code);

/** The rules of @disclosure/stats whose findings this step reports. */
export const REGISTER_RULES = [
  "T2-INFORCE-MIN",
  "T2-INFORCE-CONTINUITY",
  "T2-REPEAL-BOUND",
  "T2-RULES-LEVEL",
] as const;
const PREVIOUS_RULE = "CROSS-YEAR-PREVIOUS";
const CROSS_YEAR_RULES = ["T2-INFORCE-CONTINUITY", "T2-REPEAL-BOUND"];
const PLACEHOLDER_AGENCY = "（未注明机关）";

const label = (row: string, col?: string) =>
  col ? (columnLabel(FORMAT, "table2", row, col) ?? col) : (rowLabel(FORMAT, "table2", row) ?? row);

/** The record `tabulate` counts: schema fields only; an undated end becomes an end on the issue day. */
function toRecord(d: DocumentRecord | RegisterDocument): DocumentRecord {
  const r: DocumentRecord = {
    type: "document",
    id: d.id,
    kind: d.kind,
    title: d.title,
    issuedDate: d.issuedDate,
  };
  if (d.unit !== undefined) r.unit = d.unit;
  if (d.docNumber !== undefined) r.docNumber = d.docNumber;
  if (d.repealedDate !== undefined) r.repealedDate = d.repealedDate;
  if (d.expiresDate !== undefined) r.expiresDate = d.expiresDate;
  // Known to have ended, date unknown: in force at no later year end (tabulate keeps a document
  // in force through its expiry date), repealed in no year.
  if ("undatedEnd" in d && d.undatedEnd && r.repealedDate === undefined) r.expiresDate = d.issuedDate;
  return r;
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}

/**
 * Where a document `tabulate` rejected is: the row it was read from (its field as the column,
 * when the row names none), else its place in the input (`[2].issuedDate`, a JSON path).
 */
function documentLocation(
  location: Location | undefined,
  sources: readonly (SourceLocation | undefined)[],
): { index?: number; location?: Location } {
  const path = location?.kind === "json" ? location.path : [];
  const at = path.findIndex((p) => typeof p === "number");
  const index = path[at];
  if (typeof index !== "number") return location ? { location } : {};
  const source = sources[index];
  if (!source) return { index, location: { kind: "json", path: path.slice(at) } };
  const field = path.slice(at + 1).join(".");
  return { index, location: field && !source.column ? sheetAt({ ...source, column: field }) : source };
}

/**
 * The first block of table 二 (规章 / 行政规范性文件: 本年制发件数, 本年废止件数, 现行有效件数) of
 * year y from a register, with the ids behind every cell and the table 二 checks. Counting is
 * `tabulate` of @disclosure/stats (issued and repealed in y; in force on 31 December y: not
 * repealed by then and its 有效期 not ended before it); the checks are its `check` on a 2021
 * report holding only these cells. A document the register marks 已废止 / 已失效 without a date
 * (`undatedEnd`) counts as issued in its year, in force at no later year end and repealed in
 * no year, and is named in an issue. Pure; bad documents are issues, never exceptions.
 *
 * @param documents the register (`readRegisterXlsx` / `readRegisterCsv`, or records built by code)
 * @param options the year, last year's report, the agency
 *
 * @example
 * // 盐池县人民政府: 盐政规发〔2020〕5号 repealed in 2021, 〔2021〕1号 issued in 2021
 * const r = registerTable2([
 *   { type: "document", id: "盐政规发〔2020〕5号", kind: "normativeDocuments",
 *     title: "盐池县城市建设用地容积率管理办法", issuedDate: "2020-09-01", repealedDate: "2021-11-30" },
 *   { type: "document", id: "盐政规发〔2021〕1号", kind: "normativeDocuments",
 *     title: "盐池县城乡居民基本医疗保险实施办法", issuedDate: "2021-06-30" },
 * ], { year: 2021, agency: { name: "盐池县人民政府", level: "county" } });
 * r.tables.table2?.normativeDocuments; //=> { issued: 1, repealed: 1, inForce: 1 }
 * r.explain["table2/normativeDocuments/repealed"]; //=> ["盐政规发〔2020〕5号"]
 */
export function registerTable2(
  documents: Iterable<DocumentRecord | RegisterDocument>,
  options: RegisterTable2Options,
): RegisterTable2Result {
  const { year, previous } = options;
  const sources: (SourceLocation | undefined)[] = [];
  const undated: RegisterDocument[] = [];
  const units = new Set<string>();
  const records: DocumentRecord[] = [];
  for (const d of documents) {
    sources.push("source" in d ? d.source : undefined);
    if ("undatedEnd" in d && d.undatedEnd && d.repealedDate === undefined) undated.push(d);
    if (d.unit) units.add(d.unit);
    records.push(toRecord(d));
  }
  const tab = tabulate(records, { year, format: "2021", explain: true });
  const issues: Issue[] = [];

  // Rejected documents, located at the row they were read from (else at their place in the input).
  for (const i of tab.issues) {
    const { index, location } = documentLocation(i.location, sources);
    const id = index !== undefined ? records[index]?.id : undefined;
    issues.push(
      issueAt(i.code, i.severity, location, {
        zh: `${id ? `“${id}”` : ""}${i.message.zh}`,
        en: `${id ? `${id}: ` : ""}${i.message.en}`,
      }),
    );
  }

  const table2: Record<string, Record<string, number | null>> = {};
  const explain: Record<string, string[]> = {};
  const counted = tab.tables.table2 ?? {};
  for (const row of ROWS) {
    table2[row] = {};
    for (const col of COLS) {
      table2[row][col] = counted[row]?.[col] ?? 0;
      const key = cellKey("table2", row, col);
      explain[key] = [...(tab.explain?.[key] ?? [])];
    }
  }
  const tables: Tables = { table2 };

  if (undated.length > 0) {
    const ids = undated.map((d) => d.id);
    issues.push(
      issueAt("REG-END-UNDATED", "warning", undefined, {
        zh: `${undated.length}件文件登记为已废止或已失效但没有日期（${ids.join("、")}）：不计入任何年度的“${label("normativeDocuments", "repealed")}”，也不计入“${label("normativeDocuments", "inForce")}”，与上年数字的衔接可能因此不符`,
        en: `${undated.length} document(s) are marked repealed or lapsed without a date (${ids.join(", ")}): counted as repealed in no year and in force at no year end, so continuity with last year may not hold`,
      }),
    );
  }

  let agency =
    options.agency ?? (isRecord(previous) && isRecord(previous.agency) ? previous.agency : undefined);
  const disable = RULES.map((r) => r.id).filter(
    (id) => id !== PREVIOUS_RULE && !(REGISTER_RULES as readonly string[]).includes(id),
  );
  if (!agency) {
    disable.push("T2-RULES-LEVEL");
    const name = (units.size === 1 ? [...units][0] : undefined) ?? PLACEHOLDER_AGENCY;
    agency = { name, level: "county" };
    issues.push(
      issueAt("REG-AGENCY-UNKNOWN", "info", undefined, {
        zh: `未给出制发机关及其层级，未检查“${label("rules")}”是否应为0（T2-RULES-LEVEL）`,
        en: `no agency (and level) given, so whether it may make ${label("rules")} was not checked (T2-RULES-LEVEL)`,
      }),
    );
  }
  const report: Report = { agency, year, format: "2021", sections: {}, tables };

  let checkPrevious = previous;
  if (previous !== undefined) {
    const src = isRecord(previous.source) ? previous.source : undefined;
    const original = src?.migrated === true ? src.format : previous.format;
    if (original !== "2021") {
      checkPrevious = undefined;
      issues.push(
        issueAt("REG-PREVIOUS-FORMAT", "warning", undefined, {
          zh: `所给${previous.year}年报告是按2019年格式编制的，表二没有“${label("normativeDocuments", "inForce")}”，未检查与上年的衔接（T2-INFORCE-CONTINUITY、T2-REPEAL-BOUND）`,
          en: `the ${previous.year} report given is in the 2019 format, whose table 二 has no in-force count; continuity with last year (T2-INFORCE-CONTINUITY, T2-REPEAL-BOUND) was not checked`,
        }),
      );
    }
  }

  const all = check(report, {
    ...(checkPrevious ? { previous: checkPrevious } : {}),
    rules: { enable: [...REGISTER_RULES], disable },
    tables: ["table2"],
  });
  const findings: Finding[] = [];
  for (const f of all) {
    if ((REGISTER_RULES as readonly string[]).includes(f.rule)) findings.push(f);
    else if (f.rule === PREVIOUS_RULE) {
      issues.push(
        issueAt("REG-PREVIOUS", "warning", undefined, {
          zh: `${f.message.zh}（${CROSS_YEAR_RULES.join("、")}）`,
          en: `${f.message.en} (${CROSS_YEAR_RULES.join(", ")})`,
        }),
      );
    }
  }

  return {
    year,
    tables,
    explain,
    findings,
    issues,
    report,
    counts: {
      accepted: tab.accepted,
      rejected: tab.rejected,
      counted: tab.counted,
      outsideYear: tab.outsideYear,
    },
  };
}
