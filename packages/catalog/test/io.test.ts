import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import fc from "fast-check";
import { unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import {
  AREA_CODES,
  type Catalog,
  type CatalogItem,
  CatalogSchema,
  catalogToCsvText,
  decodeCatalogBytes,
  encodeGbk,
  parseTimeLimit,
  readCatalogCsv,
  resolveSameAsAbove,
  readCatalogXlsx,
  readWorkbookGrids,
  writeCatalogCsv,
  writeGridXlsx,
  writeCatalogXlsx,
} from "../src/index.js";
import { located, sheetOf } from "./locations.js";

const fixture = (name: string) => new Uint8Array(readFileSync(join(__dirname, "fixtures", name)));

const YUNYANG_CHANNELS =
  "■政府网站□政府公报■两微一端□发布会/听证会 □广播电视□纸质媒体□公开查阅点 ■政府服务中心 □便民服务站 □入户/现场 □社区/企事业单位/村公示栏 (电子屏)□精准推送□其他";

/**
 * A township catalog as offices keep it in Excel (modelled on 腾冲市荷花镇 社会救助 and 云阳县
 * 养老服务): title and legend rows, two header rows with merged cells (公开事项 → 一级事项 /
 * 二级事项, 公开对象 → 全社会 / 特定群众, 公开方式 → 主动 / 依申请公开, 公开层级 → 县级 / 乡级),
 * a header split by a line break ("公开\n时限"), 责任主体 for 公开主体, 一级事项 merged over rows,
 * "同上", an unreadable row, a second area under a title row, and a sheet without a catalog.
 */
async function realShapedXlsx(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("社会救助");
  ws.addRow(["盐池县花马池镇社会救助领域基层政务公开标准目录"]);
  ws.mergeCells("A1:N1");
  ws.addRow(["（“■”表示必选项，“□”表示可选项）"]);
  ws.mergeCells("A2:N2");
  ws.addRow([
    "序号",
    "公开事项",
    "",
    "公开内容（要素）",
    "公开依据",
    "公开\n时限",
    "责任主体",
    "公开渠道和载体",
    "公开对象",
    "",
    "公开方式",
    "",
    "公开层级",
    "",
  ]);
  ws.addRow([
    "",
    "一级事项",
    "二级事项",
    "",
    "",
    "",
    "",
    "",
    "全社会",
    "特定群众",
    "主动",
    "依申请公开",
    "县级",
    "乡级",
  ]);
  for (const col of ["A", "D", "E", "F", "G", "H"]) ws.mergeCells(`${col}3:${col}4`);
  ws.mergeCells("B3:C3");
  ws.mergeCells("I3:J3");
  ws.mergeCells("K3:L3");
  ws.mergeCells("M3:N3");
  const channels = "■政府网站 □政府公报 ■两微一端 □其他 ■社区/企事业单位/村公示栏（电子屏）";
  ws.addRow([
    1,
    "综合业务",
    "政策法规",
    "● 《社会救助暂行办法》(国务院令第649号)",
    "●中华人民共和国政府信息公开条例",
    "制定或获取信息之日起10个工作日内",
    "乡镇人民政府",
    channels,
    "√",
    "",
    "√",
    "",
    "",
    "√",
  ]);
  ws.addRow([
    2,
    "",
    "办事指南",
    "●申请条件 ●办理流程",
    "同上",
    "同上",
    "乡镇人民政府",
    channels,
    "√",
    "",
    "√",
    "",
    "",
    "√",
  ]);
  ws.addRow([
    3,
    "",
    "经办机构及联系方式",
    "●名称 ●地址 ●电话",
    "同上",
    "同上",
    "乡镇人民政府",
    "同上",
    "√",
    "",
    "√",
    "",
    "",
    "√",
  ]);
  ws.mergeCells("B5:B7");
  ws.addRow([
    4,
    "最低生活保障",
    "审核确认结果",
    "●保障对象姓名 ●保障金额",
    "《社会救助暂行办法》",
    "制定或获取信息之日起10个工作日内，公示7个工作日",
    "乡镇人民政府",
    "■社区/企事业单位/村公示栏(电子屏) □政府网站",
    "",
    "√",
    "√",
    "",
    "",
    "√",
  ]);
  ws.addRow([
    5,
    "",
    "救助资金发放",
    "●发放情况",
    "《社会救助暂行办法》",
    "看情况再定",
    "乡镇人民政府",
    "■政府网站",
    "√",
    "",
    "√",
    "",
    "",
    "√",
  ]);
  ws.mergeCells("B8:B9");
  ws.addRow([6, "临时救助", "", "●只有内容没有事项", "", "", "", "", "", "", "", "", "", ""]);
  ws.addRow(["二、养老服务领域"]);
  ws.mergeCells("A11:N11");
  ws.addRow([
    7,
    "养老服务",
    "养老服务扶持政策措施清单",
    "●扶持政策措施名称 ●扶持对象 ●实施部门 ●扶持政策措施内容和标准",
    "信息公开规定",
    "制定或获取扶持政策措施之日起10个工作日内",
    "县级人民政府民政部门",
    YUNYANG_CHANNELS,
    "√",
    "",
    "√",
    "",
    "√",
    "",
  ]);
  wb.addWorksheet("说明").addRow(["本目录由乡镇人民政府负责解释"]);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe("readCatalogXlsx on a real-shaped workbook", async () => {
  const r = await readCatalogXlsx(await realShapedXlsx(), { file: "花马池镇目录.xlsx" });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  const items = r.value.items;
  const byName = (n: string) => items.find((i) => i.item.level2 === n) as CatalogItem;

  it("reads every item row and skips the unreadable one", () => {
    expect(items.map((i) => i.item.level2)).toEqual([
      "政策法规",
      "办事指南",
      "经办机构及联系方式",
      "审核确认结果",
      "救助资金发放",
      "养老服务扶持政策措施清单",
    ]);
    expect(CatalogSchema.safeParse(r.value).success).toBe(true);
  });
  it("fills the merged 一级事项 down", () => {
    expect(items.map((i) => i.item.level1)).toEqual([
      "综合业务",
      "综合业务",
      "综合业务",
      "最低生活保障",
      "最低生活保障",
      "养老服务",
    ]);
  });
  it("takes the area from the title, then from the title row", () => {
    expect(items.map((i) => i.area)).toEqual([...Array(5).fill("socialAssistance"), "elderlyCare"]);
  });
  it("matches header variants: 责任主体, 公开\\n时限, 特定群众, 依申请公开", () => {
    expect(byName("政策法规").publisher).toBe("乡镇人民政府");
    expect(byName("政策法规").timeLimit.rule).toEqual({
      kind: "within",
      start: "formedOrChanged",
      limit: { amount: 10, unit: "workingDay" },
    });
    expect(byName("审核确认结果").audience).toEqual(["specific"]);
    expect(byName("审核确认结果").timeLimit.displayPeriod).toEqual({ amount: 7, unit: "workingDay" });
    expect(byName("政策法规").mode).toEqual(["proactive"]);
    expect(byName("政策法规").levels).toEqual(["township"]);
    expect(byName("养老服务扶持政策措施清单").levels).toEqual(["county"]);
  });
  it("resolves 同上 from the row above", () => {
    const guide = byName("办事指南");
    expect(guide.basis).toBe("●中华人民共和国政府信息公开条例");
    expect(guide.timeLimit.raw).toBe("同上");
    expect(guide.timeLimit.rule).toEqual(byName("政策法规").timeLimit.rule);
    expect(byName("经办机构及联系方式").channels).toEqual(byName("政策法规").channels);
  });
  it("keeps ■ as required and □ as optional", () => {
    expect(byName("政策法规").channels).toEqual([
      { code: "website", required: true },
      { code: "gazette", required: false },
      { code: "weiboWechatApp", required: true },
      { code: "other", required: false },
      { code: "noticeBoard", required: true },
    ]);
    const yunyang = byName("养老服务扶持政策措施清单").channels;
    expect(yunyang).toHaveLength(13);
    expect(yunyang.filter((c) => c.required).map((c) => c.code)).toEqual([
      "website",
      "weiboWechatApp",
      "serviceCenter",
    ]);
    expect(yunyang.find((c) => c.code === "serviceCenter")?.label).toBe("政府服务中心");
  });
  it("reports the unreadable row and the unparsed time limit with file, sheet and row", () => {
    const row = r.warnings.find((w) => w.code === "CAT-READ-ROW");
    expect(row?.location).toEqual({
      kind: "sheet",
      file: "花马池镇目录.xlsx",
      sheet: "社会救助",
      row: 10,
      cell: "C10",
      column: "二级事项",
    });
    expect(located(row)).toMatch(/^花马池镇目录\.xlsx 社会救助!C10 “二级事项”列: 无法读取该行/);
    const tl = r.warnings.find((w) => w.code === "CAT-TIME-LIMIT-UNPARSED");
    expect(tl?.location).toEqual({
      kind: "sheet",
      file: "花马池镇目录.xlsx",
      sheet: "社会救助",
      row: 9,
      cell: "F9",
      column: "公开时限",
    });
    expect(sheetOf(r.warnings.find((w) => w.code === "CAT-READ-SHEET-SKIPPED")?.location).sheet).toBe("说明");
    expect(byName("救助资金发放").source).toEqual({
      kind: "sheet",
      file: "花马池镇目录.xlsx",
      sheet: "社会救助",
      row: 9,
    });
  });
});

describe("readCatalogCsv on a GBK file saved by Excel", async () => {
  const bytes = fixture("minzheng-gbk.csv");
  const r = await readCatalogCsv(bytes, { file: "民政局.csv" });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  const items = r.value.items;

  it("detects GBK and reads the rows", () => {
    expect(decodeCatalogBytes(bytes).encoding).toBe("gb18030");
    expect(r.value.title).toBe("盐池县民政局社会救助领域基层政务公开标准目录");
    expect(items.map((i) => [i.item.level1, i.item.level2])).toEqual([
      ["政策法规", "社会救助政策文件"],
      ["政策法规", "办事指南"],
      ["最低生活保障", "审核确认结果"],
      ["临时救助", "临时救助对象"],
    ]);
    expect(items.every((i) => i.area === "socialAssistance" && i.publisher === "盐池县民政局")).toBe(true);
  });
  it("keeps a quoted multi-line cell", () => {
    expect(items[0]?.content).toBe(
      "●《社会救助暂行办法》（国务院令第649号）\n●《宁夏回族自治区最低生活保障办法》",
    );
  });
  it("reads 时限要求 / 公开渠道 / 依申请公开 and 同上", () => {
    expect(items[1]?.timeLimit.rule).toEqual(items[0]?.timeLimit.rule);
    expect(items[1]?.basis).toBe("《中华人民共和国政府信息公开条例》");
    expect(items[2]?.audience).toEqual(["specific"]);
    expect(items[3]?.mode).toEqual(["proactive", "onRequest"]);
    expect(items[1]?.channels.map((c) => c.code)).toEqual(["website", "serviceCenter"]);
  });
  it("reports the row without 二级事项 and the unknown time limit by record number", () => {
    expect(
      r.warnings.filter((w) => w.severity !== "info").map((w) => [w.code, sheetOf(w.location).row]),
    ).toEqual([
      ["CAT-READ-ROW", 7],
      ["CAT-TIME-LIMIT-UNPARSED", 8],
    ]);
  });
  it("encodeGbk reproduces the bytes python's gbk codec wrote", () => {
    const text = new TextDecoder("gbk").decode(bytes);
    const { bytes: again, unmappable } = encodeGbk(text);
    expect(unmappable).toEqual([]);
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
  });
  it("reads the same file as UTF-8 with BOM, and as text", async () => {
    const text = new TextDecoder("gbk").decode(bytes);
    const utf8 = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
    const a = await readCatalogCsv(utf8, { file: "民政局.csv" });
    const b = await readCatalogCsv(`\ufeff${text}`, { file: "民政局.csv" });
    expect(a.ok && a.value.items).toEqual(items);
    expect(b.ok && b.value.items).toEqual(items);
  });
});

describe("readers reject what is not a catalog, with a location", () => {
  it("CSV without a header", async () => {
    const r = await readCatalogCsv("a,b,c\n1,2,3\n", { file: "x.csv" });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.issues[0]?.code).toBe("CAT-READ-NO-HEADER");
    expect(!r.ok && r.issues[0]?.location).toEqual({ kind: "file", file: "x.csv" });
  });
  it("bytes that are not an XLSX", async () => {
    const r = await readCatalogXlsx(new TextEncoder().encode("not a zip"), { file: "目录.xlsx" });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.issues[0]).toMatchObject({ code: "CAT-READ-FILE", location: { file: "目录.xlsx" } });
  });
});

