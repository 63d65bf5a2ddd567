// Rules over two consecutive reports of one agency (spec/rules.md §E and the cross-year
// rules of §B–§D): CROSS-YEAR-CARRY, T2-INFORCE-CONTINUITY, T2-REPEAL-BOUND,
// T2-2019-ITEMS-CONTINUITY, T3-CARRYIN-AGE, T4-PENDING-FOLLOWUP, YOY-JUMP, and
// CROSS-YEAR-PREVIOUS when the report given as last year's is not.
import { type FormatDef, type Report, type TableId, agencyId, getFormat } from "@disclosure/schema";
import { CASE_GROUPS } from "@disclosure/schema/internal";
import type { CellRef, Finding, Message } from "../finding.js";
import { type CellReader, type CellSum, sumWith } from "./arith.js";
import { appendAll } from "./collect.js";
import { type CheckContext, cellName, colName, originalFormat, readCell, ref, rowName } from "./context.js";

const DOC_ROWS = ["rules", "normativeDocuments"] as const;

interface Pair {
  ctx: CheckContext;
  prev: Report;
  prevFormat: FormatDef;
  prevYear: number;
  /** Reads a cell of last year's report. */
  readPrev: CellReader;
}

function prevRef(p: Pair, table: TableId, row: string, col: string): CellRef {
  return { table, row, col, year: p.prevYear };
}

function sumPrev(p: Pair, refs: readonly CellRef[]): CellSum | undefined {
  return sumWith(p.readPrev, refs);
}

function sumCur(p: Pair, refs: readonly CellRef[]): CellSum | undefined {
  return sumWith(p.ctx.cell, refs);
}

/** Names a cell of either year with the labels of its own format. */
function nameOf(p: Pair, r: CellRef): Message {
  return cellName(r.year === p.prevYear ? p.prevFormat : p.ctx.format, r);
}

function note(p: Pair, blanks: readonly CellRef[]): Message {
  if (!blanks.length) return { zh: "", en: "" };
  const names = blanks.map((b) => nameOf(p, b));
  return {
    zh: `（空白单元格按0计：${names.map((n) => n.zh).join("、")}）`,
    en: ` (blank cells counted as 0: ${names.map((n) => n.en).join(", ")})`,
  };
}

function previousMismatch(ctx: CheckContext, prev: Report): Finding | undefined {
  const fmtOk = prev && (prev.format === "2019" || prev.format === "2021");
  const y = ctx.year;
  if (!fmtOk) {
    return ctx.finding("CROSS-YEAR-PREVIOUS", [], {
      zh: "所给上年报告的格式无法识别，跨年度检查未进行",
      en: "the previous report's format is not recognised; cross-year checks were skipped",
    });
  }
  if (prev.year !== y - 1) {
    return ctx.finding(
      "CROSS-YEAR-PREVIOUS",
      [],
      {
        zh: `所给上年报告是${prev.year}年度的，不是${y - 1}年度的，跨年度检查未进行`,
        en: `the previous report covers ${prev.year}, not ${y - 1}; cross-year checks were skipped`,
      },
      { expected: y - 1, actual: prev.year },
    );
  }
  const a = ctx.agency;
  const b = prev.agency;
  const same = !!a && !!b && (agencyId(a) === agencyId(b) || (a.name !== undefined && a.name === b.name));
  if (!same) {
    return ctx.finding(
      "CROSS-YEAR-PREVIOUS",
      [],
      {
        zh: `所给上年报告属于“${b?.name ?? ""}”，不是“${a.name}”，跨年度检查未进行`,
        en: `the previous report is of “${b?.name ?? ""}”, not “${a.name}”; cross-year checks were skipped`,
      },
      { expected: a.name, actual: b?.name },
    );
  }
  return undefined;
}

