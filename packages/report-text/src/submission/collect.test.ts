import { syntheticCounty } from "@disclosure/samples";
import type { Agency, Report } from "@disclosure/schema";
import { ledgerCsv, rollup, tabulate } from "@disclosure/stats";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { collectSubmissions, submissionsYear } from "./collect.js";
import type { Submission } from "./model.js";
import { readSubmission } from "./read.js";
import { itemAt } from "../../test/item-at.js";

const enc = (s: string) => new TextEncoder().encode(s);
const YEAR = 2024;
const county = syntheticCounty({ seed: 11, year: YEAR });
const unitAt = (i: number): Agency => itemAt(county.units, i);

function unitReport(unit: Agency, year = YEAR): Report {
  const t = tabulate(county.unitRecords(unit), { year });
  return { agency: unit, year, format: t.format, sections: {}, tables: t.tables };
}

const json = (r: Report) => enc(JSON.stringify(r));

/** The first `n` units as report JSON files, the next as a ledger CSV. */
async function submissions(n: number): Promise<Submission[]> {
  const reports = county.units.slice(0, n).map((u) => readSubmission(`${u.name}.json`, json(unitReport(u))));
  const ledgerUnit = unitAt(n);
  const ledger = readSubmission(
    `${ledgerUnit.name}申请办理台账.csv`,
    enc(ledgerCsv(county.unitRecords(ledgerUnit) as Iterable<Record<string, unknown>>)),
    { year: YEAR },
  );
  return Promise.all([...reports, ledger]);
}

describe("collectSubmissions", () => {
  it("sums the units as rollup does, one row a unit, the missing ones listed", async () => {
    const subs = await submissions(5);
    const expected = county.units.slice(0, 8).map((u) => u.name);
    const c = collectSubmissions(subs, { expectedUnits: expected });
    // The ledger holds the applications only, not the documents and decisions of table 二.
    const applications = (unit: Agency) =>
      [...county.unitRecords(unit)].filter((r) => (r as { type?: string }).type === "application");
    const direct = rollup(
      [
        ...county.units.slice(0, 5).map((unit) => ({ unit, report: unitReport(unit) })),
        { unit: unitAt(5), records: applications(unitAt(5)) },
      ],
      { year: YEAR },
    );
    expect(c.year).toBe(YEAR);
    expect(c.rollup?.report.tables).toEqual(direct.report.tables);
    expect(c.units.map((u) => u.status)).toEqual([...Array(6).fill("received"), "missing", "missing"]);
    expect(c.units[5]).toMatchObject({ fileTypes: ["csv"], rejected: 0, year: YEAR, included: true });
    const missing = c.findings.filter((f) => f.rule === "ROLLUP-UNIT-MISSING").map((f) => f.unit);
    expect(missing).toEqual(expected.slice(6));
    expect(c.findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  it("counts a file given twice, or two files of one unit, once, and says so", async () => {
    const subs = await submissions(3);
    const again = await readSubmission("copy/again.json", json(unitReport(unitAt(0))));
    const second = { ...unitReport(unitAt(1)), sections: { overview: "第二份" } };
    const other = await readSubmission("b.json", json(second));
    const c = collectSubmissions([...subs, again, other]);
    const once = collectSubmissions(subs);
    expect(c.rollup?.report.tables).toEqual(once.rollup?.report.tables);
    expect(c.findings.filter((f) => f.rule === "ROLLUP-DUPLICATE-UNIT").map((f) => f.unit)).toEqual([
      unitAt(0).name,
      unitAt(1).name,
    ]);
    expect(c.units[0]).toMatchObject({ files: [0, 4], repeatedFiles: [4] });
    expect(c.units[1]).toMatchObject({ files: [1, 5], repeatedFiles: [] });
  });

  it("flags a unit of another year and leaves it out; a township matches its government's name", async () => {
    const subs = await submissions(3);
    const late = await readSubmission("late.json", json(unitReport(unitAt(10), YEAR - 1)));
    const c = collectSubmissions([...subs, late], {
      expectedUnits: [unitAt(0).name.replace(/人民政府$/, "")],
    });
    expect(c.findings.find((f) => f.rule === "ROLLUP-UNIT-YEAR")?.unit).toBe(unitAt(10).name);
    expect(c.units.at(-1)).toMatchObject({ year: YEAR - 1, included: false, status: "received" });
    expect(c.units[0]?.expected).toBe(true);
    expect(c.findings.some((f) => f.rule === "ROLLUP-UNIT-MISSING")).toBe(false);
  });

  it("keeps an unreadable file as a row, and takes the 本级 unit as the county's own", async () => {
    const subs = await submissions(2);
    const bad = await readSubmission("盐池县民政局.json", enc("{ not json"));
    const own = await readSubmission("本级.json", json(unitReport(county.county)));
    const c = collectSubmissions([...subs, bad, own], { own: county.county.name });
    expect(c.units.find((u) => u.name === "盐池县民政局")).toMatchObject({ status: "unreadable", errors: 1 });
    expect(c.units.find((u) => u.own)?.name).toBe(county.county.name);
    expect(c.rollup?.report.agency.name).toBe(county.county.name);
    expect(c.rollup?.units[0]).toMatchObject({ own: true, included: true });
  });

  it("with no year stated or given, rolls nothing up", async () => {
    const csv = await readSubmission("a.csv", enc("table,row,col,value\ntable3,received,total,1\n"));
    const c = collectSubmissions([csv]);
    expect([c.year, c.rollup, c.units[0]?.status]).toEqual([undefined, undefined, "unreadable"]);
  });

  it("any units given in any order, some twice, sum as rollup sums each once (property)", async () => {
    const files = await Promise.all(
      county.units.slice(0, 8).map((u) => readSubmission(`${u.name}.json`, json(unitReport(u)))),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 0, max: 7 }), { minLength: 1, maxLength: 12 }),
        async (picks) => {
          const c = collectSubmissions(picks.map((i) => itemAt(files, i)));
          const unique = [...new Set(picks)];
          const direct = rollup(
            unique.map((i) => ({ unit: unitAt(i), report: unitReport(unitAt(i)) })),
            { year: YEAR },
          );
          expect(c.rollup?.report.tables).toEqual(direct.report.tables);
          expect(c.units.map((u) => u.name)).toEqual(unique.map((i) => unitAt(i).name));
          const duplicates = c.findings.filter((f) => f.rule === "ROLLUP-DUPLICATE-UNIT").length;
          expect(duplicates).toBe(picks.length - unique.length);
        },
      ),
      { numRuns: 25 },
    );
  });

  it("submissionsYear: the year most files state, the latest on a tie (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 2019, max: 2026 }), { minLength: 1, maxLength: 20 }),
        (years) => {
          const y = submissionsYear(years.map((year) => ({ year, yearFrom: "content" as const })));
          const count = (v: number) => years.filter((x) => x === v).length;
          const top = Math.max(...years.map(count));
          expect(y).toBeDefined();
          expect(count(y ?? 0)).toBe(top);
          expect(years.filter((x) => count(x) === top).every((x) => x <= (y ?? 0))).toBe(true);
        },
      ),
    );
  });
});
