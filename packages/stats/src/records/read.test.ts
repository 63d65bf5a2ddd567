import { applicationRecords, syntheticCounty } from "@disclosure/samples";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mkdtemp, open, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  type ByteSource,
  concatReaders,
  type ReadItem,
  isRejected,
  readRecordsCsv,
  readRecordsJsonl,
} from "./index";
import { looksLikeRecords } from "../record-parse";
import { tabulate } from "../tabulate";
import { cut } from "../testing/cut";
import { exactly } from "../testing/exactly";
import { fieldOf, lineOf } from "../testing/where";

async function collect(items: AsyncIterable<ReadItem>): Promise<ReadItem[]> {
  const out: ReadItem[] = [];
  for await (const x of items) out.push(x);
  return out;
}

const utf8 = (s: string) => new TextEncoder().encode(s);
const bytes = (...parts: (string | number[])[]) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === "string" ? [...utf8(p)] : p)));
/** 盐池县财政局 in GB18030 (GBK range). */
const GB_CZJ = [0xd1, 0xce, 0xb3, 0xd8, 0xcf, 0xd8, 0xb2, 0xc6, 0xd5, 0xfe, 0xbe, 0xd6];

const JSONL = [
  '{"type":"application","id":"CZ-1","unit":"盐池县财政局","receivedDate":"2021-03-04","applicantType":"naturalPerson","result":"granted","completedDate":"2021-03-18"}',
  "",
  '{"id":"CZ-2","receivedDate":"2021-02-30","applicantType":"naturalPerson"}',
  '{"id":"CZ-3","receivedDate":"2021-04-01","applicantType":"robot","note":"x"}',
  "{not json",
  '{"id":"CZ-4","receivedDate":"2021-04-01","applicantType":"commercial","note":"备注","remark":1}',
  '{"id":"CZ-5","receivedDate":"2021-04-01","applicantType":"commercial","note":"again"}',
  "   ",
].join("\r\n");

describe("readRecordsJsonl", () => {
  it("yields one item per non-blank line: records, or rejections located by file, line and field", async () => {
    const items = await collect(readRecordsJsonl([JSONL], { file: "盐池县财政局.jsonl" }));
    expect(items.map((i) => i.line)).toEqual([1, 3, 4, 5, 6, 7]);
    const [ok, badDate, badEnum, badJson, unknown, unknownAgain] = exactly(items, 6);
    expect(isRejected(ok)).toBe(false);
    if (!isRejected(ok))
      expect(ok.record).toMatchObject({ type: "application", id: "CZ-1", unit: "盐池县财政局" });
    expect(isRejected(badDate) && badDate.issue).toMatchObject({
      location: { kind: "text", file: "盐池县财政局.jsonl", line: 3, field: "receivedDate" },
      severity: "error",
    });
    expect(isRejected(badDate) && badDate.issue.message.zh).toBe(
      "政府信息公开申请记录：receivedDate 格式无效，日期应为 YYYY-MM-DD",
    );
    expect(isRejected(badEnum) && badEnum.issue).toMatchObject({
      location: { line: 4, field: "applicantType" },
    });
    expect(isRejected(badJson) && badJson.issue).toMatchObject({
      code: "RECORD-JSON",
      location: { kind: "json", line: 5, column: 2 },
    });
    // Unknown fields are dropped with a warning, once per field name, where first met (a
    // rejected line too).
    expect(isRejected(badEnum) && badEnum.issues.map((w) => [w.code, fieldOf(w)])).toEqual([
      ["SCHEMA-INVALID-VALUE", "applicantType"],
      ["RECORD-UNKNOWN-FIELD", "note"],
    ]);
    expect(isRejected(unknown)).toBe(false);
    if (!isRejected(unknown)) {
      expect(unknown.warnings?.map((w) => [w.code, fieldOf(w)])).toEqual([
        ["RECORD-UNKNOWN-FIELD", "remark"],
      ]);
      expect(unknown.record).not.toHaveProperty("note");
    }
    if (!isRejected(unknownAgain)) expect(unknownAgain.warnings).toBeUndefined();
  });

  it("reads UTF-8 with a BOM, and GB18030 (files saved by Chinese Excel / WPS)", async () => {
    const bom = await collect(readRecordsJsonl([bytes([0xef, 0xbb, 0xbf], `${JSONL.split("\r\n")[0]}\n`)]));
    expect(bom).toHaveLength(1);
    expect(isRejected(exactly(bom, 1)[0])).toBe(false);
    const gb = bytes(
      '{"id":"CZ-1","unit":"',
      GB_CZJ,
      '","receivedDate":"2021-03-04","applicantType":"naturalPerson"}\n',
    );
    for (const chunks of [[gb], cut(gb, [5, 22, 23, 30])]) {
      const items = await collect(readRecordsJsonl(chunks, { file: "财政局-gbk.jsonl" }));
      expect(items).toHaveLength(1);
      const [item] = exactly(items, 1);
      expect(!isRejected(item) && item.record.unit).toBe("盐池县财政局");
    }
  });

  it("says where bytes could not be decoded", async () => {
    const bad = bytes(
      `${JSONL.split("\r\n")[0]}\n`,
      '{"id":"CZ-9","unit":"',
      [0xff, 0xfe],
      '","receivedDate":"2021-03-04","applicantType":"naturalPerson"}\n',
    );
    const items = await collect(readRecordsJsonl([bad], { file: "x.jsonl", encoding: "utf-8" }));
    const [, second] = exactly(items, 2);
    expect(isRejected(second)).toBe(false);
    if (!isRejected(second)) {
      expect(second.warnings?.[0]).toMatchObject({
        code: "RECORD-ENCODING",
        location: { line: 2 },
        severity: "warning",
      });
    }
  });

  it("gives the same items however the bytes are cut into chunks (property)", async () => {
    const text = [...syntheticCounty({ seed: 5, year: 2021 }).unitRecords("盐池县自然资源局")]
      .map((r) => JSON.stringify(r))
      .concat(JSONL.split("\r\n"))
      .join("\n");
    const all = utf8(text);
    const whole = await collect(readRecordsJsonl([all]));
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat(), { maxLength: 12 }), async (points) => {
        expect(await collect(readRecordsJsonl(cut(all, points)))).toEqual(whole);
      }),
      { numRuns: 40 },
    );
  });
});