function carry(p: Pair): Finding[] {
  const { ctx } = p;
  const out: Finding[] = [];
  for (const c of ctx.format.tables.table3.blocks[0].columns) {
    const before = sumPrev(p, [prevRef(p, "table3", "carriedOut", c.code)]);
    const now = sumCur(p, [ref("table3", "carriedIn", c.code)]);
    if (!before || !now || before.value === now.value) continue;
    const n = note(p, [...before.blanks, ...now.blanks]);
    const label = colName(ctx.format, "table3", "carriedIn", c.code);
    out.push(
      ctx.finding(
        "CROSS-YEAR-CARRY",
        [...now.cells, ...before.cells],
        {
          zh: `表三“${label}”列：${p.prevYear}年报告“${rowName(p.prevFormat, "table3", "carriedOut")}”为${before.value}，但本年“${rowName(ctx.format, "table3", "carriedIn")}”为${now.value}${n.zh}`,
          en: `table3 column ${c.code} (“${label}”): the ${p.prevYear} report carried out ${before.value}, but this report carries in ${now.value}${n.en}`,
        },
        { expected: before.value, actual: now.value },
      ),
    );
  }
  return out;
}

/** A document row of table 二 across the two years: last year's 现行有效, this year's 制发, 废止 and 现行有效. */
interface DocumentRow {
  readonly row: string;
  readonly label: string;
  /** The label of a column of the row. */
  readonly L: (col: string) => string;
  readonly last: CellSum;
  readonly issued: CellSum;
  readonly repealed: CellSum;
  readonly now: CellSum | undefined;
}

/** The document rows whose last year's 现行有效, 制发 and 废止 are all read. */
function documentRows(p: Pair): DocumentRow[] {
  const out: DocumentRow[] = [];
  for (const row of DOC_ROWS) {
    const last = sumPrev(p, [prevRef(p, "table2", row, "inForce")]);
    const issued = sumCur(p, [ref("table2", row, "issued")]);
    const repealed = sumCur(p, [ref("table2", row, "repealed")]);
    if (!last || !issued || !repealed) continue;
    const now = sumCur(p, [ref("table2", row, "inForce")]);
    const L = (col: string) => colName(p.ctx.format, "table2", row, col);
    out.push({ row, label: rowName(p.ctx.format, "table2", row), L, last, issued, repealed, now });
  }
  return out;
}

function inForceContinuity(p: Pair): Finding[] {
  const out: Finding[] = [];
  for (const { row, label, L, last, issued, repealed, now } of documentRows(p)) {
    if (!now) continue;
    const expected = last.value + issued.value - repealed.value;
    if (expected === now.value) continue;
    const n = note(p, [...last.blanks, ...issued.blanks, ...repealed.blanks, ...now.blanks]);
    out.push(
      p.ctx.finding(
        "T2-INFORCE-CONTINUITY",
        [...issued.cells, ...repealed.cells, ...now.cells, ...last.cells],
        {
          zh: `表二“${label}”：${p.prevYear}年“${L("inForce")}”${last.value}加本年“${L("issued")}”${issued.value}减“${L("repealed")}”${repealed.value}为${expected}，但本年“${L("inForce")}”为${now.value}（文件也可能因有效期届满或机构改革而失效）${n.zh}`,
          en: `table2 ${row} (“${label}”): in force in ${p.prevYear} ${last.value} + issued ${issued.value} − repealed ${repealed.value} = ${expected}, but in force is ${now.value} (documents also lapse when their term ends, or move after 机构改革)${n.en}`,
        },
        { expected, actual: now.value },
      ),
    );
  }
  return out;
}

function repealBound(p: Pair): Finding[] {
  const out: Finding[] = [];
  for (const { row, label, L, last, issued, repealed } of documentRows(p)) {
    const max = last.value + issued.value;
    if (repealed.value <= max) continue;
    const n = note(p, [...last.blanks, ...issued.blanks]);
    out.push(
      p.ctx.finding(
        "T2-REPEAL-BOUND",
        [...issued.cells, ...repealed.cells, ...last.cells],
        {
          zh: `表二“${label}”：“${L("repealed")}”${repealed.value}多于${p.prevYear}年“${L("inForce")}”${last.value}加本年“${L("issued")}”${issued.value}${n.zh}`,
          en: `table2 ${row} (“${label}”): repealed ${repealed.value} exceeds in force in ${p.prevYear} ${last.value} + issued ${issued.value}${n.en}`,
        },
        { expected: `<= ${max}`, actual: repealed.value },
      ),
    );
  }
  return out;
}

