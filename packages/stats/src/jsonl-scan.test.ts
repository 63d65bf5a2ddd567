// The law of the fused JSON Lines path: tabulating a reader's bytes directly gives exactly
// what tabulating the reader's items gives — same cells, counts, issues and explanations —
// for any mix of well-formed, odd and broken lines.
import { applicationRecords, syntheticCounty } from "@disclosure/samples";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { type ScannedApplication, scanApplication } from "./jsonl-scan";
import { jsonlScanner, loadWasmScanner, setWasmScannerEnabled, WASM_PIECE } from "./jsonl-scan-wasm";
import { SCAN_WASM_SOURCE_SHA256 } from "./jsonl-scan-wasm.generated";
import { cut } from "./testing/cut";
import { type ReadItem, readRecordsJsonl } from "./records/index";
import { tabulate } from "./tabulate";
import { exactly, itemAt } from "./testing/exactly";

const enc = new TextEncoder();
const apps = [...applicationRecords({ seed: 21, year: 2021, count: 400 })];
const others = [...syntheticCounty({ seed: 21, year: 2021 }).ownRecords()].filter(
  (r) => r.type !== "application",
);
const pool: Record<string, unknown>[] = [...apps, ...others] as Record<string, unknown>[];

/** Serialises an object as one JSON line, with optional spaces and shuffled keys. */
function line(o: Record<string, unknown>, spaced: boolean, order: number): string {
  const keys = Object.keys(o);
  const rotated = keys
    .slice(order % Math.max(1, keys.length))
    .concat(keys.slice(0, order % Math.max(1, keys.length)));
  const sep = spaced ? ", " : ",";
  const colon = spaced ? " : " : ":";
  const body = rotated.map((k) => `${JSON.stringify(k)}${colon}${JSON.stringify(o[k])}`).join(sep);
  return spaced ? ` { ${body} } ` : `{${body}}`;
}

type Mutation = (o: Record<string, unknown>, text: string) => string | Uint8Array;
const set =
  (k: string, v: unknown): Mutation =>
  (o, _t) =>
    line({ ...o, [k]: v }, false, 0);
const drop =
  (k: string): Mutation =>
  (o) => {
    const { [k]: _, ...rest } = o;
    return line(rest, false, 0);
  };
const MUTATIONS: Mutation[] = [
  (_o, t) => t,
  set("receivedDate", "2021-02-29"),
  set("receivedDate", "2020-02-29"),
  set("receivedDate", "2021-1-01"),
  set("completedDate", "1900-02-29"),
  set("receivedDate", "1900-02-29"),
  set("receivedDate", "2000-02-29"),
  set("completedDate", "2000-02-29"),
  set("completedDate", "2021-04-31"),
  set("completedDate", "2021-04-30"),
  set("completedDate", "2021-12-31"),
  set("receivedDate", "2021-13-01"),
  set("receivedDate", "2021-00-10"),
  set("receivedDate", "2021-01-00"),
  set("receivedDate", "2021-0:-01"),
  set("receivedDate", "202/-01-01"),
  set("receivedDate", "2021-01-3a"),
  set("applicantType", "Commercial"),
  set("result", "granted "),
  set("result", null),
  set("channel", "wechat"),
  set("id", ""),
  set("id", 42),
  set("id", 'a"b\\c'),
  set("id", "编号-１"),
  set("unit", "盐池县\u0001财政局"),
  set("unit", "盐池县\uFFFD局"),
  set("subject", "😀 emoji"),
  set("note", "unknown field"),
  set("type", "case"),
  set("type", "application"),
  drop("type"),
  drop("id"),
  drop("receivedDate"),
  drop("result"),
  drop("completedDate"),
  set("completedDate", "2019-01-01"),
  set("onTheSpot", true),
  set("onTheSpot", "yes"),
  set("extension", { workingDays: 20 }),
  set("extension", { workingDays: -1 }),
  set("extension", { workingDays: 1.5 }),
  set("extension", { approvedDate: "2021-03-01" }),
  set("extension", { workingDays: 20, extra: 1 }),
  set("correction", { requestedDate: "2021-03-08", receivedDate: null }),
  set("correction", { requestedDate: "2021-03-08", receivedDate: "2021-03-32" }),
  set("fee", {}),
  set("fee", { basis: "perVolume", pages: 120, noticeDate: "2021-03-10", amountYuan: 700, paidDate: null }),
  set("fee", { basis: "perPage" }),
  set("consultations", [{ from: "2021-03-01", to: "2021-03-05" }]),
  (_o, t) => t.replace('"id"', '"\\u0069d"'),
  (_o, t) => t.replace(/}\s*$/, ',"id":"dup"}'),
  (_o, t) => `${t}x`,
  (_o, t) => t.slice(0, Math.floor(t.length / 2)),
  (_o, t) => `\uFEFF${t}`,
  (_o, t) => `${t}\r`,
  (_o, t) => t.replace('"workingDays":20', '"workingDays":2e1'),
  (_o, t) => t.replace('"workingDays":20', '"workingDays":020'),
  () => "{}",
  () => "[]",
  () => "null",
  () => "",
  () => "   ",
  (_o, t) => {
    const b = enc.encode(t);
    const i = t.indexOf('"unit":"');
    if (i < 0) return b;
    const at = enc.encode(t.slice(0, i + 8)).length;
    const out = new Uint8Array(b.length + 1);
    out.set(b.subarray(0, at), 0);
    out[at] = 0xff;
    out.set(b.subarray(at), at + 1);
    return out;
  },
];

