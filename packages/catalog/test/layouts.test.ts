/**
 * The layouts counties publish their 基层政务公开标准目录 in: 公开渠道和载体 as one cell of
 * ■/□ boxes, or as a column per channel under a merged group (with or without a 线上 / 线下 row
 * between), 公开对象 / 公开方式 / 公开层级 as sub-columns under a group or a heading over
 * them; two- and three-row headers; a title, a legend and a 填报单位 line above; notes and
 * sign-off lines below; marks ■/□, √, ✓, ●, 是. Every layout, in XLSX and in CSV, reads to the
 * items of the one-cell layout; a header that is not understood is refused at its cell.
 */
import { csvText } from "@disclosure/schema";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { type CatalogItem, readCatalogCsv, readCatalogXlsx } from "../src/index.js";
import { located, sheetOf } from "./locations.js";

/** The channel columns as 德安县 / 云阳县-style tables split 公开渠道和载体. */
/** Writes a cell of a row the sheet has; a missing row fails the test here. */
function setCell(
  rows: (string | number)[][],
  r: number,
  c: number | undefined,
  value: string | number,
): void {
  const row = rows[r];
  if (row === undefined) throw new Error(`no row ${r}`);
  if (c === undefined || c < 0) throw new Error(`no such column in row ${r}`);
  row[c] = value;
}

const CHANNEL_COLUMNS = [
  "政府网站",
  "政府公报",
  "两微一端",
  "发布会",
  "广播电视",
  "纸质媒体",
  "公开查阅点",
  "政务服务中心",
  "便民服务站",
  "入户",
  "现场",
  "社区/企事业单位/村公示栏",
  "精准推送",
  "其他",
] as const;
type ChannelColumn = (typeof CHANNEL_COLUMNS)[number];
/** The same box as the one-cell checklist prints it. */
const ONE_CELL_LABEL: Partial<Record<ChannelColumn, string>> = {
  发布会: "发布会/听证会",
  入户: "入户/现场",
  现场: "入户/现场",
  "社区/企事业单位/村公示栏": "社区/企事业单位/村公示栏(电子屏)",
};

type Spec = {
  l1: string;
  l2: string;
  content: string;
  basis: string;
  timeLimit: string;
  chosen: ChannelColumn[];
  optional: ChannelColumn[];
  audience: ("全社会" | "特定群体")[];
  mode: ("主动" | "依申请")[];
  levels: ("县级" | "乡级")[];
};

/** 盐池县民政局's 社会救助 rows (content and limits as the 社会救助 standard prints them). */
const SPECS: Spec[] = [
  {
    l1: "政策法规",
    l2: "社会救助政策文件",
    content: "●《社会救助暂行办法》 ●地方配套政策",
    basis: "《政府信息公开条例》",
    timeLimit: "制定或获取信息之日起20个工作日内",
    chosen: ["政府网站", "两微一端"],
    optional: ["政府公报", "其他"],
    audience: ["全社会"],
    mode: ["主动"],
    levels: ["县级"],
  },
  {
    l1: "政策法规",
    l2: "办事指南",
    content: "●申请条件 ●办理流程 ●办理时限",
    basis: "《社会救助暂行办法》",
    timeLimit: "信息形成或变更之日起20个工作日内",
    chosen: ["政府网站", "政务服务中心", "便民服务站"],
    optional: ["入户", "现场"],
    audience: ["全社会"],
    mode: ["主动"],
    levels: ["县级", "乡级"],
  },
  {
    l1: "最低生活保障",
    l2: "审核确认结果",
    content: "●保障对象姓名 ●保障金额",
    basis: "《社会救助暂行办法》",
    timeLimit: "制定或获取信息之日起10个工作日内，公示7个工作日",
    chosen: ["社区/企事业单位/村公示栏", "现场"],
    optional: ["政府网站", "精准推送"],
    audience: ["特定群体"],
    mode: ["主动", "依申请"],
    levels: ["乡级"],
  },
  {
    l1: "最低生活保障",
    l2: "救助资金发放",
    content: "●发放时间 ●发放标准",
    basis: "《社会救助暂行办法》",
    timeLimit: "每季度结束后15个工作日内",
    chosen: ["政府网站", "发布会", "广播电视", "纸质媒体", "公开查阅点"],
    optional: [],
    audience: ["全社会"],
    mode: ["主动"],
    levels: ["县级"],
  },
];