function itemsContinuity(p: Pair): Finding[] {
  const { ctx } = p;
  const out: Finding[] = [];
  const rows = ctx.format.tables.table2.blocks
    .filter((b) => b.columns.some((c) => c.code === "itemsLastYear"))
    .flatMap((b) => b.rows.map((r) => r.code));
  for (const row of rows) {
    const last = sumPrev(p, [
      prevRef(p, "table2", row, "itemsLastYear"),
      prevRef(p, "table2", row, "itemsChange"),
    ]);
    const now = sumCur(p, [ref("table2", row, "itemsLastYear")]);
    if (!last || !now || last.value === now.value) continue;
    const label = rowName(ctx.format, "table2", row);
    const L = (col: string) => colName(ctx.format, "table2", row, col);
    const n = note(p, [...last.blanks, ...now.blanks]);
    out.push(
      ctx.finding(
        "T2-2019-ITEMS-CONTINUITY",
        [...now.cells, ...last.cells],
        {
          zh: `表二“${label}”：本年“${L("itemsLastYear")}”为${now.value}，但${p.prevYear}年报告的“${L("itemsLastYear")}”加“${L("itemsChange")}”为${last.value}${n.zh}`,
          en: `table2 ${row} (“${label}”): items last year is ${now.value}, but the ${p.prevYear} report's items + change = ${last.value}${n.en}`,
        },
        { expected: last.value, actual: now.value },
      ),
    );
  }
  return out;
}

function carryInAge(p: Pair): Finding[] {
  const { ctx } = p;
  const received = sumPrev(p, [prevRef(p, "table3", "received", "total")]);
  const carriedIn = sumCur(p, [ref("table3", "carriedIn", "total")]);
  if (!received || !carriedIn || carriedIn.value <= received.value) return [];
  const n = note(p, received.blanks);
  return [
    ctx.finding(
      "T3-CARRYIN-AGE",
      [...carriedIn.cells, ...received.cells],
      {
        zh: `表三“${rowName(ctx.format, "table3", "carriedIn")}”（${carriedIn.value}）多于${p.prevYear}年报告“${rowName(p.prevFormat, "table3", "received")}”（${received.value}）${n.zh}`,
        en: `table3: carried in (${carriedIn.value}) exceeds the ${p.prevYear} report's received (${received.value})${n.en}`,
      },
      { expected: `<= ${received.value}`, actual: carriedIn.value },
    ),
  ];
}

function pendingFollowup(p: Pair): Finding[] {
  const { ctx } = p;
  const out: Finding[] = [];
  for (const g of CASE_GROUPS) {
    const pending = sumPrev(p, [prevRef(p, "table4", "cases", `${g}.pending`)]);
    const total = sumCur(p, [ref("table4", "cases", `${g}.total`)]);
    if (!pending || !total || total.value >= pending.value) continue;
    const [totalCell] = total.cells;
    const [pendingCell] = pending.cells;
    if (totalCell === undefined || pendingCell === undefined) continue;
    const n = note(p, total.blanks);
    out.push(
      ctx.finding(
        "T4-PENDING-FOLLOWUP",
        [...total.cells, ...pending.cells],
        {
          zh: `${nameOf(p, totalCell).zh}为${total.value}，少于${nameOf(p, pendingCell).zh}${pending.value}：上年尚未审结的案件本年应再次计入${n.zh}`,
          en: `${nameOf(p, totalCell).en} is ${total.value}, less than ${nameOf(p, pendingCell).en} ${pending.value}: cases pending last year are counted again this year${n.en}`,
        },
        { expected: `>= ${pending.value}`, actual: total.value },
      ),
    );
  }
  return out;
}

