// Table 二 rules of one year: T2-INFORCE-MIN, T2-RULES-LEVEL, T2-2019-PUBLISHED-BOUND
// (spec/rules.md §B). The rules that need last year's report live in cross-year.ts.
import { type Agency, AGENCY_LEVEL_NAMES } from "@disclosure/schema";
import type { CellRef, Finding } from "../finding.js";
import { sumCells } from "./arith.js";
import { appendAll } from "./collect.js";
import { type CheckContext, blankNote, cellName, cellNames, colName, ref, rowName } from "./context.js";

const DOC_ROWS = ["rules", "normativeDocuments"] as const;
const RULES_ROW = "rules";

/**
 * Whether an agency may make 规章 (《立法法》: 国务院部门; 省、自治区、直辖市和设区的市、自治州
 * 的人民政府). A `city` is taken to be a 设区的市 / 自治州 (a 县级市 reports as `county`). The
 * general office (办公厅 / 办公室) of such a government publishes the government's 规章 and
 * counts as that government (上海市人民政府办公厅 2019 reports 13 规章).
 *
 * @example
 * mayMakeRules({ name: "上海市人民政府办公厅", level: "department", tier: "province" }) //=> true
 * mayMakeRules({ name: "盐池县人民政府", level: "county" }) //=> false
 */
export function mayMakeRules(agency: Agency): boolean {
  if (agency.level === "province" || agency.level === "city") return true;
  if (agency.level !== "department") return false;
  if (agency.tier === "national") return true;
  const generalOffice = /人民政府办公[厅室廳]$/.test(agency.name ?? "");
  return generalOffice && (agency.tier === "province" || agency.tier === "city");
}

function inForceMin(ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  for (const row of DOC_ROWS) {
    const inForce = sumCells(ctx, [ref("table2", row, "inForce")]);
    const issued = sumCells(ctx, [ref("table2", row, "issued")]);
    const repealed = sumCells(ctx, [ref("table2", row, "repealed")]);
    if (!inForce || !issued || !repealed) continue;
    const min = issued.value - repealed.value;
    if (inForce.value >= min) continue;
    const cells = [...issued.cells, ...repealed.cells, ...inForce.cells];
    const note = blankNote(ctx.format, [...issued.blanks, ...repealed.blanks, ...inForce.blanks], { row });
    const label = rowName(ctx.format, "table2", row);
    const L = (col: string) => colName(ctx.format, "table2", row, col);
    out.push(
      ctx.finding(
        "T2-INFORCE-MIN",
        cells,
        {
          zh: `表二“${label}”：“${L("inForce")}”${inForce.value}少于“${L("issued")}”${issued.value}减“${L("repealed")}”${repealed.value}（${min}）——本年制发且未废止的文件年末应仍有效${note.zh}`,
          en: `table2 ${row} (“${label}”): in force ${inForce.value} < issued ${issued.value} − repealed ${repealed.value} (${min}); documents issued this year and not repealed are in force at year end${note.en}`,
        },
        { expected: `>= ${min}`, actual: inForce.value },
      ),
    );
  }
  return out;
}

function rulesLevel(ctx: CheckContext): Finding[] {
  if (mayMakeRules(ctx.agency)) return [];
  const block = ctx.format.tables.table2.blocks.find((b) => b.rows.some((r) => r.code === RULES_ROW));
  if (!block) return [];
  const cells: CellRef[] = block.columns
    .map((c) => ref("table2", RULES_ROW, c.code))
    .filter((r) => {
      const s = ctx.cell("table2", r.row, r.col);
      return s.kind === "value" && s.value !== 0;
    });
  if (!cells.length) return [];
  const n = cellNames(ctx.format, cells);
  const a = ctx.agency;
  const level = AGENCY_LEVEL_NAMES[a.level] ?? String(a.level);
  return [
    ctx.finding(
      "T2-RULES-LEVEL",
      cells,
      {
        zh: `${a.name}（${level}${a.tier ? `，${a.tier}` : ""}）无规章制定权，但${n.zh}不为0（只有国务院部门和省级、设区的市级人民政府可以制定规章）`,
        en: `${a.name} (${a.level}${a.tier ? `, ${a.tier}` : ""}) cannot make 规章, yet ${n.en} is not 0 (only State Council departments and provincial / 设区的市 governments make 规章)`,
      },
      { expected: 0 },
    ),
  ];
}

function publishedBound(ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  for (const row of DOC_ROWS) {
    const nw = ctx.cell("table2", row, "newlyPublished");
    const total = ctx.cell("table2", row, "publishedTotal");
    if (nw.kind !== "value" || total.kind !== "value" || nw.value <= total.value) continue;
    const a = ref("table2", row, "newlyPublished");
    const b = ref("table2", row, "publishedTotal");
    out.push(
      ctx.finding(
        "T2-2019-PUBLISHED-BOUND",
        [a, b],
        {
          zh: `${cellName(ctx.format, a).zh}（${nw.value}）大于${cellName(ctx.format, b).zh}（${total.value}）`,
          en: `${cellName(ctx.format, a).en} (${nw.value}) exceeds ${cellName(ctx.format, b).en} (${total.value})`,
        },
        { expected: `<= ${total.value}`, actual: nw.value },
      ),
    );
  }
  return out;
}

/** Findings of the one-year table 二 rules. */
export function checkTable2(ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  if (ctx.on("T2-INFORCE-MIN")) appendAll(out, inForceMin(ctx));
  if (ctx.on("T2-RULES-LEVEL")) appendAll(out, rulesLevel(ctx));
  if (ctx.on("T2-2019-PUBLISHED-BOUND")) appendAll(out, publishedBound(ctx));
  return out;
}