const strip = (items: readonly CatalogItem[]) => items.map(({ source: _s, ...rest }) => rest);

describe("round trips", async () => {
  const read = await readCatalogXlsx(await realShapedXlsx(), { file: "花马池镇目录.xlsx" });
  if (!read.ok) throw new Error("fixture");
  const catalog: Catalog = {
    title: "盐池县花马池镇政务公开事项标准目录",
    jurisdiction: "盐池县花马池镇",
    version: "2020",
    items: read.value.items,
  };

  it("XLSX: write → read gives the same items, with merged cells and ■/□", async () => {
    const bytes = await writeCatalogXlsx(catalog);
    const back = await readCatalogXlsx(bytes, { file: "out.xlsx" });
    if (!back.ok) throw new Error(JSON.stringify(back.issues));
    expect(strip(back.value.items)).toEqual(strip(catalog.items));
    expect(back.value.title).toBe(catalog.title);
    expect(back.value.version).toBe("2020");
    expect(back.warnings.filter((w) => w.severity === "error")).toEqual([]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes.slice().buffer as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["社会救助", "养老服务"]);
    const ws = wb.getWorksheet("社会救助");
    expect(ws?.getCell("A1").value).toBe("社会救助领域基层政务公开标准目录");
    expect(ws?.getCell("B3").value).toBe("公开事项");
    expect(ws?.getCell("C3").isMerged).toBe(true);
    expect(ws?.getCell("B6").isMerged && ws?.getCell("B6").master.address).toBe("B5");
  });
  it("XLSX opens cleanly: a well-formed package with the parts Excel and WPS need", async () => {
    const files = unzipSync(await writeCatalogXlsx(catalog));
    expect(Object.keys(files)).toEqual(
      expect.arrayContaining([
        "[Content_Types].xml",
        "xl/workbook.xml",
        "xl/worksheets/sheet1.xml",
        "xl/styles.xml",
      ]),
    );
    const sheet = new TextDecoder().decode(files["xl/worksheets/sheet1.xml"]);
    expect(sheet).toContain('<mergeCell ref="B3:C3"/>');
    expect(sheet).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/u);
  });
  it("CSV UTF-8 with BOM: write → read", async () => {
    const { bytes } = await writeCatalogCsv(catalog);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const back = await readCatalogCsv(bytes, { file: "out.csv" });
    if (!back.ok) throw new Error(JSON.stringify(back.issues));
    expect(strip(back.value.items)).toEqual(strip(catalog.items));
  });
  it("CSV GBK: write → read", async () => {
    const { bytes, unmappable } = await writeCatalogCsv(catalog, { encoding: "gbk" });
    expect(unmappable).toEqual([]);
    expect(decodeCatalogBytes(bytes).encoding).toBe("gb18030");
    const back = await readCatalogCsv(bytes, { file: "out.csv" });
    if (!back.ok) throw new Error(JSON.stringify(back.issues));
    expect(strip(back.value.items)).toEqual(strip(catalog.items));
  });
  it("the CSV header is the standard two-row header", async () => {
    const lines = (await catalogToCsvText(catalog)).split("\r\n");
    expect(lines[1]).toBe(
      "序号,领域,公开事项,,公开内容（要素）,公开依据,公开时限,公开主体,公开渠道和载体,公开对象,,公开方式,,公开层级,",
    );
    expect(lines[2]).toBe(",,一级事项,二级事项,,,,,,全社会,特定群体,主动,依申请,县级,乡级");
  });
});

