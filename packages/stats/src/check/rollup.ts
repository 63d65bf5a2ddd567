// Roll-up rules (spec/rules.md §G) for a report declared an aggregate of unit reports
// (`report.rollup.units`): ROLLUP-SUM, ROLLUP-SUM-T2, ROLLUP-DUPLICATE-UNIT, ROLLUP-UNIT-YEAR,
// ROLLUP-FORMAT-MIX, and ROLLUP-UNIT-MISSING / ROLLUP-UNIT-UNLISTED when the units supplied
// and the units listed differ.
import { type Report, type TableId, agencyId, migrate2019to2021, sumDecimals } from "@disclosure/schema";
import type { CellRef, Finding } from "../finding.js";
import { type CellReader, sumWith } from "./arith.js";
import { type CellState, type CheckContext, blankNote, cellName, readCell, ref, tableOf } from "./context.js";
import { expectedRows } from "./structure.js";

const OTHER_HANDLING = "otherHandling";
const T2_COLUMNS = ["issued", "repealed", "inForce", "decisions", "amountWan"];
const T2_EXCLUDED_ROW = "rules";
const ABSENT: CellState = { kind: "absent" };

/** A unit report as migrate2019to2021 expects it (tables and sections always objects). */
function migrateUnit(u: Report): ReturnType<typeof migrate2019to2021> {
  const obj = (x: unknown) => (typeof x === "object" && x !== null && !Array.isArray(x) ? x : {});
  return migrate2019to2021({ ...u, tables: obj(u.tables), sections: obj(u.sections) } as Report);
}

function unitName(u: Report): string {
  return u?.agency?.name ?? "";
}

function listedAs(u: Report, id: string): boolean {
  const a = u?.agency;
  if (!a) return false;
  return id === agencyId(a) || id === a.name || (a.creditCode !== undefined && id === a.creditCode);
}

/**
 * Reads a unit's cell in the county report's codes: a 2019-format unit of a 2021 county is
 * migrated first (format-2019.md §5); the single （六） row of a 2019 county (or of a 2021
 * county printing it as one row) is the sum of a unit's three （六） sub-rows; across
 * formats, table 二 carries over only 本年处理决定数量 (`decisions`).
 */
function unitReader(ctx: CheckContext, unit: Report): CellReader {
  const cf = ctx.format.id;
  const uf = unit.format;
  const src = uf === "2019" && cf === "2021" ? migrateUnit(unit).report : unit;
  const read: CellReader = (t, r, c) => readCell(src, t, r, c);
  return (t, r, c) => {
    if (t === "table2" && uf !== cf && c !== "decisions") return ABSENT;
    if (t === "table3" && r === OTHER_HANDLING && (cf === "2019" || ctx.collapsed)) {
      const direct = read(t, r, c);
      if (direct.kind !== "absent") return direct;
      const subs = Object.keys(tableOf(src, "table3")).filter((k) => k.startsWith(`${OTHER_HANDLING}.`));
      if (!subs.length) return ABSENT;
      const s = sumWith(
        read,
        subs.map((k) => ref("table3", k, c)),
      );
      if (!s) return ABSENT;
      return s.blanks.length === subs.length ? { kind: "blank" } : { kind: "value", value: s.value };
    }
    return read(t, r, c);
  };
}

function sums(ctx: CheckContext, units: readonly Report[]): Finding[] {
  const out: Finding[] = [];
  const readers = units.map((u) => ({ unit: u, read: unitReader(ctx, u) }));
  const cellsOf = (t: TableId): CellRef[] =>
    expectedRows(ctx, t).flatMap(({ block, rows }) =>
      rows.flatMap((r) => block.columns.map((c) => ref(t, r, c.code))),
    );
  const check = (rule: "ROLLUP-SUM" | "ROLLUP-SUM-T2", r: CellRef) => {
    const t = r.table as TableId;
    const own = ctx.cell(t, r.row, r.col);
    if (own.kind === "absent" || own.kind === "invalid") return;
    const parts = readers.map(({ unit, read }) => ({ unit, s: read(t, r.row, r.col) }));
    if (parts.some((p) => p.s.kind === "absent" || p.s.kind === "invalid")) return;
    const unitBlanks: CellRef[] = parts
      .filter((p) => p.s.kind === "blank")
      .map((p) => ({ ...r, unit: unitName(p.unit) }));
    const ownValue = own.kind === "value" ? own.value : 0;
    const values = parts.map((p) => (p.s.kind === "value" ? p.s.value : 0));
    let equal: boolean;
    let sumText: string;
    if (r.col === "amountWan") {
      sumText = sumDecimals(values);
      equal = sumText === sumDecimals([ownValue]);
    } else {
      const sum = values.reduce((a, b) => a + b, 0);
      sumText = String(sum);
      equal = sum === ownValue;
    }
    if (equal) return;
    const name = cellName(ctx.format, r);
    const note = blankNote(ctx.format, [...(own.kind === "blank" ? [r] : []), ...unitBlanks]);
    const list = parts
      .filter((p) => p.s.kind === "value" && p.s.value !== 0)
      .map((p) => `${unitName(p.unit)} ${(p.s as { value: number }).value}`);
    out.push(
      ctx.finding(
        rule,
        [r],
        {
          zh: `汇总报告${name.zh}为${own.kind === "blank" ? "空" : ownValue}，但${units.length}个单位之和为${sumText}${list.length && list.length <= 6 ? `（${list.join("，")}）` : ""}${note.zh}`,
          en: `the roll-up's ${name.en} is ${own.kind === "blank" ? "blank" : ownValue}, but its ${units.length} units sum to ${sumText}${list.length && list.length <= 6 ? ` (${list.join(", ")})` : ""}${note.en}`,
        },
        {
          expected: r.col === "amountWan" ? sumText : Number(sumText),
          actual: own.kind === "blank" ? null : ownValue,
        },
      ),
    );
  };
  if (ctx.on("ROLLUP-SUM")) {
    for (const t of ["table3", "table4"] as const) for (const r of cellsOf(t)) check("ROLLUP-SUM", r);
  }
  if (ctx.on("ROLLUP-SUM-T2")) {
    for (const r of cellsOf("table2")) {
      if (r.row !== T2_EXCLUDED_ROW && T2_COLUMNS.includes(r.col)) check("ROLLUP-SUM-T2", r);
    }
  }
  return out;
}

