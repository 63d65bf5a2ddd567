// A record given twice is counted once: the later one rejected and located, naming the first,
// on every path (plain records, readers item by item, the fused JSON Lines path with the
// WebAssembly or the JavaScript scanner). Unknown fields and bad JSON are located too.
import { applicationRecords } from "@disclosure/samples";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { setWasmScannerEnabled } from "./jsonl-scan-wasm";
import { createIdSet, hashIdBytes, hashIdString } from "./record-ids";
import { type ReadItem, readRecordsCsv, readRecordsJsonl } from "./records/index";
import { tabulate } from "./tabulate";

const app = (id: string, over: Record<string, unknown> = {}) => ({
  type: "application",
  id,
  receivedDate: "2021-03-04",
  applicantType: "naturalPerson",
  result: "granted",
  completedDate: "2021-03-18",
  ...over,
});

async function* generic(items: AsyncIterable<ReadItem>): AsyncGenerator<ReadItem> {
  for await (const x of items) yield x;
}

describe("record ids", () => {
  it("hashes an id string as its UTF-8 bytes", () => {
    const h = { lo: 0, hi: 0 };
    for (const id of ["YC-1", "盐池县-申-2021-001", "😀", ""]) {
      const bytes = new TextEncoder().encode(`x${id}y`);
      const a = { ...hashIdString(0, id, h) };
      expect(hashIdBytes(0, bytes, 1, bytes.length - 1, h)).toEqual(a);
      expect(hashIdString(1, id, h)).not.toEqual(a);
    }
  });

  it("keeps every id it is given and where it was first, as it grows (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 6 }), { maxLength: 12_000 }), (ids) => {
        const set = createIdSet();
        const first = new Map<string, number>();
        const h = { lo: 0, hi: 0 };
        ids.forEach((id, i) => {
          const seen = set.claim(hashIdString(0, id, h), { file: "a.jsonl", line: i + 1 });
          expect(seen).toEqual(first.has(id) ? { file: "a.jsonl", line: first.get(id) } : undefined);
          if (!first.has(id)) first.set(id, i + 1);
        });
        expect(set.size).toBe(first.size);
      }),
      { numRuns: 30 },
    );
  });
});

describe("tabulate: a record given twice is counted once", () => {
  it("three records with one id: one counted, two rejected naming the first", () => {
    const t = tabulate(
      [app("YC-1"), app("YC-1"), app("YC-2"), app("YC-1", { applicantType: "commercial" })],
      {
        year: 2021,
      },
    );
    expect(t.tables.table3?.received?.total).toBe(2);
    expect(t).toMatchObject({ accepted: 2, rejected: 2, counted: 2 });
    expect(t.issues.map((i) => [i.code, i.path, i.value])).toEqual([
      ["RECORD-DUPLICATE-ID", [1, "id"], "YC-1"],
      ["RECORD-DUPLICATE-ID", [3, "id"], "YC-1"],
    ]);
    expect(t.issues[0]?.message).toEqual({
      zh: "记录编号 YC-1 重复（首次在第 1 条记录），后出现的这条不计入",
      en: "the record id YC-1 appears again (first at record 1); this later record is not counted",
    });
  });

  it("checkIds: false keeps no ids (for ids known to be unique) and counts a repeat again", async () => {
    const records = [app("YC-1"), app("YC-1")];
    expect(tabulate(records, { year: 2021, checkIds: false })).toMatchObject({ accepted: 2, rejected: 0 });
    const text = `${records.map((r) => JSON.stringify(r)).join("\n")}\n`;
    const t = await tabulate(readRecordsJsonl([text]), { year: 2021, checkIds: false });
    expect(t).toMatchObject({ accepted: 2, rejected: 0 });
  });

  it("ids are kept per kind of record: a case may share an application's id", () => {
    const t = tabulate([app("1"), { type: "case", id: "1", kind: "review", filedDate: "2021-05-01" }], {
      year: 2021,
    });
    expect(t).toMatchObject({ accepted: 2, rejected: 0 });
  });

  it("a rejected record does not take its id; an accepted later one does", () => {
    const t = tabulate([app("A", { receivedDate: "2021-02-30" }), app("A"), app("A")], { year: 2021 });
    expect(t).toMatchObject({ accepted: 1, rejected: 2 });
    expect(t.issues.map((i) => i.code)).toEqual(["SCHEMA-INVALID-FORMAT", "RECORD-DUPLICATE-ID"]);
    expect(t.issues[1]?.message.en).toContain("first at record 2");
  });

  it("the same file given twice counts once: every record of the second rejected, by file and line", async () => {
    const text = `${[...applicationRecords({ seed: 3, year: 2021, count: 50 })].map((r) => JSON.stringify(r)).join("\n")}\n`;
    const once = await tabulate(readRecordsJsonl([text], { file: "a.jsonl" }), { year: 2021 });
    const { concatReaders } = await import("./records/index");
    const twice = await tabulate(
      concatReaders([
        readRecordsJsonl([text], { file: "a.jsonl" }),
        readRecordsJsonl([text], { file: "a.jsonl" }),
      ]),
      { year: 2021 },
    );
    expect(twice.tables).toEqual(once.tables);
    expect(twice).toMatchObject({ accepted: 50, rejected: 50 });
    expect(twice.issues[0]).toMatchObject({
      code: "RECORD-DUPLICATE-ID",
      file: "a.jsonl",
      line: 1,
      column: "id",
    });
    expect(twice.issues[0]?.message.zh).toContain("首次在a.jsonl 第 1 行");
  });
});

