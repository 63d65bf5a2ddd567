// Precision over the whole corpus: every error `check` raises on what parseReport read is
// the publication's own. A cell the reader could not read is our gap: no error may rest on
// it, and every table error raised on the reading is raised on the hand-transcribed truth too.
import type { TableId } from "@disclosure/schema";
import { fromCells } from "@disclosure/schema";
import { type Finding, check } from "@disclosure/stats";
import { beforeAll, describe, expect, it } from "vitest";
import { type ParseResult, parseReport } from "../src/parse/index.js";
import { type CorpusText, corpusTexts, readTestdataBytes } from "./corpus-texts.js";
import { defined } from "./item-at.js";

const key = (c: { table: string; row: string; col: string }) => `${c.table}/${c.row}/${c.col}`;
const TABLE_RULE = /^(T2|T3|T4|STRUCT-MISSING|CELL)-?/;

/** The errors of `check` on what the reader read, told which cells it could not read. */
function errorsOnReading(res: ParseResult): Finding[] {
  if (!res.report) return [];
  return check(res.report, {
    ...(res.detected?.tables ? { tables: res.detected.tables } : {}),
    unread: res.unread,
  }).filter((f) => f.severity === "error");
}

/** The errors of `check` on the transcribed tables (only the tables transcribed in full). */
function errorsOnTruth(r: CorpusText): Set<string> {
  const { tables } = fromCells(r.cells, { format: r.format });
  const complete = r.complete.filter((t): t is TableId => /^table[234]$/.test(t));
  const report = {
    agency: { name: r.agency, level: "county" as const },
    year: r.year,
    format: r.format,
    sections: {},
    tables,
  };
  return new Set(
    check(report, { tables: complete })
      .filter((f) => f.severity === "error")
      .map(signature),
  );
}

const signature = (f: Finding) => `${f.rule} ${f.cells.map(key).sort().join(",")}`;

const inputs: { name: string; truth: CorpusText; read: () => Promise<ParseResult> }[] = [];
for (const r of corpusTexts())
  inputs.push({ name: `${r.slug}.txt`, truth: r, read: () => parseReport(r.text) });
const hongze = defined(
  corpusTexts().find((r) => r.slug === "2024-hongze-district"),
  "2024-hongze-district",
);
inputs.push({
  name: "2024-hongze-district.pdf",
  truth: hongze,
  read: () => parseReport(readTestdataBytes("corpus/2024-hongze-district.pdf")),
});

const results = new Map<string, ParseResult>();
beforeAll(async () => {
  for (const i of inputs) results.set(i.name, await i.read());
});

describe("precision: no error of ours is blamed on the publication", () => {
  for (const i of inputs) {
    it(`${i.name}: no error rests on a cell the reader could not read`, () => {
      const res = defined(results.get(i.name), `the result of ${i.name}`);
      const unread = new Set(res.unread.map(key));
      for (const f of errorsOnReading(res)) {
        const onUnread = f.cells.filter((c) => unread.has(key(c)));
        expect(onUnread, `${f.rule}: ${f.message.zh}`).toEqual([]);
        expect(f.concerns).toBe("publication");
      }
    });

    it(`${i.name}: every table error on the reading is an error of the published tables`, () => {
      const res = defined(results.get(i.name), `the result of ${i.name}`);
      const complete = new Set(i.truth.complete);
      const truth = errorsOnTruth(i.truth);
      const ours = errorsOnReading(res).filter(
        (f) => TABLE_RULE.test(f.rule) && f.cells.length && f.cells.every((c) => complete.has(c.table)),
      );
      for (const f of ours) expect(truth, `${f.rule}: ${f.message.zh}`).toContain(signature(f));
    });
  }

  it("the cells it could not read are said to be a gap in the reading (READ-UNREAD, info)", () => {
    const withUnread = [...results.values()].filter((r) => r.report && r.unread.length);
    expect(withUnread.length).toBeGreaterThan(0);
    for (const res of withUnread) {
      const f = check(defined(res.report, "the report read"), { unread: res.unread }).filter(
        (x) => x.rule === "READ-UNREAD",
      );
      expect(f.length).toBeGreaterThan(0);
      expect(f.every((x) => x.severity === "info" && x.concerns === "reading")).toBe(true);
    }
  });
});