describe("readRecordsCsv", () => {
  const csv = [
    "type,id,unit,receivedDate,applicantType,result,completedDate,onTheSpot,fee.amountYuan,fee.paidDate,subject",
    'application,CZ-1,盐池县财政局,2021-03-04,naturalPerson,granted,2021-03-18,否,,,"扶贫资金，2020年"',
    'application,CZ-2,盐池县财政局,2021-03-05,commercial,otherHandling.unpaidFee,2021-04-20,,300,无,"多行',
    '申请内容，含 ""引号"""',
    "application,CZ-3,盐池县财政局,2021-13-01,commercial,,,,,,",
    "application,CZ-4,盐池县财政局,2021-03-05",
    "application,CZ-5,盐池县财政局,2021-03-06,naturalPerson,granted,2021-03-10,是,12件,,",
  ].join("\r\n");

  it("reads quoted cells (commas, line breaks, doubled quotes), nested and typed columns", async () => {
    const items = await collect(readRecordsCsv([csv], { file: "财政局.csv" }));
    expect(items.map((i) => i.line)).toEqual([2, 3, 5, 6, 7]);
    const [a, b, c, d, e] = exactly(items, 5);
    expect(!isRejected(a) && a.record).toMatchObject({
      id: "CZ-1",
      onTheSpot: false,
      subject: "扶贫资金，2020年",
    });
    expect(!isRejected(b) && b.record).toMatchObject({
      id: "CZ-2",
      fee: { amountYuan: 300, paidDate: null },
      subject: '多行\r\n申请内容，含 "引号"',
    });
    expect(isRejected(c) && c.issue).toMatchObject({
      location: { file: "财政局.csv", line: 5, field: "receivedDate" },
    });
    expect(isRejected(d) && d.issue).toMatchObject({ code: "CSV-FIELD-COUNT", location: { line: 6 } });
    expect(isRejected(d) && d.issue.message.zh).toBe("该行有 4 列，表头有 11 列");
    expect(isRejected(e) && e.issue).toMatchObject({ location: { line: 7, field: "fee.amountYuan" } });
  });

  it("reports a quote left open to the end of the file", async () => {
    const items = await collect(readRecordsCsv(['id,subject\nA,"never closed\n'], { file: "x.csv" }));
    expect(items).toHaveLength(1);
    const [item] = exactly(items, 1);
    expect(isRejected(item) && item.issue).toMatchObject({
      code: "CSV-UNTERMINATED-QUOTE",
      location: { line: 2 },
    });
  });

  it("reads GB18030 CSV and gives the same rows however it is cut (property)", async () => {
    const gb = bytes("id,unit,receivedDate,applicantType\r\nCZ-2,", GB_CZJ, ",2021-03-05,commercial\r\n");
    const whole = await collect(readRecordsCsv([gb]));
    const [first] = exactly(whole, 1);
    expect(!isRejected(first) && first.record.unit).toBe("盐池县财政局");
    const all = utf8(csv);
    const wholeUtf8 = await collect(readRecordsCsv([all]));
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat(), { maxLength: 10 }), async (points) => {
        expect(await collect(readRecordsCsv(cut(all, points)))).toEqual(wholeUtf8);
        expect(await collect(readRecordsCsv(cut(gb, points)))).toEqual(whole);
      }),
      { numRuns: 40 },
    );
  });

  it("reads old Mac line endings (a lone CR) and LF as it reads CRLF, however cut (property)", async () => {
    const summary = (items: ReadItem[]) =>
      items.map((i) => (isRejected(i) ? `${i.line} ${i.issue.code}` : `${i.line} ${i.record.id}`));
    const crlf = summary(await collect(readRecordsCsv([csv])));
    for (const ending of ["\r", "\n"]) {
      const text = utf8(csv.replaceAll("\r\n", ending));
      const whole = await collect(readRecordsCsv([text]));
      expect(summary(whole)).toEqual(crlf);
      const b = whole[1];
      expect(b !== undefined && !isRejected(b) && b.record.type === "application" && b.record.subject).toBe(
        `多行${ending}申请内容，含 "引号"`,
      );
      await fc.assert(
        fc.asyncProperty(fc.array(fc.nat(), { maxLength: 10 }), async (points) => {
          expect(await collect(readRecordsCsv(cut(text, points)))).toEqual(whole);
        }),
        { numRuns: 40 },
      );
    }
  });
});

