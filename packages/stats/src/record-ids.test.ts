// A record given twice is counted once: the later one rejected and located, naming the first,
// on every path (plain records, readers item by item, the fused JSON Lines path with the
// WebAssembly or the JavaScript scanner). Unknown fields and bad JSON are located too.
import { applicationRecords } from "@disclosure/samples";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadWasmScanner, setWasmIdHashBits, setWasmScannerEnabled } from "./jsonl-scan-wasm";
import { createIdSet } from "./record-ids";
import { type ReadItem, readRecordsCsv, readRecordsJsonl } from "./records/index";
import { tabulate } from "./tabulate";
import { columnOf, lineOf, pathOf } from "./testing/where";

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

/** Where each id of `ids` was first, by position (1-based line), and which positions repeat one. */
function firstPlaces(ids: readonly string[]): (number | undefined)[] {
  const first = new Map<string, number>();
  return ids.map((id, i) => {
    const at = first.get(id);
    if (at === undefined) first.set(id, i + 1);
    return at;
  });
}

/** Ids drawn from a small alphabet, so that repeats and ids one byte apart both occur. */
const idArb = fc.oneof(
  fc.string({ maxLength: 6 }),
  fc.stringMatching(/^[ab盐😀]{1,4}$/u),
  fc.constantFrom("YC-1", "YC-2", "\ud800", "\udc00", "\ufffd", "a\u0000"),
);

describe("record ids", () => {
  const sets = [
    ["a Map", async () => createIdSet()],
    ["WebAssembly", async () => createIdSet(await loadWasmScanner())],
    ...[0, 1, 7].map(
      (bits) =>
        [
          `WebAssembly, hashes cut to ${bits} bits (every id collides with others)`,
          async () => {
            const wasm = await loadWasmScanner();
            wasm?.hashBits(bits);
            return createIdSet(wasm);
          },
        ] as const,
    ),
  ] as const;

  for (const [name, make] of sets) {
    it(`${name}: a claim answers where the same id was first, and nothing for a new one (property)`, async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(idArb, { maxLength: 400 }), fc.nat({ max: 7 }), async (ids, type) => {
          const set = await make();
          const want = firstPlaces(ids);
          const got = ids.map((id, i) => set.claim(type, id, { file: "a.jsonl", line: i + 1 }));
          expect(got).toEqual(
            want.map((line) => (line === undefined ? undefined : { file: "a.jsonl", line })),
          );
          expect(set.size).toBe(new Set(ids).size);
          // Another kind of record has ids of its own.
          expect(set.claim(type + 1, ids[0] ?? "x", { index: 0 })).toBeUndefined();
        }),
        { numRuns: name.startsWith("WebAssembly, hashes cut to 0") ? 20 : 60 },
      );
    });
  }

  it("WebAssembly: keeps every id as its table grows and rehashes, by string or by bytes, with places by index", async () => {
    const set = createIdSet(await loadWasmScanner());
    const enc = new TextEncoder();
    const n = 40_000;
    for (let i = 0; i < n; i++) {
      const id = `盐池-${i}`;
      const first =
        i % 2
          ? set.claim(0, id, { file: `f${i % 3}`, index: i })
          : set.claimBytes(0, enc.encode(id), 0, enc.encode(id).length, { line: i + 1 });
      expect(first).toBeUndefined();
    }
    expect(set.size).toBe(n);
    expect(set.claim(0, "盐池-0", { line: 9 })).toEqual({ line: 1 });
    expect(set.claim(0, "盐池-39999", { line: 9 })).toEqual({ file: "f0", index: 39_999 });
    const bytes = enc.encode("x盐池-12345y");
    expect(set.claimBytes(0, bytes, 1, bytes.length - 1, { line: 1 })).toEqual({ file: "f0", index: 12_345 });
    expect(set.size).toBe(n);
  });

  it("a lone surrogate is its own id, not U+FFFD's", async () => {
    for (const set of [createIdSet(), createIdSet(await loadWasmScanner())]) {
      expect(set.claim(0, "a\ud800", { line: 1 })).toBeUndefined();
      expect(set.claim(0, "a\udc00", { line: 2 })).toBeUndefined();
      expect(set.claim(0, "a\ufffd", { line: 3 })).toBeUndefined();
      expect(set.claim(0, "a\ud800", { line: 4 })).toEqual({ line: 1 });
    }
  });
});

describe("tabulate rejects exactly the repeats of an earlier id (property)", () => {
  const line = (id: string, i: number) => JSON.stringify(app(id, i % 2 ? { unit: "盐池县民政局" } : {}));
  for (const [name, wasm, bits] of [
    ["WebAssembly scanner", true, 32],
    ["WebAssembly scanner, hashes cut to 2 bits", true, 2],
    ["JavaScript scanner", false, 32],
  ] as const) {
    it(`JSON Lines, ${name}: the rejected lines are the repeats, each naming the first`, async () => {
      setWasmScannerEnabled(wasm);
      setWasmIdHashBits(bits);
      try {
        await fc.assert(
          fc.asyncProperty(
            fc.array(
              // U+FFFD in a file is warned of as a sign of mis-decoding: left out here.
              idArb.filter((id) => id.length > 0 && !id.includes("\ufffd")),
              { minLength: 1, maxLength: 300 },
            ),
            async (ids) => {
              const text = `${ids.map(line).join("\n")}\n`;
              const t = await tabulate(readRecordsJsonl([text], { file: "r.jsonl" }), {
                year: 2021,
                maxIssues: 1e6,
              });
              const want = firstPlaces(ids);
              const repeats = want.flatMap((first, i) =>
                first === undefined ? [] : [[i + 1, first, ids[i]]],
              );
              expect(t.issues.map((x) => [x.code, x.value])).toEqual(
                repeats.map(([, , id]) => ["RECORD-DUPLICATE-ID", id]),
              );
              expect(t.issues.map((x) => x.message.en)).toEqual(
                repeats.map(
                  ([, first, id]) =>
                    `the record id ${id} appears again (first at r.jsonl line ${first}); this later record is not counted`,
                ),
              );
              expect(t).toMatchObject({ accepted: ids.length - repeats.length, rejected: repeats.length });
              expect(t.tables.table3?.received?.total).toBe(ids.length - repeats.length);
            },
          ),
          { numRuns: 60 },
        );
      } finally {
        setWasmScannerEnabled(true);
        setWasmIdHashBits(32);
      }
    });
  }
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
    expect(t.issues.map((i) => [i.code, pathOf(i), i.value])).toEqual([
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
      location: { kind: "text", file: "a.jsonl", line: 1, field: "id" },
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
    expect(t.issues.map((i) => [i.code, i.severity, pathOf(i), i.suggestion])).toEqual([
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
    expect(t.issues[0]).toMatchObject({
      location: { kind: "text", file: "r.csv", line: 2, field: "consultations" },
    });
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
    expect(t.issues.map((i) => [i.code, lineOf(i), columnOf(i)])).toEqual([
      ["JSON-DUPLICATE-KEY", 2, 11],
      ["RECORD-JSON", 3, 55],
      ["SCHEMA-INVALID-TYPE", 4, "count"],
    ]);
    expect(t.issues[1]?.message.en).toContain("NaN is not a JSON number");
    expect(t.issues[2]?.message.zh).toBe("处理决定数量记录：count 须为不小于 0 的整数：1.5");
  });
});