async function* generic(items: AsyncIterable<ReadItem>): AsyncGenerator<ReadItem> {
  for await (const x of items) yield x;
}

function joinLines(parts: (string | Uint8Array)[]): Uint8Array {
  const bytes = parts.map((p) => (typeof p === "string" ? enc.encode(p) : p));
  const total = bytes.reduce((s, b) => s + b.length + 1, 0);
  const out = new Uint8Array(total);
  let at = 0;
  for (const b of bytes) {
    out.set(b, at);
    at += b.length;
    out[at++] = 10;
  }
  return out;
}

/** A place for the scanner's values. */
const scanned = (): ScannedApplication => ({
  applicant: 0,
  received: 0,
  completed: 0,
  result: 0,
  idStart: 0,
  idEnd: 0,
});

const lineArb = fc.record({
  rec: fc.nat({ max: pool.length - 1 }),
  mutation: fc.nat({ max: MUTATIONS.length - 1 }),
  spaced: fc.boolean(),
  order: fc.nat({ max: 12 }),
});
const lineOf = ({
  rec,
  mutation,
  spaced,
  order,
}: {
  rec: number;
  mutation: number;
  spaced: boolean;
  order: number;
}) => itemAt(MUTATIONS, mutation)(itemAt(pool, rec), line(itemAt(pool, rec), spaced, order));