const text = fc.stringMatching(/^[\u4e00-\u9fa5A-Za-z0-9《》、●（）]{1,12}$/u);
const itemArb: fc.Arbitrary<CatalogItem> = fc.record({
  area: fc.oneof(fc.constantFrom(...AREA_CODES), fc.constantFrom({ other: "统计" }, { other: "机构职能" })),
  item: fc.record({ level1: text, level2: text }),
  content: text,
  basis: text,
  timeLimit: fc
    .constantFrom("信息形成或变更之日起20个工作日内", "实时公开", "按年公开", "同上", "看情况")
    .map((t) => parseTimeLimit(t)),
  publisher: fc.constantFrom("盐池县民政局", "盐池县花马池镇人民政府", "盐池县财政局"),
  channels: fc.uniqueArray(
    fc.record({
      code: fc.constantFrom("website", "gazette", "weiboWechatApp", "serviceCenter", "noticeBoard" as const),
      required: fc.boolean(),
    }),
    { selector: (c) => c.code, minLength: 1, maxLength: 4 },
  ),
  audience: fc.constantFrom<CatalogItem["audience"]>(["public"], ["specific"], ["public", "specific"]),
  mode: fc.constantFrom<CatalogItem["mode"]>(["proactive"], ["onRequest"], ["proactive", "onRequest"]),
  levels: fc.constantFrom<NonNullable<CatalogItem["levels"]>>(
    ["county"],
    ["township"],
    ["county", "township"],
  ),
});

