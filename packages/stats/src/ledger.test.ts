// Application ledgers as offices keep them: Chinese headers and values, dates in any form,
// title rows above the header, no id column.
import {
  ApplicantTypeSchema,
  ApplicationChannelSchema,
  ApplicationResultSchema,
  columnLabel,
  findRow,
} from "@disclosure/schema";
import { applicationRecords } from "@disclosure/samples";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  ledgerApplicantType,
  ledgerCaseKind,
  ledgerCaseOutcome,
  ledgerChannel,
  ledgerCsv,
  ledgerDate,
  ledgerField,
  ledgerResult,
  ledgerRows,
} from "./ledger";
import {
  csvRows,
  isRejected,
  type ReadItem,
  readRecordsCsv,
  readRecordsGrid,
  recordHeaderRow,
} from "./records/index";
import { tabulate } from "./tabulate";
import { exactly } from "./testing/exactly";
import { fieldOf } from "./testing/where";

async function collect(items: AsyncIterable<ReadItem>): Promise<ReadItem[]> {
  const out: ReadItem[] = [];
  for await (const x of items) out.push(x);
  return out;
}

describe("ledger words", () => {
  it("every result's official label, bare or under its group, reads back as its code", () => {
    for (const code of ApplicationResultSchema.options) {
      const row = findRow("2021", "table3", code)!.row;
      expect(ledgerResult(row.label), row.label).toBe(code);
      expect(ledgerResult(row.text), row.text).toBe(code);
      expect(ledgerResult(code)).toBe(code);
      if (row.path.length > 1) {
        const group = row.path.at(-1)!.replace(/^（[一二三四五六七八九十]+）/u, "");
        for (const sep of ["—", "-", "：", "/"]) {
          expect(ledgerResult(`${group}${sep}${row.text}`), `${group}${sep}${row.text}`).toBe(code);
        }
        expect(ledgerResult(`${group}（${row.text}）`)).toBe(code);
      }
    }
  });

  it("results under the wrong group, or unknown, name nothing", () => {
    expect(ledgerResult("部分公开")).toBe("partlyGranted");
    expect(ledgerResult("其他处理—信访举报投诉类申请")).toBeUndefined(); // 信访 is 不予处理
    expect(ledgerResult("不予处理-其他")).toBeUndefined();
    expect(ledgerResult("已办理")).toBeUndefined();
    expect(ledgerResult("")).toBeUndefined();
  });

  it("applicant types: codes, the official columns with or without their group, usual words", () => {
    for (const code of ApplicantTypeSchema.options) {
      expect(ledgerApplicantType(code)).toBe(code);
      const label = columnLabel("2021", "table3", "received", code)!;
      expect(ledgerApplicantType(label), label).toBe(code);
    }
    expect(ledgerApplicantType("法人或其他组织—商业企业")).toBe("commercial");
    expect(ledgerApplicantType("法人或其他组织（科研机构）")).toBe("research");
    expect(ledgerApplicantType("个人")).toBe("naturalPerson");
    expect(ledgerApplicantType("企业")).toBe("commercial");
    expect(ledgerApplicantType("律师事务所")).toBe("legalService");
    // Which kind of organisation is not said: table 三 cannot place it.
    expect(ledgerApplicantType("法人或其他组织")).toBeUndefined();
  });

  it("channels, dates and headers", () => {
    for (const code of ApplicationChannelSchema.options) expect(ledgerChannel(code)).toBe(code);
    expect(ledgerChannel("网上申请")).toBe("online");
    expect(ledgerChannel("当面提交")).toBe("inPerson");
    expect(ledgerChannel("信函")).toBe("post");
    expect(ledgerChannel("微信")).toBeUndefined();
    expect(ledgerDate("2021年3月4日")).toBe("2021-03-04");
    expect(ledgerDate("44259")).toBe("2021-03-04"); // an Excel day number
    expect(ledgerDate("2021年2月30日")).toBeUndefined();
    expect(ledgerField("收到申请日期")).toBe("receivedDate");
    expect(ledgerField(" 申请人 类型 ")).toBe("applicantType");
    expect(ledgerField("答复时间")).toBe("completedDate");
    expect(ledgerField("序号")).toBe("");
    expect(ledgerField("联系电话")).toBeUndefined();
  });
});