describe("tabulate over readers", () => {
  it("tabulating a JSONL file gives what tabulating its records gives, and counts its rejections", async () => {
    const records = [...applicationRecords({ seed: 11, year: 2021, count: 3_000 })];
    const text = `${records.map((r) => JSON.stringify(r)).join("\n")}\n{"id":"bad"}\n`;
    const fromFile = await tabulate(readRecordsJsonl([text], { file: "a.jsonl" }), { year: 2021 });
    const fromArray = tabulate(records, { year: 2021 });
    expect(fromFile.tables).toEqual(fromArray.tables);
    expect(fromFile.accepted).toBe(3_000);
    expect(fromFile.rejected).toBe(1);
    expect(fromFile.issues[0]).toMatchObject({ location: { file: "a.jsonl", line: 3_001 } });
  });

  it("tabulating a CSV file works the same way", async () => {
    const records = [...applicationRecords({ seed: 12, year: 2021, count: 500 })];
    const cols = ["id", "unit", "receivedDate", "applicantType", "result", "completedDate"] as const;
    const csv = [
      cols.join(","),
      ...records.map((r) => cols.map((c) => (r as Record<string, unknown>)[c] ?? "").join(",")),
    ].join("\n");
    const fromCsv = await tabulate(readRecordsCsv([csv], { type: "application" }), { year: 2021 });
    expect(fromCsv.tables).toEqual(tabulate(records, { year: 2021 }).tables);
    expect(fromCsv.accepted).toBe(500);
  });
});

/** A byte source over `b` that hands out at most the given numbers of bytes per read, in turn. */
function source(b: Uint8Array, sizes: number[]): ByteSource & { reads: number } {
  let at = 0;
  const src = {
    reads: 0,
    async read(buffer: Uint8Array, offset: number, length: number, position: number | null) {
      expect(position).toBeNull();
      const want = Math.max(1, sizes[src.reads % sizes.length] ?? length);
      const n = Math.min(length, want, b.length - at);
      buffer.set(b.subarray(at, at + n), offset);
      at += n;
      src.reads++;
      return { bytesRead: n };
    },
  };
  return src;
}

