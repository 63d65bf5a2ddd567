// The audit table's rows and their order: counts as the workbook counts them (on corpus
// reports), and the laws of sorting (property-tested).
import { readFileSync } from "node:fs";
import { auditSheets, readAndCheck } from "@disclosure/report-text";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type AuditRow,
  COLUMNS,
  type ColumnId,
  type SortState,
  ariaSort,
  auditRow,
  compareRows,
  nextSort,
  sortRows,
} from "../src/audit/rows.js";

const corpus = (slug: string) =>
  readFileSync(new URL(`../../../testdata/corpus/${slug}.txt`, import.meta.url), "utf8").replace(
    /^(?:(?:source|agency|year|format|script|complete|rendering):.*\n)+/,
    "",
  );

describe("auditRow", () => {
  it("counts errors, warnings and unread cells as the workbook's 概览 does (上海市科委 2024, 沭阳县发改局 2023)", async () => {
    for (const slug of ["2024-shanghai-science-commission", "2023-shuyang-development-reform-bureau"]) {
      const { audited } = await readAndCheck({ name: `${slug}.txt`, data: corpus(slug) });
      const row = auditRow(0, audited);
      const [header, line] = auditSheets([audited], [])[0]!.rows;
      const at = (name: string) => line![header!.indexOf(name)];
      expect(row).toMatchObject({
        read: true,
        file: `${slug}.txt`,
        agency: at("机关"),
        year: Number(at("年度")),
      });
      expect(String(row.errors)).toBe(at("错误"));
      expect(String(row.warnings)).toBe(at("警告"));
      expect(String(row.unread)).toBe(at("未能读出"));
    }
    const kewei = auditRow(
      0,
      (await readAndCheck({ name: "k.txt", data: corpus("2024-shanghai-science-commission") })).audited,
    );
    expect(kewei.errors).toBeGreaterThan(0);
  });

  it("gives a file that is no report no counts, and its reason", async () => {
    const { audited } = await readAndCheck({ name: "通知.html", data: "<p>明天上午九点开会。</p>" });
    const row = auditRow(3, audited);
    expect(row).toMatchObject({ id: 3, file: "通知.html", read: false });
    expect(row.errors).toBeUndefined();
    expect(row.reason?.zh.length).toBeGreaterThan(0);
    expect(row.reason?.en.length).toBeGreaterThan(0);
  });
});

const optional = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });
const rowArb = fc.record({
  file: fc.string(),
  read: fc.boolean(),
  agency: optional(fc.constantFrom("平潭综合实验区", "上海市科委", "沭阳县人民政府", "淮安市洪泽区人民政府")),
  year: optional(fc.integer({ min: 2008, max: 2030 })),
  format: optional(fc.constantFrom("2019", "2021")),
  errors: optional(fc.nat(20)),
  warnings: optional(fc.nat(200)),
  unread: optional(fc.nat(200)),
});
const rowsArb = fc
  .array(rowArb, { maxLength: 40 })
  .map((rs) =>
    rs.map(
      (r, id) =>
        Object.fromEntries(
          Object.entries({ id, ...r }).filter(([, v]) => v !== undefined),
        ) as unknown as AuditRow,
    ),
  );
const columnArb = fc.constantFrom(...COLUMNS.map((c) => c.id));
const sortArb: fc.Arbitrary<SortState> = fc.option(
  fc.record({ column: columnArb, direction: fc.constantFrom("ascending" as const, "descending" as const) }),
  { nil: undefined },
);

describe("sorting the rows", () => {
  it("is a permutation of the rows, and sorting again changes nothing", () => {
    fc.assert(
      fc.property(rowsArb, sortArb, (rows, sort) => {
        const sorted = sortRows(rows, sort);
        expect(sorted.map((r) => r.id).sort((a, b) => a - b)).toEqual(rows.map((r) => r.id));
        expect(sortRows(sorted, sort)).toEqual(sorted);
      }),
    );
  });

  it("puts rows in the column's order, rows without a value last either way, ties in the order given", () => {
    fc.assert(
      fc.property(rowsArb, sortArb, (rows, sort) => {
        const sorted = sortRows(rows, sort);
        for (let i = 1; i < sorted.length; i++) {
          const [a, b] = [sorted[i - 1]!, sorted[i]!];
          expect(compareRows(sort)(a, b)).toBeLessThan(0);
          if (!sort) continue;
          const [x, y] = [a[sort.column], b[sort.column]];
          if (x === undefined) expect(y).toBeUndefined();
          if (typeof x === "number" && typeof y === "number")
            expect(sort.direction === "ascending" ? x <= y : x >= y).toBe(true);
          if (x === y) expect(a.id).toBeLessThan(b.id);
        }
      }),
    );
  });

  it("descending is ascending turned round, for the rows with a value", () => {
    fc.assert(
      fc.property(rowsArb, columnArb, (rows, column) => {
        const values = (direction: "ascending" | "descending") =>
          sortRows(rows, { column, direction })
            .map((r) => r[column])
            .filter((v) => v !== undefined);
        expect(values("descending")).toEqual(values("ascending").reverse());
      }),
    );
  });

  it("sorts text by the Chinese collation and numbers as numbers", () => {
    const rows = [
      { id: 0, file: "b10.txt", read: true, year: 2021 },
      { id: 1, file: "b9.txt", read: true, year: 2019 },
      { id: 2, file: "a.txt", read: true, year: 2100 },
    ];
    expect(sortRows(rows, { column: "file", direction: "ascending" }).map((r) => r.file)).toEqual([
      "a.txt",
      "b9.txt",
      "b10.txt",
    ]);
    expect(sortRows(rows, { column: "year", direction: "descending" }).map((r) => r.year)).toEqual([
      2100, 2021, 2019,
    ]);
  });
});

describe("the headers", () => {
  it("turn the order round on a second click; a new column starts with the most errors first, or A→Z", () => {
    fc.assert(
      fc.property(sortArb, columnArb, (sort, column) => {
        const once = nextSort(sort, column);
        const twice = nextSort(once, column);
        expect(once?.column).toBe(column);
        expect(twice?.direction).not.toBe(once?.direction);
        expect(nextSort(twice, column)).toEqual(once);
      }),
    );
    const counts: ColumnId[] = ["errors", "warnings", "unread"];
    for (const c of COLUMNS)
      expect(nextSort(undefined, c.id)?.direction).toBe(counts.includes(c.id) ? "descending" : "ascending");
  });

  it("say aria-sort on the sorted column only", () => {
    fc.assert(
      fc.property(sortArb, (sort) => {
        const marked = COLUMNS.filter((c) => ariaSort(sort, c.id) !== "none").map((c) => c.id);
        expect(marked).toEqual(sort ? [sort.column] : []);
      }),
    );
  });
});