type Marks = { chosen: string; optional: string; tick: string; untick: string };
const STYLES = {
  "■/□": { chosen: "■", optional: "□", tick: "■", untick: "□" },
  "√": { chosen: "√", optional: "", tick: "√", untick: "" },
  "✓": { chosen: "✓", optional: "", tick: "✓", untick: "" },
  "●": { chosen: "●", optional: "", tick: "●", untick: "" },
  是: { chosen: "是", optional: "", tick: "是", untick: "否" },
} satisfies Record<string, Marks>;

/** The one-cell checklist of a row, in the checklist's order, as the marks of this style allow. */
function oneCellChannels(s: Spec, marks: Marks): string {
  const out: string[] = [];
  for (const col of CHANNEL_COLUMNS) {
    const label = ONE_CELL_LABEL[col] ?? col;
    if (out.some((x) => x.slice(1) === label)) continue;
    const halves = CHANNEL_COLUMNS.filter((c) => (ONE_CELL_LABEL[c] ?? c) === label);
    if (halves.some((h) => s.chosen.includes(h))) out.push(`■${label}`);
    else if (marks.optional && halves.some((h) => s.optional.includes(h))) out.push(`□${label}`);
  }
  return out.join(" ");
}

type Layout = "one-cell" | "two-row" | "three-row 线上/线下" | "three-row 公开标准";
type Sheet = { rows: (string | number)[][]; merges: [number, number, number, number][] };

const FRONT = ["序号", "公开事项", "", "公开内容（要素）", "公开依据", "公开时限", "公开主体"];
const TICKS: [string, string[]][] = [
  ["公开对象", ["全社会", "特定群体"]],
  ["公开方式", ["主动", "依申请"]],
  ["公开层级", ["县级", "乡级"]],
];

/** The header rows and their merges (1-based rows and columns, first row `top`). */
function header(layout: Layout, top: number): Sheet {
  const merges: Sheet["merges"] = [];
  const depth = layout.startsWith("three") ? 3 : 2;
  const bottom = top + depth - 1;
  const rows: (string | number)[][] = Array.from({ length: depth }, () => []);
  const put = (r: number, c: number, text: string) => {
    setCell(rows, r - top, c - 1, text);
  };
  // 序号, 公开内容 … 公开主体: merged down; 公开事项 over 一级事项 / 二级事项.
  FRONT.forEach((label, k) => {
    const c = k + 1;
    if (label === "") return;
    put(top, c, label);
    if (label === "公开事项") {
      merges.push([top, 2, top, 3]);
      put(top + 1, 2, "一级事项");
      put(top + 1, 3, "二级事项");
      if (depth === 3) merges.push([top + 1, 2, bottom, 2], [top + 1, 3, bottom, 3]);
    } else merges.push([top, c, bottom, c]);
  });
  let c = FRONT.length + 1;
  if (layout === "one-cell") {
    put(top, c, "公开渠道和载体");
    merges.push([top, c, bottom, c]);
    c++;
  } else {
    const n = CHANNEL_COLUMNS.length;
    put(top, c, "公开渠道和载体");
    merges.push([top, c, top, c + n - 1]);
    if (layout === "three-row 线上/线下") {
      put(top + 1, c, "线上");
      merges.push([top + 1, c, top + 1, c + 2]);
      put(top + 1, c + 3, "线下");
      merges.push([top + 1, c + 3, top + 1, c + n - 1]);
    }
    CHANNEL_COLUMNS.forEach((label, k) => {
      const r = layout === "three-row 线上/线下" ? bottom : top + 1;
      put(r, c + k, label);
      if (r < bottom) merges.push([r, c + k, bottom, c + k]);
    });
    c += n;
  }
  const tickTop = layout === "three-row 公开标准" ? top + 1 : top;
  if (layout === "three-row 公开标准") {
    put(top, c, "公开标准");
    merges.push([top, c, top, c + 5]);
  }
  for (const [group, subs] of TICKS) {
    put(tickTop, c, group);
    merges.push([tickTop, c, tickTop, c + 1]);
    subs.forEach((s, k) => {
      put(tickTop + 1, c + k, s);
      if (tickTop + 1 < bottom) merges.push([tickTop + 1, c + k, bottom, c + k]);
    });
    c += 2;
  }
  return { rows: rows.map((r) => Array.from({ length: c - 1 }, (_, k) => r[k] ?? "")), merges };
}