const LEDGER = [
  "盐池县财政局2021年政府信息公开申请办理台账",
  "填报单位：盐池县财政局,,,,,,,,",
  "序号,申请人,申请人类型,收到申请日期,申请方式,申请内容,办理结果,答复日期,备注",
  "1,张某,自然人,2021年3月4日,网上申请,2020年县级预算执行情况,予以公开,2021年3月18日,",
  "2,宁夏某某建设有限公司,法人或其他组织—商业企业,2021/4/6,当面,某项目招标文件,部分公开,2021/4/27,区分处理",
  '3,李某,个人,2021.5.10,信函,"举报某单位违规发放补贴,要求查处",不予处理—信访举报投诉类申请,2021.5.20,',
  "4,王某,自然人,2021-06-01,网络,某年度会议纪要,不予公开（属于四类过程性信息）,2021-06-22,",
  "5,某律师事务所,律师事务所,2021年12月27日,电子邮件,某行政处罚决定书,,,结转下年",
  "6,赵某,自然人,2021年2月30日,当面,某文件,予以公开,2021年3月1日,日期写错",
  "7,某研究院,科研机构,2021年7月1日,当面,某统计数据,已办理,2021年7月9日,",
  "",
].join("\r\n");

describe("a ledger as a CSV", () => {
  it("reads the header below the title rows, the Chinese values as codes, and locates bad rows by their header", async () => {
    const items = await collect(readRecordsCsv([LEDGER], { file: "台账.csv" }));
    expect(items).toHaveLength(7);
    const good = items.filter((i) => !isRejected(i));
    expect(good.map((i) => ("record" in i ? i.record : undefined))).toMatchObject([
      {
        type: "application",
        id: "台账.csv:4",
        applicantId: "张某",
        applicantType: "naturalPerson",
        receivedDate: "2021-03-04",
        channel: "online",
        result: "granted",
        completedDate: "2021-03-18",
      },
      {
        id: "台账.csv:5",
        applicantType: "commercial",
        receivedDate: "2021-04-06",
        channel: "inPerson",
        result: "partlyGranted",
      },
      { id: "台账.csv:6", applicantType: "naturalPerson", channel: "post", result: "notProcessed.petition" },
      { applicantType: "naturalPerson", channel: "online", result: "withheld.deliberative" },
      { applicantType: "legalService", channel: "email", receivedDate: "2021-12-27" },
    ]);
    // 备注 is no record field: one warning, in the column's own name.
    const second = good[1];
    expect(
      second !== undefined && "record" in second && second.warnings?.map((w) => [w.code, fieldOf(w)]),
    ).toEqual([["RECORD-UNKNOWN-FIELD", "备注"]]);
    const bad = items.filter(isRejected);
    expect(bad.map((b) => [b.line, fieldOf(b.issue)])).toEqual([
      [9, "收到申请日期"],
      [10, "办理结果"],
    ]);
    expect(bad[0]?.issue.message.zh).toContain("“收到申请日期”（receivedDate）");
    expect(bad[0]?.issue.message.en).toContain("“收到申请日期” (receivedDate)");
    // A value not recognised: what the ledger may write there, in its own terms.
    expect(bad[1]?.issue.message.zh).toContain(
      "“办理结果”（result）的取值“已办理”无法识别；应为表三“三、本年度办理结果”中的一项",
    );
    expect(bad[1]?.issue.message.zh).toContain("“不予公开—属于国家秘密”");
    expect(bad[1]?.issue.message.en).toContain("“办理结果” (result): “已办理” not recognised");
  });

  it("tabulates into table 三 like the same records written with codes", async () => {
    const t = await tabulate(readRecordsCsv([LEDGER], { file: "台账.csv" }), { year: 2021 });
    expect(t.accepted).toBe(5);
    expect(t.rejected).toBe(2);
    const t3 = t.tables.table3!;
    expect(t3.received).toMatchObject({ naturalPerson: 3, commercial: 1, legalService: 1, total: 5 });
    expect(t3.granted?.total).toBe(1);
    expect(t3.partlyGranted?.commercial).toBe(1);
    expect(t3["notProcessed.petition"]?.naturalPerson).toBe(1);
    expect(t3["withheld.deliberative"]?.naturalPerson).toBe(1);
    expect(t3.carriedOut).toMatchObject({ legalService: 1, total: 1 });
  });

  it("reads the same rows from a worksheet's grid, located by the sheet's row numbers", async () => {
    const rows = LEDGER.split("\r\n").map((l) => l.split(","));
    // A worksheet has no CSV quoting: the subject with a comma is one cell there.
    rows[5] = [
      "3",
      "李某",
      "个人",
      "2021.5.10",
      "信函",
      "举报某单位违规发放补贴，要求查处",
      "不予处理—信访举报投诉类申请",
      "2021.5.20",
      "",
    ];
    const items = await collect(
      readRecordsGrid({ rows, rowNumbers: rows.map((_, i) => i + 11) }, { file: "台账.xlsx 工作表“2021年”" }),
    );
    expect(items.filter(isRejected).map((b) => [b.line, fieldOf(b.issue)])).toEqual([
      [19, "收到申请日期"],
      [20, "办理结果"],
    ]);
    expect(recordHeaderRow(rows)).toBe(2);
    expect(recordHeaderRow([["说明"], ["本表由各单位填报"]])).toBe(-1);
    const first = items[0];
    expect(first !== undefined && "record" in first && first.record).toMatchObject({
      id: "台账.xlsx 工作表“2021年”:14",
      result: "granted",
    });
  });

  it("files with field names as headers read as before, and a file naming no fields keeps its first row as header", async () => {
    const plain = "id,receivedDate,applicantType\nA-1,2021-03-04,naturalPerson\n";
    const [a] = await collect(readRecordsCsv([plain], { type: "application" }));
    expect(a !== undefined && "record" in a && a.record).toMatchObject({
      id: "A-1",
      receivedDate: "2021-03-04",
    });
    const nothing = "名称,数量\n某,1\n";
    const items = await collect(readRecordsCsv([nothing], { file: "x.csv" }));
    expect(items).toHaveLength(1);
    expect(isRejected(exactly(items, 1)[0])).toBe(true);
    expect(items[0]?.line).toBe(2);
  });
});