/** A JSON Lines file of valid applications drawn with repeats from a pool, and broken lines. */
const pool = [...applicationRecords({ seed: 9, year: 2021, count: 120 })];
const lineArb = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...pool).map((record) => ({ record })) },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom("{oops", '{"id":"X","id":"Y"}', "[1]", '{"count":NaN}')
      .map((bad) => ({ bad })),
  },
);
type Line = { record: (typeof pool)[number] } | { bad: string };

/** What must come out: the first of each id accepted, every other non-blank line rejected. */
function expected(lines: Line[]): { accepted: number; rejected: number } {
  const ids = new Set(lines.flatMap((l) => ("record" in l ? [l.record.id] : [])));
  return { accepted: ids.size, rejected: lines.length - ids.size };
}

describe("the record readers with repeated ids mixed in: accepted + rejected = lines (property)", () => {
  for (const [name, wasm, fused] of [
    ["fused, WebAssembly", true, true],
    ["fused, JavaScript", false, true],
    ["item by item", true, false],
  ] as const) {
    it(`JSON Lines, ${name}`, async () => {
      setWasmScannerEnabled(wasm);
      try {
        await fc.assert(
          fc.asyncProperty(fc.array(lineArb, { minLength: 1, maxLength: 80 }), async (lines) => {
            const text = `${lines.map((l) => ("record" in l ? JSON.stringify(l.record) : l.bad)).join("\n")}\n`;
            const reader = readRecordsJsonl([text], { file: "r.jsonl" });
            const t = await tabulate(fused ? reader : generic(reader), { year: 2021 });
            expect({ accepted: t.accepted, rejected: t.rejected }).toEqual(expected(lines));
            expect(t.accepted + t.rejected).toBe(lines.length);
          }),
          { numRuns: 60 },
        );
      } finally {
        setWasmScannerEnabled(true);
      }
    });
  }

  it("CSV", async () => {
    const cols = ["id", "receivedDate", "applicantType", "result", "completedDate"] as const;
    await fc.assert(
      fc.asyncProperty(fc.array(lineArb, { minLength: 1, maxLength: 80 }), async (lines) => {
        const rows = lines.map((l) =>
          "record" in l
            ? cols.map((c) => (l.record as Record<string, unknown>)[c] ?? "").join(",")
            : "BAD,2021-13-01,naturalPerson,,",
        );
        const t = await tabulate(
          readRecordsCsv([`${cols.join(",")}\n${rows.join("\n")}\n`], { file: "r.csv" }),
          {
            year: 2021,
          },
        );
        const want = expected(lines);
        expect(t.accepted + t.rejected).toBe(lines.length);
        expect(t.accepted).toBe(want.accepted);
      }),
      { numRuns: 60 },
    );
  });
});

describe("what a record file holds that is not a record field, or not JSON", () => {
  it("an unknown field of a plain record is warned of once, with the field it probably meant", () => {
    const t = tabulate(
      [
        app("A", { recievedDate: "2021-03-01" }),
        app("B", { recievedDate: "2021-03-02", fee: { pages: 3, extra: 1 } }),
      ],
      { year: 2021 },
    );
    expect(t.accepted).toBe(2);
    expect(t.issues.map((i) => [i.code, i.severity, i.path, i.suggestion])).toEqual([
      ["RECORD-UNKNOWN-FIELD", "warning", [0, "recievedDate"], "receivedDate"],
      ["RECORD-UNKNOWN-FIELD", "warning", [1, "fee", "extra"], undefined],
    ]);
    expect(t.issues[0]?.message.zh).toBe(
      "字段 recievedDate 不属于记录格式，已忽略（是否应为 receivedDate？）（同名字段只提示一次）",
    );
  });

  it("a CSV cell of JSON with a key twice is not read as its last value", async () => {
    const csv =
      'id,receivedDate,applicantType,consultations\nA,2021-03-04,naturalPerson,"[{""from"":""2021-03-05"",""to"":""2021-03-06"",""to"":""2021-03-09""}]"\n';
    const t = await tabulate(readRecordsCsv([csv], { file: "r.csv" }), { year: 2021 });
    expect(t).toMatchObject({ accepted: 0, rejected: 1 });
    expect(t.issues[0]).toMatchObject({ file: "r.csv", line: 2, column: "consultations" });
  });

  it("a key twice in a line, NaN, a count that is no whole number: located by line and column", async () => {
    const lines = [
      JSON.stringify(app("A")),
      '{"id":"B","id":"C","receivedDate":"2021-03-04","applicantType":"naturalPerson"}',
      '{"type":"decisions","id":"D","kind":"penalty","count":NaN,"from":"2021-01-01","to":"2021-01-31"}',
      '{"type":"decisions","id":"E","kind":"penalty","count":1.5,"from":"2021-01-01","to":"2021-01-31"}',
    ];
    const t = await tabulate(readRecordsJsonl([lines.join("\n")], { file: "r.jsonl" }), { year: 2021 });
    expect(t).toMatchObject({ accepted: 1, rejected: 3 });
    expect(t.issues.map((i) => [i.code, i.line, i.column])).toEqual([
      ["JSON-DUPLICATE-KEY", 2, 11],
      ["RECORD-JSON", 3, 55],
      ["SCHEMA-INVALID-TYPE", 4, "count"],
    ]);
    expect(t.issues[1]?.message.en).toContain("NaN is not a JSON number");
    expect(t.issues[2]?.message.zh).toBe("处理决定数量记录：count 须为不小于 0 的整数：1.5");
  });
});