describe("round trips (property)", () => {
  // What a reader sees: each "同上" resolved against the row above it in the same table.
  const expected = (items: CatalogItem[], table: (i: CatalogItem) => string) => {
    const prevIn = new Map<string, CatalogItem>();
    return items.map((i) => {
      const resolved = { ...i, timeLimit: resolveSameAsAbove(i.timeLimit, prevIn.get(table(i))?.timeLimit) };
      prevIn.set(table(i), resolved);
      return resolved;
    });
  };
  const dropWarnings = (items: readonly CatalogItem[]) =>
    strip(items).map((i) => {
      const { warning: _w, ...tl } = i.timeLimit;
      return { ...i, timeLimit: tl };
    });

  it("CSV: any catalog reads back as written", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(itemArb, { minLength: 1, maxLength: 8 }), async (items) => {
        const { bytes } = await writeCatalogCsv({ items });
        const back = await readCatalogCsv(bytes);
        expect(back.ok).toBe(true);
        if (back.ok) expect(dropWarnings(back.value.items)).toEqual(dropWarnings(expected(items, () => "")));
      }),
      { numRuns: 60 },
    );
  });
  it("XLSX: any catalog reads back as written (one sheet per area)", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(itemArb, { minLength: 1, maxLength: 6 }), async (items) => {
        const area = (i: CatalogItem) => JSON.stringify(i.area);
        const sorted = [...new Set(items.map(area))].flatMap((a) => items.filter((i) => area(i) === a));
        const back = await readCatalogXlsx(await writeCatalogXlsx({ items: sorted }));
        expect(back.ok).toBe(true);
        if (back.ok) expect(dropWarnings(back.value.items)).toEqual(dropWarnings(expected(sorted, area)));
      }),
      { numRuns: 25 },
    );
  });
  it("a resolved 同上 moved to the top of a sheet is written out as the text it referred to", async () => {
    const above = parseTimeLimit("信息形成之日起20个工作日内");
    const base = {
      content: "",
      basis: "",
      publisher: "盐池县民政局",
      channels: [],
      audience: [],
      mode: [],
    };
    const items: CatalogItem[] = [
      { ...base, area: "socialAssistance", item: { level2: "低保政策" }, timeLimit: above },
      {
        ...base,
        area: "elderlyCare",
        item: { level2: "养老政策" },
        timeLimit: resolveSameAsAbove(parseTimeLimit("同上"), above),
      },
    ];
    const back = await readCatalogXlsx(await writeCatalogXlsx({ items }));
    expect(back.ok && back.value.items[1]?.timeLimit.raw).toBe("信息形成之日起20个工作日内");
  });
});