describe("a case ledger (行政复议、行政诉讼)", () => {
  it("case kinds and outcomes by table 四's labels", () => {
    expect(ledgerCaseKind("行政复议")).toBe("review");
    expect(ledgerCaseKind("行政诉讼—未经复议直接起诉")).toBe("litigationDirect");
    expect(ledgerCaseKind("未经复议直接起诉")).toBe("litigationDirect");
    expect(ledgerCaseKind("行政诉讼（复议后起诉）")).toBe("litigationAfterReview");
    expect(ledgerCaseKind("行政诉讼")).toBeUndefined(); // which of the two is not said
    expect(ledgerCaseOutcome("结果维持")).toBe("upheld");
    expect(ledgerCaseOutcome("纠正")).toBe("corrected");
    expect(ledgerCaseOutcome("其他结果")).toBe("other");
    expect(ledgerCaseOutcome("尚未审结")).toBeNull();
    expect(ledgerCaseOutcome("驳回")).toBeUndefined();
  });

  it("tabulates into table 四; a pending case has no outcome, an unknown outcome is located with what to write", async () => {
    const csv = [
      "盐池县2021年政府信息公开行政复议、行政诉讼案件台账",
      "序号,案件类型,立案日期,审理结果,结案日期",
      "1,行政复议,2021年3月1日,结果维持,2021年4月20日",
      "2,行政诉讼—未经复议直接起诉,2021/5/6,纠正,2021/9/30",
      "3,行政诉讼—复议后起诉,2021年11月2日,尚未审结,",
      "4,行政复议,2021年6月1日,驳回,2021年7月1日",
      "",
    ].join("\n");
    const t = await tabulate(readRecordsCsv([csv], { file: "案件台账.csv" }), { year: 2021 });
    expect([t.accepted, t.rejected]).toEqual([3, 1]);
    const cases = t.tables.table4!.cases!;
    expect(cases["review.upheld"]).toBe(1);
    expect(cases["litigationDirect.corrected"]).toBe(1);
    expect(cases["litigationAfterReview.pending"]).toBe(1);
    expect(t.issues[0]).toMatchObject({ location: { file: "案件台账.csv", line: 6, field: "审理结果" } });
    expect(t.issues[0]?.message.zh).toContain("应为表四的结果之一：结果维持、结果纠正、其他结果、尚未审结");
  });
});