/** Findings of the roll-up rules (none unless `report.rollup.units` is set). */
export function checkRollup(ctx: CheckContext): Finding[] {
  const listed = ctx.report.rollup?.units;
  if (!Array.isArray(listed)) return [];
  const supplied = (Array.isArray(ctx.opts.units) ? ctx.opts.units : []).filter(
    (u) => typeof u === "object" && u !== null && typeof u.agency === "object" && u.agency !== null,
  );
  const out: Finding[] = [];

  // The same unit twice: in the list, or among the reports supplied.
  const seenIds = new Set<string>();
  for (const id of listed) {
    if (seenIds.has(id)) {
      out.push(
        ctx.finding(
          "ROLLUP-DUPLICATE-UNIT",
          [],
          { zh: `汇总单位“${id}”列出了两次`, en: `the unit “${id}” is listed twice` },
          { unit: id },
        ),
      );
    }
    seenIds.add(id);
  }
  const seenUnits = new Map<string, Report>();
  let duplicate = false;
  for (const u of supplied) {
    const key = u.agency?.creditCode ?? unitName(u);
    const first = seenUnits.get(key);
    if (first) {
      duplicate = true;
      out.push(
        ctx.finding(
          "ROLLUP-DUPLICATE-UNIT",
          [],
          {
            zh: `单位“${unitName(u)}”的报告提供了两次（${u.agency?.creditCode ? `统一社会信用代码 ${key}` : "同名"}）`,
            en: `the report of “${unitName(u)}” is supplied twice (${u.agency?.creditCode ? `credit code ${key}` : "same name"})`,
          },
          { unit: unitName(u) },
        ),
      );
    } else {
      seenUnits.set(key, u);
    }
  }

  const missing = listed.filter((id) => !supplied.some((u) => listedAs(u, id)));
  for (const id of [...new Set(missing)]) {
    out.push(
      ctx.finding(
        "ROLLUP-UNIT-MISSING",
        [],
        {
          zh: `汇总所列单位“${id}”的报告未提供，无法核对汇总数`,
          en: `the report of the listed unit “${id}” was not supplied; the sums cannot be checked`,
        },
        { unit: id },
      ),
    );
  }
  const units = supplied.filter((u) => listed.some((id) => listedAs(u, id)));
  for (const u of supplied) {
    if (units.includes(u)) continue;
    out.push(
      ctx.finding(
        "ROLLUP-UNIT-UNLISTED",
        [],
        {
          zh: `提供了汇总未列出的单位“${unitName(u)}”的报告，未计入汇总核对`,
          en: `a report of “${unitName(u)}” was supplied but the roll-up does not list it; not summed`,
        },
        { unit: unitName(u) },
      ),
    );
  }
  for (const u of units) {
    if (u.year === ctx.year) continue;
    out.push(
      ctx.finding(
        "ROLLUP-UNIT-YEAR",
        [],
        {
          zh: `单位“${unitName(u)}”的报告是${u.year}年度的，汇总报告是${ctx.year}年度的`,
          en: `the report of “${unitName(u)}” covers ${u.year}, the roll-up covers ${ctx.year}`,
        },
        { unit: unitName(u), expected: ctx.year, actual: u.year },
      ),
    );
  }
  const old = units.filter((u) => u.format !== ctx.format.id);
  if (old.length) {
    const notes = old.flatMap((u) =>
      u.format === "2019" && ctx.format.id === "2021"
        ? migrateUnit(u).notes.map((n) => `${unitName(u)}：${n.message.zh}`)
        : [],
    );
    const notesEn = old.flatMap((u) =>
      u.format === "2019" && ctx.format.id === "2021"
        ? migrateUnit(u).notes.map((n) => `${unitName(u)}: ${n.message.en}`)
        : [],
    );
    const names = old.map(unitName);
    out.push(
      ctx.finding("ROLLUP-FORMAT-MIX", [], {
        zh: `汇总报告为${ctx.format.id}年格式，以下单位为其他格式：${names.join("、")}${ctx.format.id === "2021" ? "；2019年格式的单位先迁移到2021年格式" : "；只核对两种格式共有的单元格"}${notes.length ? `。${notes.join("。")}` : ""}`,
        en: `the roll-up is in the ${ctx.format.id} format; these units are not: ${names.join(", ")}${ctx.format.id === "2021" ? "; 2019-format units are migrated first" : "; only cells both formats share are compared"}${notesEn.length ? `. ${notesEn.join(". ")}` : ""}`,
      }),
    );
  }
  if (!missing.length && !duplicate) out.push(...sums(ctx, units));
  return out.filter((f) => ctx.on(f.rule));
}