/** The headline cells compared by YOY-JUMP, as [this year's, last year's] refs. */
function headline(p: Pair): [CellRef, CellRef][] {
  const pairs: [CellRef, CellRef][] = [
    [ref("table3", "received", "total"), prevRef(p, "table3", "received", "total")],
  ];
  const cur = originalFormat(p.ctx.report);
  const prev = originalFormat(p.prev);
  if (cur === "2021" && prev === "2021") {
    pairs.push([
      ref("table2", "normativeDocuments", "issued"),
      prevRef(p, "table2", "normativeDocuments", "issued"),
    ]);
  } else if (cur === "2019" && prev === "2019") {
    pairs.push([
      ref("table2", "normativeDocuments", "newlyMade"),
      prevRef(p, "table2", "normativeDocuments", "newlyMade"),
    ]);
  }
  pairs.push(
    [ref("table2", "licensing", "decisions"), prevRef(p, "table2", "licensing", "decisions")],
    [ref("table2", "penalty", "decisions"), prevRef(p, "table2", "penalty", "decisions")],
    [ref("table4", "cases", "review.total"), prevRef(p, "table4", "cases", "review.total")],
  );
  return pairs;
}

function yoyJump(p: Pair): Finding[] {
  const { ctx } = p;
  const out: Finding[] = [];
  for (const [a, b] of headline(p)) {
    const now = p.ctx.cell(a.table as TableId, a.row, a.col);
    const before = p.readPrev(b.table as TableId, b.row, b.col);
    if (now.kind !== "value" || before.kind !== "value") continue;
    const x = now.value;
    const y = before.value;
    if (!(Math.abs(x - y) > 20 && (x > 10 * y || y > 10 * x))) continue;
    const name = nameOf(p, a);
    out.push(
      ctx.finding(
        "YOY-JUMP",
        [a, b],
        {
          zh: `${name.zh}由${p.prevYear}年的${y}变为${x}，变化超过10倍，请核对是否录入有误`,
          en: `${name.en} went from ${y} in ${p.prevYear} to ${x}, more than tenfold; check for a typing or reading error`,
        },
        { expected: y, actual: x },
      ),
    );
  }
  return out;
}

/** Findings of the cross-year rules (none without `previous`). */
export function checkCrossYear(ctx: CheckContext): Finding[] {
  const prev = ctx.opts.previous;
  if (prev === undefined) return [];
  const mismatch = previousMismatch(ctx, prev);
  if (mismatch) return ctx.on("CROSS-YEAR-PREVIOUS") ? [mismatch] : [];
  const p: Pair = {
    ctx,
    prev,
    prevFormat: getFormat(prev.format),
    prevYear: prev.year,
    readPrev: (t, r, c) => readCell(prev, t, r, c),
  };
  const both2021 = originalFormat(ctx.report) === "2021" && originalFormat(prev) === "2021";
  const both2019 = ctx.format.id === "2019" && prev.format === "2019";
  const out: Finding[] = [];
  if (ctx.on("CROSS-YEAR-CARRY")) appendAll(out, carry(p));
  if (ctx.on("T2-INFORCE-CONTINUITY") && both2021) appendAll(out, inForceContinuity(p));
  if (ctx.on("T2-REPEAL-BOUND") && both2021) appendAll(out, repealBound(p));
  if (ctx.on("T2-2019-ITEMS-CONTINUITY") && both2019) appendAll(out, itemsContinuity(p));
  if (ctx.on("T3-CARRYIN-AGE")) appendAll(out, carryInAge(p));
  if (ctx.on("T4-PENDING-FOLLOWUP")) appendAll(out, pendingFollowup(p));
  if (ctx.on("YOY-JUMP")) appendAll(out, yoyJump(p));
  return out;
}