describe("the fused JSON Lines path", () => {
  for (const [name, wasm] of [
    ["WebAssembly", true],
    ["JavaScript", false],
  ] as const) {
    it(`tabulates exactly like the reader's items without explanations, ${name} scanner (property)`, async () => {
      setWasmScannerEnabled(wasm);
      try {
        await fc.assert(
          fc.asyncProperty(
            fc.array(lineArb, { minLength: 1, maxLength: 60 }),
            fc.array(fc.nat(), { maxLength: 6 }),
            fc.constantFrom<"application" | undefined>(undefined, "application"),
            fc.constantFrom(2020, 2021, 2022),
            fc.boolean(),
            async (lines, cuts, type, year, atLineEnds) => {
              const chunks = cut(joinLines(lines.map(lineOf)), cuts, atLineEnds);
              const opts = { year };
              const fused = await tabulate(readRecordsJsonl(chunks, { file: "t.jsonl", type }), opts);
              const slow = await tabulate(generic(readRecordsJsonl(chunks, { file: "t.jsonl", type })), opts);
              expect(fused).toEqual(slow);
            },
          ),
          { numRuns: 200 },
        );
      } finally {
        setWasmScannerEnabled(true);
      }
    });
  }

  it("tabulates exactly like the reader's items, for any mix of lines (property)", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            rec: fc.nat({ max: pool.length - 1 }),
            mutation: fc.nat({ max: MUTATIONS.length - 1 }),
            spaced: fc.boolean(),
            order: fc.nat({ max: 12 }),
          }),
          { minLength: 1, maxLength: 60 },
        ),
        fc.array(fc.nat(), { maxLength: 6 }),
        fc.constantFrom<"application" | undefined>(undefined, "application"),
        async (lines, cuts, type) => {
          const parts = lines.map(({ rec, mutation, spaced, order }) => {
            const o = itemAt(pool, rec);
            return itemAt(MUTATIONS, mutation)(o, line(o, spaced, order));
          });
          const all = joinLines(parts);
          const points = [...new Set(cuts.map((c) => c % (all.length + 1)))].sort((a, b) => a - b);
          const chunks: Uint8Array[] = [];
          let prev = 0;
          for (const p of [...points, all.length]) {
            chunks.push(all.subarray(prev, p));
            prev = p;
          }
          const opts = { year: 2021, explain: true };
          const fused = await tabulate(readRecordsJsonl(chunks, { file: "t.jsonl", type }), opts);
          const slow = await tabulate(generic(readRecordsJsonl(chunks, { file: "t.jsonl", type })), opts);
          expect(fused).toEqual(slow);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("accepts the common shapes and leaves the rest to the full path", () => {
    const out = scanned();
    const scan = (s: string) => {
      const b = enc.encode(`${s}\n`);
      const nl = scanApplication(b, 0, b.length, true, out);
      if (nl >= 0) expect(nl).toBe(b.length - 1);
      return nl >= 0;
    };
    expect(
      scan(
        '{"type":"application","id":"YC-1","unit":"盐池县财政局","receivedDate":"2021-03-04","channel":"online","applicantType":"commercial","result":"partlyGranted","completedDate":"2021-03-18"}',
      ),
    ).toBe(true);
    expect(out).toMatchObject({ applicant: 1, received: 20210304, completed: 20210318, result: 1 });
    expect(scan('{"id":"YC-2","receivedDate":"2021-12-30","applicantType":"naturalPerson"}')).toBe(true);
    expect(out).toMatchObject({ applicant: 0, completed: 0, result: -1 });
    expect(scan('{"id":"YC-3","receivedDate":"2021-12-30","applicantType":"naturalPerson","x":1}')).toBe(
      false,
    );
    expect(scan('{"id":"YC-\\u0033","receivedDate":"2021-12-30","applicantType":"naturalPerson"}')).toBe(
      false,
    );
    expect(scan('{"id":"YC-4","receivedDate":"2021-02-29","applicantType":"naturalPerson"}')).toBe(false);
    // a line without its line feed is not complete
    const partial = enc.encode('{"id":"YC-5","receivedDate":"2021-12-30","applicantType":"naturalPerson"}');
    expect(scanApplication(partial, 0, partial.length, true, out)).toBe(-1);
  });
});