describe("readWorkbookGrids", () => {
  it("gives every sheet as texts: merged cells as their master, dates as YYYY-MM-DD, the sheet's row numbers", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("说明").addRow(["本表由各单位填报"]);
    const ws = wb.addWorksheet("2021年");
    ws.addRow(["盐池县财政局申请台账"]);
    ws.mergeCells(1, 1, 1, 3);
    ws.addRow(["收到申请日期", "申请人类型", "办理结果"]);
    ws.addRow([new Date(Date.UTC(2021, 2, 4)), "自然人", { richText: [{ text: "予以" }, { text: "公开" }] }]);
    const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const grids = await readWorkbookGrids(bytes);
    expect(grids.map((g) => g.sheet)).toEqual(["说明", "2021年"]);
    expect(grids[1]?.rows).toEqual([
      ["盐池县财政局申请台账", "盐池县财政局申请台账", "盐池县财政局申请台账"],
      ["收到申请日期", "申请人类型", "办理结果"],
      ["2021-03-04", "自然人", "予以公开"],
    ]);
    expect(grids[1]?.rowNumbers).toEqual([1, 2, 3]);
    await expect(readWorkbookGrids(new TextEncoder().encode("not a workbook"))).rejects.toThrow();
  });
});

describe("writeGridXlsx", () => {
  it("writes sheets that readWorkbookGrids reads back: the title merged across, the header, the rows", async () => {
    const rows = [
      ["编号", "申请人类型", "收到申请日期", "办理结果"],
      ["YC-1", "自然人", "2021年3月4日", "予以公开"],
      ["YC-2", "法人或其他组织—商业企业", "2021年4月6日", "不予公开—属于国家秘密"],
    ];
    const bytes = await writeGridXlsx([
      { name: "2021年", title: "盐池县财政局2021年政府信息公开申请办理台账", rows },
      { name: "2021年", rows: [["说明"]] },
    ]);
    const grids = await readWorkbookGrids(bytes);
    expect(grids.map((g) => g.sheet)).toEqual(["2021年", "2021年(2)"]);
    expect(grids[0]?.rows[0]).toEqual(Array(4).fill("盐池县财政局2021年政府信息公开申请办理台账"));
    expect(grids[0]?.rows.slice(1)).toEqual(rows);
    expect(grids[1]?.rows).toEqual([["说明"]]);
  });
});