describe("a ledger with a two-row header", () => {
  it("CSV: 申请人情况 over 姓名或名称 and 类型; the header repeated for a new month is passed over", async () => {
    const csv = [
      "盐池县财政局2021年政府信息公开申请办理台账",
      "序号,申请人情况,,收到申请日期,办理结果,答复日期",
      ",姓名或名称,类型,,,",
      "1,张某,自然人,2021年3月4日,予以公开,2021年3月18日",
      "二月",
      "序号,申请人情况,,收到申请日期,办理结果,答复日期",
      ",姓名或名称,类型,,,",
      "2,某公司,公司,2021年4月6日,不予公开—属于国家秘密,2021年4月27日",
      "3,李某,法人或其他组织,2021年5月6日,予以公开,2021年5月27日",
      "",
    ].join("\r\n");
    const items = await collect(readRecordsCsv([csv], { file: "台账.csv" }));
    const records = items.flatMap((i) => ("record" in i ? [i.record] : []));
    expect(records).toMatchObject([
      { applicantId: "张某", applicantType: "naturalPerson", result: "granted" },
      { applicantId: "某公司", applicantType: "commercial", result: "withheld.stateSecret" },
    ]);
    const rejectedItems = items.filter(isRejected);
    // A row with only an id is a record with its fields missing: rejected, not passed over.
    const idOnly = await collect(
      readRecordsCsv(["id,receivedDate,applicantType\nA-1,,\n"], { file: "x.csv" }),
    );
    expect(idOnly.filter(isRejected).map((r) => r.line)).toEqual([2]);
    // "二月" is a section title row (one cell, under 序号): passed over. The bad applicant type is named
    // by its two-row header.
    expect(rejectedItems.map((r) => [r.line, fieldOf(r.issue)])).toEqual([[9, "申请人情况／类型"]]);
  });

  it("a first record whose cells read like field names (申请内容 “to”, 申请人 “date”) is a record, not a second header row", async () => {
    const csv = [
      "序号,申请人,申请人类型,收到申请日期,申请内容,办理结果,答复日期",
      "1,date,自然人,2021年3月4日,to,予以公开,2021年3月18日",
      "2,李某,自然人,2021年5月6日,title,予以公开,2021年5月27日",
      "",
    ].join("\r\n");
    const items = await collect(readRecordsCsv([csv], { file: "台账.csv" }));
    expect(items.filter(isRejected)).toEqual([]);
    const subjectOf = (r: Record<string, unknown>) => [r.id, r.subject];
    expect(items.map((i) => ("record" in i ? subjectOf(i.record) : undefined))).toEqual([
      ["台账.csv:2", "to"],
      ["台账.csv:3", "title"],
    ]);
  });

  it("XLSX grid: the group merged across, single columns merged down", async () => {
    const rows = [
      ["序号", "申请人情况", "申请人情况", "收到申请日期", "办理结果", "答复日期"],
      ["序号", "姓名或名称", "类型", "收到申请日期", "办理结果", "答复日期"],
      ["1", "张某", "自然人", "2021-03-04", "予以公开", "2021-03-18"],
    ];
    const [item] = await collect(readRecordsGrid({ rows }, { file: "台账.xlsx" }));
    expect(item !== undefined && "record" in item && item.record).toMatchObject({
      id: "台账.xlsx:3",
      applicantId: "张某",
      applicantType: "naturalPerson",
    });
  });
});

