/**
 * What each unit has to act on after a coverage check: its missing items (and the periods of
 * periodic items nothing was published for), its late publications (title, deadline, working
 * days late) and its publications that match no item, with the reason — as lists per unit and
 * as the rows of the 督查清单 an office sends its units.
 */
import type {
  CoverageResult,
  ItemCoverage,
  LatePublication,
  UnmatchedPublication,
} from "./coverage-types.js";
import {
  WORKLIST_COLUMNS,
  WORKLIST_PROBLEMS,
  WORKLIST_SHEETS,
  WORKLIST_SUMMARY_COLUMNS,
} from "./standard/worklist-columns.js";

/** One unit's problems; `notListed`: late and unmatched publications counted but not listed. */
export type UnitWorklist = {
  unit: string;
  items: number;
  publications: number;
  missing: ItemCoverage[];
  periods: ItemCoverage[];
  late: LatePublication[];
  unmatched: UnmatchedPublication[];
  counts: { missing: number; periods: number; late: number; unmatched: number };
  notListed: { late: number; unmatched: number };
};

/** The name of an item as a unit reads it: 一级事项/二级事项/三级事项. */
export const itemName = (i: Pick<ItemCoverage, "level1" | "level2" | "level3">): string =>
  [i.level1, i.level2, i.level3].filter(Boolean).join("/");

/**
 * Each unit's problems, units in the order of the result, those with nothing to act on left out.
 *
 * @example
 * unitWorklists(coverage(catalog, publications, period)).map((u) => [u.unit, u.counts]);
 * //=> [["盐池县民政局", { missing: 1, periods: 0, late: 2, unmatched: 1 }], …]
 */
export function unitWorklists(result: CoverageResult): UnitWorklist[] {
  const lists = new Map<string, UnitWorklist>();
  for (const u of result.byUnit) {
    lists.set(u.unit, {
      unit: u.unit,
      items: u.items,
      publications: u.publications,
      missing: [],
      periods: [],
      late: [],
      unmatched: [],
      counts: { missing: u.missing, periods: 0, late: u.late, unmatched: u.unmatched },
      notListed: { late: 0, unmatched: 0 },
    });
  }
  for (const i of result.byItem) {
    const w = lists.get(i.unit);
    if (!w) continue;
    if (i.status === "missing") w.missing.push(i);
    else if (i.missingPeriods && i.missingPeriods.length > 0) w.periods.push(i);
  }
  for (const l of result.late) lists.get(l.unit)?.late.push(l);
  for (const u of result.unmatched) if (u.reason !== "areaOnly") lists.get(u.unit)?.unmatched.push(u);
  const out: UnitWorklist[] = [];
  for (const w of lists.values()) {
    w.counts.periods = w.periods.length;
    w.notListed = { late: w.counts.late - w.late.length, unmatched: w.counts.unmatched - w.unmatched.length };
    const { missing, periods, late, unmatched } = w.counts;
    if (missing + periods + late + unmatched > 0) out.push(w);
  }
  return out;
}

type Lang = "zh" | "en";
const say = (m: { zh: string; en: string }, lang: Lang) => m[lang];

/** A row's cells in the order of the sheet's columns, empty where the row has none. */
function inColumnOrder<K extends string>(
  columns: Readonly<Record<K, unknown>>,
  cells: Partial<Record<K, string>>,
) {
  return (Object.keys(columns) as K[]).map((k) => cells[k] ?? "");
}

/** The rows of one unit: its missing items, periods, late and unmatched publications. */
function unitRows(w: UnitWorklist, items: ReadonlyMap<string, ItemCoverage>, lang: Lang): string[][] {
  const P = WORKLIST_PROBLEMS;
  const row = (problem: string, cells: Partial<Record<keyof typeof WORKLIST_COLUMNS, string>>) =>
    inColumnOrder(WORKLIST_COLUMNS, { ...cells, unit: w.unit, problem });
  return [
    ...w.missing.map((i) => row(say(P.missing, lang), { area: i.areaName, item: itemName(i) })),
    ...w.periods.map((i) =>
      row(say(P.periods, lang), {
        area: i.areaName,
        item: itemName(i),
        note: (i.missingPeriods ?? []).join(lang === "zh" ? "、" : ", "),
      }),
    ),
    ...w.late.map((l) =>
      row(say(P.late, lang), {
        item: items.has(l.item) ? itemName(items.get(l.item) as ItemCoverage) : l.item,
        title: l.title,
        date: l.date,
        eventDate: l.eventDate ?? "",
        deadline: l.deadline,
        lateBy: String(l.lateByWorkingDays),
        note: l.period ?? "",
        link: l.link ?? "",
      }),
    ),
    ...w.unmatched.map((u) =>
      row(say(P.unmatched, lang), {
        title: u.title,
        date: u.date,
        note: say(u.why, lang),
        link: u.link ?? "",
      }),
    ),
  ];
}

/** A sheet of the 督查清单: its name, its title line and its rows, header first. */
export interface WorklistSheet {
  name: string;
  title: string;
  rows: string[][];
}

/**
 * The 督查清单 as sheets of plain rows (header first): a summary a unit a row, and the list a
 * problem a row, for `writeGridXlsx` or `csvText` of @disclosure/schema. Late and unmatched
 * publications are those the result lists (`maxListed`, `maxListedPerUnit`); the summary's
 * counts are complete.
 *
 * @example
 * const sheets = worklistSheets(result);
 * await writeGridXlsx(sheets); // 汇总, 督查清单
 */
export function worklistSheets(result: CoverageResult, lang: Lang = "zh"): [WorklistSheet, WorklistSheet] {
  const lists = unitWorklists(result);
  const items = new Map(result.byItem.map((i) => [i.key, i]));
  const S = WORKLIST_SUMMARY_COLUMNS;
  const summary = [
    Object.values(S).map((c) => say(c, lang)),
    ...lists.map((w) =>
      inColumnOrder(S, {
        unit: w.unit,
        items: String(w.items),
        missing: String(w.counts.missing),
        periods: String(w.counts.periods),
        publications: String(w.publications),
        late: String(w.counts.late),
        unmatched: String(w.counts.unmatched),
      } satisfies Record<keyof typeof S, string>),
    ),
  ];
  const detail = [
    Object.values(WORKLIST_COLUMNS).map((c) => say(c, lang)),
    ...lists.flatMap((w) => unitRows(w, items, lang)),
  ];
  const title = `${say(WORKLIST_SHEETS.title, lang)}（${result.period.from}—${result.period.to}）`;
  return [
    { name: say(WORKLIST_SHEETS.summary, lang), title, rows: summary },
    { name: say(WORKLIST_SHEETS.detail, lang), title, rows: detail },
  ];
}