describe("reading from an open file (ByteSource)", () => {
  it("gives what the whole bytes give, however short the reads, GB18030 too (property)", async () => {
    // The encoding is told only after 64 bytes past the first non-ASCII byte, so short reads
    // are held across reads of the same reused buffer.
    const gb = bytes(
      '{"id":"CZ-1","unit":"',
      GB_CZJ,
      '","subject":"',
      [...GB_CZJ, ...GB_CZJ, ...GB_CZJ, ...GB_CZJ, ...GB_CZJ, ...GB_CZJ],
      '","receivedDate":"2021-03-04","applicantType":"naturalPerson"}\n',
      `${JSONL}\n`,
    );
    const jsonl = utf8(`${JSONL}\n`);
    const gbCsv = bytes("id,unit,receivedDate,applicantType\r\nCZ-2,", GB_CZJ, ",2021-03-05,commercial\r\n");
    const want = {
      gb: await collect(readRecordsJsonl([gb], { file: "f" })),
      jsonl: await collect(readRecordsJsonl([jsonl], { file: "f" })),
      csv: await collect(readRecordsCsv([gbCsv], { file: "f" })),
    };
    const [gbItem] = want.gb;
    expect(gbItem !== undefined && !isRejected(gbItem) && gbItem.record.unit).toBe("盐池县财政局");
    await fc.assert(
      fc.asyncProperty(fc.array(fc.integer({ min: 1, max: 40 }), { maxLength: 8 }), async (sizes) => {
        expect(await collect(readRecordsJsonl(source(gb, sizes), { file: "f" }))).toEqual(want.gb);
        expect(await collect(readRecordsJsonl(source(jsonl, sizes), { file: "f" }))).toEqual(want.jsonl);
        expect(await collect(readRecordsCsv(source(gbCsv, sizes), { file: "f" }))).toEqual(want.csv);
        const t = await tabulate(readRecordsJsonl(source(gb, sizes), { file: "f" }), { year: 2021 });
        expect(t).toEqual(await tabulate(readRecordsJsonl([gb], { file: "f" }), { year: 2021 }));
      }),
      { numRuns: 60 },
    );
  });

  it("lets a reader stop early and the file be closed at once", async () => {
    const dir = await mkdtemp(join(tmpdir(), "records-io-"));
    const file = join(dir, "b.jsonl");
    await writeFile(file, `${JSONL}\n`.repeat(200_000)); // 60 MB: reads are still running
    try {
      for (let k = 0; k < 3; k++) {
        const fh = await open(file);
        let seen = 0;
        for await (const item of readRecordsJsonl(fh)) {
          expect(item.line).toBe(1);
          seen++;
          break;
        }
        await fh.close();
        expect(seen).toBe(1);
      }
    } finally {
      await rm(dir, { recursive: true });
    }
  });

  it("reads a real file through fs.promises.open, in two reused buffers", async () => {
    const records = [...applicationRecords({ seed: 13, year: 2021, count: 20_000 })];
    const text = `${records.map((r) => JSON.stringify(r)).join("\n")}\n{"id":"bad"}\n`;
    const dir = await mkdtemp(join(tmpdir(), "records-io-"));
    const file = join(dir, "a.jsonl");
    await writeFile(file, text);
    const fh = await open(file);
    try {
      const fromFile = await tabulate(readRecordsJsonl(fh, { file: "a.jsonl" }), { year: 2021 });
      expect(fromFile.tables).toEqual(tabulate(records, { year: 2021 }).tables);
      expect(fromFile.accepted).toBe(20_000);
      expect(fromFile.issues[0]).toMatchObject({ location: { file: "a.jsonl", line: 20_001 } });
    } finally {
      await fh.close();
      await rm(dir, { recursive: true });
    }
  });
});