describe("the WebAssembly scanner", () => {
  it("was built from the C source in wasm/ as it is now (npm run build:wasm)", () => {
    const source = readFileSync(new URL("../wasm/scan.c", import.meta.url));
    expect(createHash("sha256").update(source).digest("hex")).toBe(SCAN_WASM_SOURCE_SHA256);
  });

  it("loads in Node, and says so; turned off, the JavaScript scanner is used", async () => {
    expect(await loadWasmScanner()).toBeDefined();
    expect(await jsonlScanner()).toBe("webassembly");
    setWasmScannerEnabled(false);
    try {
      expect(await jsonlScanner()).toBe("javascript");
    } finally {
      setWasmScannerEnabled(true);
    }
  });

  const out = scanned();
  let scanner: Awaited<ReturnType<typeof loadWasmScanner>>;
  const both = async (bytes: Uint8Array, typeOptional: boolean) => {
    scanner ??= await loadWasmScanner();
    const wasm = scanner;
    if (wasm === undefined) throw new Error("no WebAssembly scanner");
    const b = new Uint8Array(bytes.length + 1);
    b.set(bytes);
    b[bytes.length] = 10;
    const nl = scanApplication(b, 0, b.length, typeOptional, out);
    const js =
      nl < 0
        ? undefined
        : {
            applicant: out.applicant,
            received: out.received,
            completed: out.completed,
            result: out.result,
            end: nl,
          };
    return { js, wasm: wasm.scanLine(b, typeOptional) };
  };

  it("takes and reads exactly the lines the JavaScript scanner does: every record × every mutation", async () => {
    let taken = 0;
    let left = 0;
    for (const [r, o] of pool.entries()) {
      for (const [m, mutate] of MUTATIONS.entries()) {
        const text = mutate(o, line(o, (r + m) % 3 === 0, r + m));
        const bytes = typeof text === "string" ? enc.encode(text) : text;
        for (const typeOptional of [true, false]) {
          const { js, wasm } = await both(bytes, typeOptional);
          expect(wasm, `${r}/${m}/${typeOptional}: ${new TextDecoder().decode(bytes)}`).toEqual(js);
          if (js) taken++;
          else left++;
        }
      }
    }
    // Both kinds occur in earnest.
    expect(taken).toBeGreaterThan(10_000);
    expect(left).toBeGreaterThan(10_000);
  });

  it("agrees with the JavaScript scanner on lines with any byte changed, inserted or cut (property)", async () => {
    await fc.assert(
      fc.asyncProperty(
        lineArb,
        fc.array(
          fc.record({ at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }), op: fc.nat({ max: 2 }) }),
          {
            minLength: 1,
            maxLength: 4,
          },
        ),
        fc.boolean(),
        async (l, edits, typeOptional) => {
          const text = lineOf(l);
          let bytes = typeof text === "string" ? enc.encode(text) : text;
          for (const { at, byte, op } of edits) {
            const i = at % (bytes.length + 1);
            if (op === 2 && i === bytes.length) continue;
            const next = new Uint8Array(bytes.length + (op === 1 ? 1 : op === 2 ? -1 : 0));
            next.set(bytes.subarray(0, i));
            if (op === 0) {
              next.set(bytes.subarray(i), i);
              if (i < bytes.length) next[i] = byte;
            } else if (op === 1) {
              next[i] = byte;
              next.set(bytes.subarray(i), i + 1);
            } else {
              next.set(bytes.subarray(i + 1), i);
            }
            bytes = next;
          }
          // A line feed inside is the end of the line for both.
          const { js, wasm } = await both(bytes, typeOptional);
          expect(wasm).toEqual(js);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it("takes chunks larger than its piece size and lines across the pieces", async () => {
    const records = [...applicationRecords({ seed: 5, year: 2021, count: 30_000 })];
    const text = records.map((r) => JSON.stringify(r)).join("\n");
    const all = enc.encode(`${text}\n{"id":"bad"}\n${text}`); // no final line feed
    expect(all.length).toBeGreaterThan(WASM_PIECE);
    const fused = await tabulate(readRecordsJsonl([all], { file: "big.jsonl" }), { year: 2021 });
    const slow = await tabulate(generic(readRecordsJsonl([all], { file: "big.jsonl" })), { year: 2021 });
    expect(fused).toEqual(slow);
    // The second half repeats the first: every record of it rejected, naming the first.
    expect(fused.accepted).toBe(30_000);
    expect(fused.rejected).toBe(30_001);
    expect(fused.issues[0]).toMatchObject({ location: { file: "big.jsonl", line: 30_001 } });
    expect(fused.issues[1]).toMatchObject({
      code: "RECORD-DUPLICATE-ID",
      location: { line: 30_002 },
      value: records[0]?.id,
    });
    expect(fused.issues[1]?.message.en).toContain("(first at big.jsonl line 1)");
  });
});