describe("writing a ledger, then reading it", () => {
  const pool = [...applicationRecords({ seed: 41, year: 2021, count: 600 })] as Record<string, unknown>[];
  /** The fields a ledger has a column for. */
  const ledgerPart = (r: Record<string, unknown>) => {
    const out: Record<string, unknown> = {};
    for (const k of [
      "id",
      "unit",
      "applicantId",
      "applicantType",
      "receivedDate",
      "channel",
      "subject",
      "onTheSpot",
      "result",
      "completedDate",
    ]) {
      if (r[k] !== undefined) out[k] = r[k];
    }
    const wd = (r.extension as { workingDays?: number } | undefined)?.workingDays;
    if (wd !== undefined) out.extension = { workingDays: wd };
    return out;
  };

  it("gives back every record's ledger fields, whatever their texts (property)", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            at: fc.nat({ max: pool.length - 1 }),
            subject: fc.option(
              fc.oneof(
                fc.string({ unit: "grapheme", minLength: 1, maxLength: 30 }),
                fc
                  .tuple(fc.constantFrom("=", "+", "-", "@", "'=", "''-"), fc.string({ maxLength: 20 }))
                  .map(([a, b]) => a + b),
              ),
              { nil: undefined },
            ),
            applicantId: fc.option(
              fc.constantFrom(
                "张某",
                "宁夏某某公司,第二分公司",
                "“某”律师事务所",
                'Li "Ming"',
                '=HYPERLINK("http://x","点击")',
                "=cmd|' /C calc'!A0",
                "@SUM(1)",
                "-2+3",
                "'=1",
              ),
              {
                nil: undefined,
              },
            ),
          }),
          { minLength: 1, maxLength: 40 },
        ),
        async (picks) => {
          const records = picks.map(({ at, subject, applicantId }, i) => {
            const r: Record<string, unknown> = { ...pool[at], id: `L-${i}` };
            if (subject !== undefined && subject.trim() !== "" && !/^\s|\s$/.test(subject))
              r.subject = subject;
            if (applicantId !== undefined) r.applicantId = applicantId;
            return r;
          });
          const text = ledgerCsv(records);
          // No cell a spreadsheet would run: every one that starts like a formula is guarded.
          for await (const row of csvRows(
            (async function* () {
              yield text;
            })(),
          )) {
            const cells = "fields" in row ? row.fields : [];
            expect(cells.filter((c) => /^(?![+-]?\d+(?:\.\d+)?$)[=+\-@\t\r]/.test(c))).toEqual([]);
          }
          const items = await collect(readRecordsCsv([text], { file: "台账.csv" }));
          expect(items.filter(isRejected).map((r) => r.issue.message.zh)).toEqual([]);
          const back = items.map((i) =>
            "record" in i ? ledgerPart(i.record as Record<string, unknown>) : undefined,
          );
          expect(back).toEqual(records.map(ledgerPart));
        },
      ),
      { numRuns: 60 },
    );
  });

  it("writes words, not codes: official labels and Chinese dates", () => {
    const rows = ledgerRows([
      {
        type: "application",
        id: "YC-1",
        receivedDate: "2021-03-04",
        applicantType: "commercial",
        channel: "online",
        result: "withheld.stateSecret",
        completedDate: "2021-03-18",
      },
    ]);
    expect(rows[0]).toEqual([
      "编号",
      "承办单位",
      "申请人",
      "申请人类型",
      "收到申请日期",
      "申请方式",
      "申请内容",
      "是否当场答复",
      "延期天数",
      "办理结果",
      "答复日期",
    ]);
    expect(rows[1]).toEqual([
      "YC-1",
      "",
      "",
      "法人或其他组织—商业企业",
      "2021年3月4日",
      "网络",
      "",
      "",
      "",
      "不予公开—属于国家秘密",
      "2021年3月18日",
    ]);
  });
});