describe("telling record files from cells files", () => {
  it("looks at the first line's keys or CSV header", () => {
    const yes = [
      '{"type":"application","id":"YC-1","unit":"盐池县财政局","receivedDate":"2021-03-04"}',
      '\uFEFF{"id":"YC-1","receivedDate":"2021-03-04","applicantType":"naturalPerson"}\n{"id":"YC-2"}',
      "id,unit,receivedDate,applicantType,result,completedDate\r\nYC-1,…",
      "type,id,fee.amountYuan,receivedDate\n",
      "id,unit,receivedDate,applicantType\rYC-1,盐池县财政局,2021-03-04,naturalPerson\r",
      "盐池县财政局台账\r序号,申请人类型,收到申请日期,办理结果\r1,自然人,2021年3月4日,予以公开\r",
      '"id"\t"filedDate"\t"kind"\n',
      '{"type":"document","id":"D1","title":"盐池县…","issuedDate":"2021-01-05"', // cut short
      "盐池县财政局2021年政府信息公开申请办理台账\r\n填报单位：盐池县财政局,,,\r\n序号,申请人类型,收到申请日期,办理结果\r\n1,自然人,2021年3月4日,予以公开\r\n",
    ];
    const no = [
      '{"table":"table3","row":"received","col":"total","value":7}',
      "table,row,col,value\r\ntable3,received,total,7\r\n",
      "table,row,col,value,行,列\r\n",
      "表,行,列,值\r\n表三,一、本年新收政府信息公开申请数量,总计,12\r\n",
      "表,行,列,值\r\n表三,三、本年度办理结果（一）予以公开,自然人,3\r\n",
      '{"agency":{"name":"盐池县人民政府"},"year":2021}',
      "",
      "hello",
    ];
    for (const h of yes) expect(looksLikeRecords(h), h).toBe(true);
    for (const h of no) expect(looksLikeRecords(h), h).toBe(false);
  });
});

describe("several files in one tabulation (concatReaders)", () => {
  it("tabulates them as one, each JSON Lines file on the fast path, issues located in their own file", async () => {
    const a = [...applicationRecords({ seed: 31, year: 2021, count: 2_000 })];
    // Two seeds share some ids (carried-over applications): b keeps the others.
    const taken = new Set(a.map((r) => r.id));
    const b = [...applicationRecords({ seed: 32, year: 2021, count: 1_000 })].filter((r) => !taken.has(r.id));
    const jsonl = (rs: typeof a, bad: string) => `${rs.map((r) => JSON.stringify(r)).join("\n")}\n${bad}\n`;
    const cols = ["id", "unit", "receivedDate", "applicantType", "result", "completedDate"] as const;
    const csv = [
      cols.join(","),
      ...b.map((r) => cols.map((c) => (r as Record<string, unknown>)[c] ?? "").join(",")),
      "CSV-BAD,盐池县财政局,2021-13-01,naturalPerson,,",
    ].join("\n");
    const readers = () => [
      readRecordsJsonl([jsonl(a, '{"id":"A-BAD"}')], { file: "a.jsonl" }),
      readRecordsCsv([csv], { file: "b.csv", type: "application" }),
      readRecordsJsonl([jsonl(b.slice(0, 10), "{oops")], { file: "c.jsonl" }),
    ];
    const fused = await tabulate(concatReaders(readers()), { year: 2021 });
    async function* generic() {
      yield* concatReaders(readers());
    }
    expect(fused).toEqual(await tabulate(generic(), { year: 2021 }));
    // c.jsonl repeats ten records of b.csv: rejected, each naming where it first was.
    expect(fused.tables).toEqual(tabulate([...a, ...b], { year: 2021 }).tables);
    expect(fused.accepted).toBe(2_000 + b.length);
    expect(fused.rejected).toBe(13);
    expect(fused.issues.map((i) => [i.location?.file, lineOf(i)])).toEqual([
      ["a.jsonl", 2_001],
      ["b.csv", b.length + 2],
      ...b.slice(0, 10).map((_, k) => ["c.jsonl", k + 1]),
      ["c.jsonl", 11],
    ]);
    expect(fused.issues[2]).toMatchObject({
      code: "RECORD-DUPLICATE-ID",
      location: { field: "id" },
      value: b[0]?.id,
    });
    expect(fused.issues[2]?.message.zh).toBe(
      `记录编号 ${b[0]?.id} 重复（首次在b.csv 第 2 行），后出现的这条不计入`,
    );
    // Items come out in order, file by file.
    const files: string[] = [];
    for await (const item of concatReaders(readers()))
      if (files.at(-1) !== item.file) files.push(item.file ?? "");
    expect(files).toEqual(["a.jsonl", "b.csv", "c.jsonl"]);
  });
});