/** One item row of a layout. */
function itemRow(s: Spec, seq: number, layout: Layout, marks: Marks): (string | number)[] {
  const cells: (string | number)[] = [seq, s.l1, s.l2, s.content, s.basis, s.timeLimit, "盐池县民政局"];
  if (layout === "one-cell") cells.push(oneCellChannels(s, marks));
  else {
    for (const col of CHANNEL_COLUMNS) {
      cells.push(s.chosen.includes(col) ? marks.chosen : s.optional.includes(col) ? marks.optional : "");
    }
  }
  const tick = (on: boolean) => (on ? marks.tick : marks.untick);
  const oneCellTick = (on: boolean) => (on ? "√" : "");
  const t = layout === "one-cell" ? oneCellTick : tick;
  cells.push(
    t(s.audience.includes("全社会")),
    t(s.audience.includes("特定群体")),
    t(s.mode.includes("主动")),
    t(s.mode.includes("依申请")),
    t(s.levels.includes("县级")),
    t(s.levels.includes("乡级")),
  );
  return cells;
}

/** A whole sheet: title, legend and 填报单位 lines above, the header, the rows (一级事项 merged), notes below. */
function sheet(layout: Layout, marks: Marks, opts: { above?: boolean; below?: boolean } = {}): Sheet {
  const rows: (string | number)[][] = [];
  const merges: Sheet["merges"] = [];
  const h0 = header(layout, 1);
  const width = h0.rows[0]?.length ?? 0;
  const line = (text: string) => {
    rows.push([text, ...Array(width - 1).fill("")]);
    merges.push([rows.length, 1, rows.length, width]);
  };
  if (opts.above) {
    line("盐池县民政局社会救助领域基层政务公开标准目录");
    line("（“■”表示必选项，“□”表示可选项）");
    rows.push(["填报单位：盐池县民政局", ...Array(width - 2).fill(""), "2024年1月"]);
  }
  const h = header(layout, rows.length + 1);
  rows.push(...h.rows);
  merges.push(...h.merges);
  const first = rows.length + 1;
  SPECS.forEach((s, k) => {
    rows.push(itemRow(s, k + 1, layout, marks));
  });
  // 一级事项 merged over its rows, as offices keep it.
  for (let k = 0; k < SPECS.length; ) {
    let j = k;
    while (j + 1 < SPECS.length && SPECS[j + 1]?.l1 === SPECS[k]?.l1) j++;
    if (j > k) merges.push([first + k, 2, first + j, 2]);
    for (let m = k + 1; m <= j; m++) setCell(rows, first + m - 1, 1, "");
    k = j + 1;
  }
  if (opts.below) {
    line("注：1.公开时限中的“工作日”不含法定节假日。");
    line("2.本目录由县政务公开办负责解释。");
    rows.push([
      "填表人：张三",
      "",
      "审核人：李四",
      "",
      "填表日期：2024年1月5日",
      ...Array(width - 5).fill(""),
    ]);
  }
  return { rows, merges };
}

async function toXlsx(s: Sheet, name = "目录"): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(name);
  for (const r of s.rows) ws.addRow(r);
  for (const [r1, c1, r2, c2] of s.merges) {
    // exceljs keeps the master's value; the covered cells were written empty.
    ws.mergeCells(r1, c1, r2, c2);
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** The sheet as Excel saves it to CSV: a merged range's text in its first cell only. */
function toCsv(s: Sheet): string {
  const rows = s.rows.map((r) => r.map((v) => String(v)));
  for (const [r1, c1, r2, c2] of s.merges) {
    for (let r = r1; r <= r2; r++)
      for (let c = c1; c <= c2; c++) if (r !== r1 || c !== c1) setCell(rows, r - 1, c - 1, "");
  }
  return csvText(rows);
}

const strip = (items: readonly CatalogItem[]) => items.map(({ source: _s, ...rest }) => rest);

async function readXlsx(s: Sheet) {
  const r = await readCatalogXlsx(await toXlsx(s), { file: "民政局目录.xlsx", area: "socialAssistance" });
  if (!r.ok) throw new Error(r.issues.map((i) => i.message.zh).join("\n"));
  return r;
}
async function readCsv(s: Sheet) {
  const r = await readCatalogCsv(toCsv(s), { file: "民政局目录.csv", area: "socialAssistance" });
  if (!r.ok) throw new Error(r.issues.map((i) => i.message.zh).join("\n"));
  return r;
}

describe("the one-cell layout, the baseline", async () => {
  const base = await readXlsx(sheet("one-cell", STYLES["■/□"]));
  it("reads the rows field for field", () => {
    const [policy, guide, result, funds] = base.value.items;
    expect(policy?.item).toEqual({ level1: "政策法规", level2: "社会救助政策文件" });
    expect(guide?.item).toEqual({ level1: "政策法规", level2: "办事指南" });
    expect(policy?.channels).toEqual([
      { code: "website", required: true },
      { code: "gazette", required: false },
      { code: "weiboWechatApp", required: true },
      { code: "other", required: false },
    ]);
    expect(guide?.channels.find((c) => c.code === "doorToDoor")).toEqual({
      code: "doorToDoor",
      required: false,
    });
    expect(result).toMatchObject({
      audience: ["specific"],
      mode: ["proactive", "onRequest"],
      levels: ["township"],
    });
    expect(result?.channels.find((c) => c.code === "doorToDoor")).toEqual({
      code: "doorToDoor",
      required: true,
    });
    expect(funds?.channels.map((c) => c.code)).toEqual([
      "website",
      "pressHearing",
      "broadcastTv",
      "print",
      "readingPoint",
    ]);
    expect(funds?.timeLimit.rule.kind).toBe("periodic");
    expect(base.warnings.filter((w) => w.severity !== "info")).toEqual([]);
  });
});

const LAYOUTS: Layout[] = ["two-row", "three-row 线上/线下", "three-row 公开标准"];

describe.each(Object.entries(STYLES))("channels and ticks as sub-columns, marks %s", async (_name, marks) => {
  const expected = strip((await readXlsx(sheet("one-cell", marks))).value.items);
  it.each(LAYOUTS)("%s header, XLSX and CSV: the items of the one-cell layout", async (layout) => {
    const s = sheet(layout, marks);
    const x = await readXlsx(s);
    expect(strip(x.value.items)).toEqual(expected);
    expect(x.warnings.filter((w) => w.severity !== "info")).toEqual([]);
    const c = await readCsv(s);
    expect(strip(c.value.items)).toEqual(expected);
    expect(c.warnings.filter((w) => w.severity !== "info")).toEqual([]);
  });
});

describe("titles above, notes and sign-off lines below", async () => {
  const expected = strip((await readXlsx(sheet("one-cell", STYLES["■/□"]))).value.items);
  it.each(LAYOUTS)("%s header: the same items, the notes kept as notes, no error", async (layout) => {
    const s = sheet(layout, STYLES["■/□"], { above: true, below: true });
    for (const r of [await readXlsx(s), await readCsv(s)]) {
      expect(strip(r.value.items)).toEqual(expected);
      expect(r.value.title).toBe("盐池县民政局社会救助领域基层政务公开标准目录");
      expect(r.value.notes).toEqual([
        "注：1.公开时限中的“工作日”不含法定节假日。",
        "2.本目录由县政务公开办负责解释。",
        "填表人：张三 审核人：李四 填表日期：2024年1月5日",
      ]);
      expect(r.warnings.filter((w) => w.severity !== "info")).toEqual([]);
    }
  });
});

describe("a header that is not understood is refused at its cell", () => {
  it("an unknown sub-label under 公开对象 (XLSX): 目录!V5", async () => {
    const s = sheet("two-row", STYLES["■/□"], { above: true });
    // Row 4 is the header's first row, row 5 its sub-labels; 公开对象 starts at column V (22).
    const col = s.rows[4]?.indexOf("全社会");
    setCell(s.rows, 4, col, "外部公众");
    const r = await readCatalogXlsx(await toXlsx(s), { file: "民政局目录.xlsx" });
    expect(r.ok).toBe(false);
    const issue = !r.ok ? r.issues.find((i) => i.code === "CAT-READ-HEADER") : undefined;
    expect(issue?.severity).toBe("error");
    expect(issue?.location).toMatchObject({ kind: "sheet", sheet: "目录", row: 5, cell: "V5" });
    expect(located(issue)).toBe(
      "民政局目录.xlsx 目录!V5: 表头“公开对象”下的“外部公众”无法识别（应为全社会、特定群体等）",
    );
    expect(located(issue, "en")).toContain("目录!V5");
  });

  it("a group spread over two columns with data under it (CSV): the first data cell under a column of its own", async () => {
    const csv = [
      "序号,公开事项,公开内容（要素）,公开依据,公开时限,公开主体,公开渠道和载体,公开对象,",
      "1,办事指南,●申请条件,《社会救助暂行办法》,信息形成之日起20个工作日内,盐池县民政局,■政府网站,√,",
    ].join("\r\n");
    const r = await readCatalogCsv(csv, { file: "目录.csv", area: "socialAssistance" });
    expect(r.ok).toBe(true);
    const spread = `${csv.split("\r\n")[0]}\r\n${csv.split("\r\n")[1]?.replace(/,$/u, ",√")}`;
    const bad = await readCatalogCsv(spread, { file: "目录.csv", area: "socialAssistance" });
    expect(bad.ok).toBe(false);
    const issue = !bad.ok ? bad.issues.find((i) => i.code === "CAT-READ-HEADER") : undefined;
    expect(issue?.location).toMatchObject({ kind: "sheet", row: 2, cell: "A2" });
    expect(located(issue)).toBe("目录.csv A2: 表头“公开对象”分为多列，但其下一行不是子表头：该单元格为“1”");
  });

  it("a known column's name under 公开渠道和载体 is no channel", async () => {
    const s = sheet("two-row", STYLES["√"]);
    const col = s.rows[1]?.indexOf("精准推送");
    setCell(s.rows, 1, col, "公开时限");
    const r = await readCatalogXlsx(await toXlsx(s), { file: "目录.xlsx" });
    expect(r.ok).toBe(false);
    expect(!r.ok && sheetOf(r.issues[0]?.location).cell).toBe("T2");
  });
});

describe("other things an office's workbook holds", () => {
  it("a platform of its own under 公开渠道和载体 is a channel named as printed; an unreadable mark is reported, not guessed", async () => {
    const s = sheet("two-row", STYLES["√"]);
    const col = s.rows[1]?.indexOf("精准推送");
    setCell(s.rows, 1, col, "投资项目在线审批监管平台");
    setCell(s.rows, 2, col, "√");
    setCell(s.rows, 3, col, "网站首页");
    const r = await readXlsx(s);
    expect(r.value.items[0]?.channels.at(-1)).toEqual({
      code: { other: "投资项目在线审批监管平台" },
      required: true,
    });
    expect(r.value.items[1]?.channels.some((c) => typeof c.code === "object")).toBe(false);
    const w = r.warnings.find((x) => x.code === "CAT-READ-CHANNEL");
    expect(w?.location).toMatchObject({ row: 4, cell: "T4", column: "投资项目在线审批监管平台" });
  });

  it("hidden columns and rows are flagged, and read", async () => {
    const s = sheet("two-row", STYLES["■/□"]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await toXlsx(s)).buffer as ArrayBuffer);
    const ws = wb.getWorksheet("目录");
    if (!ws) throw new Error("no sheet");
    ws.getColumn(27).hidden = true; // 公开层级 / 乡级
    ws.getRow(5).hidden = true;
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const r = await readCatalogXlsx(bytes, { file: "目录.xlsx", area: "socialAssistance" });
    if (!r.ok) throw new Error("refused");
    expect(r.value.items).toHaveLength(4);
    expect(r.value.items[0]?.levels).toEqual(["county"]);
    const flagged = r.warnings.filter((w) => w.code.startsWith("CAT-READ-HIDDEN"));
    expect(flagged.map((w) => [w.code, sheetOf(w.location).cell ?? sheetOf(w.location).row])).toEqual([
      ["CAT-READ-HIDDEN-COLUMN", "AA1"],
      ["CAT-READ-HIDDEN-ROW", 5],
    ]);
  });

  it("a 同上 that crosses into another 一级事项 is flagged at its cell; one with nothing above too", async () => {
    const s = sheet("one-cell", STYLES["■/□"]);
    setCell(s.rows, 4, 4, "同上"); // row 5, 最低生活保障's first row: the row above is 政策法规's
    setCell(s.rows, 5, 4, "同上"); // row 6, 最低生活保障's second row: same 一级事项, not flagged
    setCell(s.rows, 3, 5, "同上"); // row 4, 办事指南's 公开时限: same 一级事项, not flagged
    const r = await readXlsx(s);
    const flagged = r.warnings.filter((w) => w.code === "CAT-READ-SAME-AS-ABOVE");
    expect(flagged.map((w) => sheetOf(w.location).cell)).toEqual(["E5"]);
    expect(located(flagged[0])).toBe(
      "民政局目录.xlsx 目录!E5 “公开依据”列: “同上”所指的上一行属于另一个一级事项“政策法规”，已按上一行读取，请核对",
    );
    expect(r.value.items.map((i) => i.basis)).toEqual([
      "《政府信息公开条例》",
      "《社会救助暂行办法》",
      "《社会救助暂行办法》",
      "《社会救助暂行办法》",
    ]);
    expect(r.value.items[1]?.timeLimit.resolvedFrom).toBe("制定或获取信息之日起20个工作日内");
    const top = sheet("one-cell", STYLES["■/□"]);
    setCell(top.rows, 2, 4, "同上");
    const t = await readXlsx(top);
    expect(sheetOf(t.warnings.find((w) => w.code === "CAT-READ-SAME-AS-ABOVE")?.location).cell).toBe("E3");
    expect(t.value.items[0]?.basis).toBe("同上");
  });
});
