// The catalog commands as a county's 政务公开办 uses them: its catalog as published (channels
// and ticks as sub-columns under merged groups, notes under the table), its site's publication
// log as the content system exports it (Chinese headers, dates in every form, 所属事项 and 栏目),
// per-unit results and the 督查清单 it sends its units, the yearly diff in Chinese.
import { readWorkbookGrids } from "@disclosure/catalog";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { cli } from "./helpers.js";

const CHANNELS = [
  "政府网站",
  "政府公报",
  "两微一端",
  "政务服务中心",
  "入户",
  "现场",
  "社区/企事业单位/村公示栏",
];
const MZ = "盐池县民政局";

/** 盐池县民政局's 社会救助 catalog: channels as sub-columns (■/□), 公开对象 / 公开方式 as sub-columns, 一级事项 merged. */
async function catalogXlsx(opts: { badSubLabel?: boolean } = {}): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("目录");
  const width = 6 + CHANNELS.length + 4;
  ws.addRow(["盐池县民政局社会救助领域基层政务公开标准目录"]);
  ws.mergeCells(1, 1, 1, width);
  ws.addRow([
    "序号",
    "公开事项",
    "",
    "公开内容（要素）",
    "公开时限",
    "公开主体",
    "公开渠道和载体",
    ...Array(CHANNELS.length - 1).fill(""),
    "公开对象",
    "",
    "公开方式",
    "",
  ]);
  ws.addRow([
    "",
    "一级事项",
    "二级事项",
    "",
    "",
    "",
    ...CHANNELS,
    opts.badSubLabel ? "外部公众" : "全社会",
    "特定群体",
    "主动",
    "依申请",
  ]);
  for (const c of [1, 4, 5, 6]) ws.mergeCells(2, c, 3, c);
  ws.mergeCells(2, 2, 2, 3);
  ws.mergeCells(2, 7, 2, 6 + CHANNELS.length);
  ws.mergeCells(2, 7 + CHANNELS.length, 2, 8 + CHANNELS.length);
  ws.mergeCells(2, 9 + CHANNELS.length, 2, 10 + CHANNELS.length);
  const row = (seq: number, l1: string, l2: string, limit: string, marks: string[]) =>
    ws.addRow([seq, l1, l2, `●${l2}`, limit, MZ, ...marks, "√", "", "√", ""]);
  row(1, "政策法规", "办事指南", "信息形成或变更之日起20个工作日内", ["■", "□", "■", "■", "□", "□", ""]);
  row(2, "", "政策解读", "信息形成之日起20个工作日内", ["□", "□", "", "", "", "", ""]);
  row(3, "最低生活保障", "审核确认结果", "制定或获取信息之日起10个工作日内", ["■", "", "", "", "", "■", "■"]);
  row(4, "", "救助资金发放", "制定或获取信息之日起10个工作日内", ["■", "", "", "", "", "", "■"]);
  ws.mergeCells(4, 2, 5, 2);
  ws.mergeCells(6, 2, 7, 2);
  ws.addRow(["注：“■”为必选渠道，“□”为可选渠道；公开时限中的“工作日”不含法定节假日。"]);
  ws.mergeCells(8, 1, 8, width);
  ws.addRow(["填表人：张三", "", "", "审核人：李四"]);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** The site's publication log as its content system exports it. */
const EXPORT = [
  "标题,发布日期,成文日期,发布机构,栏目,所属事项,链接",
  "盐池县社会救助办事指南,2020-03-05,2020-03-02,盐池县民政局,政务公开>社会救助,办事指南,http://www.yanchi.gov.cn/a/1.html",
  "2020年9月城乡低保审核信息公示,2020/10/15,2020/9/25,盐池县民政局,社会救助>最低生活保障,审核确认结果,http://www.yanchi.gov.cn/a/2.html",
  "2020年10月城乡低保审核信息公示,2020年11月13日,2020年10月26日,盐池县民政局,社会救助>最低生活保障,审核确认结果,http://www.yanchi.gov.cn/a/3.html",
  "民政局召开党史学习教育会议,2020-04-01,,盐池县民政局,工作动态,,http://www.yanchi.gov.cn/a/4.html",
  '"=HYPERLINK(""http://x"")",2020-05-01,,盐池县民政局,社会救助,医疗救助,',
].join("\r\n");

const RUN = [
  "catalog",
  "coverage",
  "目录.xlsx",
  "发布记录.csv",
  "--from",
  "2020-01-01",
  "--to",
  "2020-12-31",
];

describe("catalog coverage on the office's own files", async () => {
  const files = { "目录.xlsx": await catalogXlsx(), "发布记录.csv": EXPORT };

  it("reads the sub-column workbook and the CMS export; items filed under their 所属事项 count as published", async () => {
    const r = await cli([...RUN, "--json"], files);
    const out = JSON.parse(r.stdout);
    expect(out.rejectedPublications).toBe(0);
    expect(
      out.byItem.map((i: { level2: string; publications: number }) => [i.level2, i.publications]),
    ).toEqual([
      ["办事指南", 1],
      ["政策解读", 0],
      ["审核确认结果", 2],
      ["救助资金发放", 0],
    ]);
    expect(out.totals).toMatchObject({ publications: 5, late: 1, unmatched: 2, missing: 2 });
    expect(out.late[0]).toMatchObject({ deadline: "2020-11-09", lateByWorkingDays: 4 });
    // The catalog's own checks: 政策解读 has no channel marked ■.
    expect(r.stderr).toContain(
      "警告 目录.xlsx 工作表“目录” 第5行 — “政策解读”（盐池县民政局，社会救助）没有标为必选（■）的公开渠道 [CAT-NO-CHANNEL]",
    );
    expect(r.stderr).not.toContain("CAT-READ-ROW");
  });

  it("lists per unit the missing items, the late publications and the unmatched ones, with the reason", async () => {
    const r = await cli(RUN, files);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      [
        "盐池县民政局：缺失 2 项，逾期 1 条，未对应目录 2 条",
        "  缺失：社会救助 政策法规/政策解读",
        "  缺失：社会救助 最低生活保障/救助资金发放",
        "  逾期：“2020年10月城乡低保审核信息公示” 2020-11-13 发布，期限 2020-11-09，逾期 4 个工作日",
        "  未对应：“民政局召开党史学习教育会议” 2020-04-01 — 栏目“工作动态”未对应盐池县民政局目录中的事项；标题“民政局召开党史学习教育会议”未对应盐池县民政局目录中的事项",
      ].join("\n"),
    );
    expect(r.stdout).toContain("— 所属事项“医疗救助”未对应盐池县民政局目录中的事项");
    const en = await cli([...RUN, "--lang", "en"], files);
    expect(en.stdout).toContain(
      '  late: "2020年10月城乡低保审核信息公示" published 2020-11-13, due 2020-11-09, 4 working day(s) late',
    );
  });

  it("writes the 督查清单 as a workbook and as CSV (formula-like titles guarded)", async () => {
    const x = await cli([...RUN, "-o", "督查清单.xlsx"], files);
    const grids = await readWorkbookGrids(x.written["督查清单.xlsx"] as Uint8Array);
    expect(grids.map((g) => g.sheet)).toEqual(["汇总", "督查清单"]);
    expect(grids[0]?.rows[2]).toEqual([MZ, "4", "2", "0", "5", "1", "2"]);
    expect(grids[1]?.rows.slice(2).map((r) => r.slice(1, 4))).toEqual([
      ["缺失事项", "社会救助", "政策法规/政策解读"],
      ["缺失事项", "社会救助", "最低生活保障/救助资金发放"],
      ["逾期公开", "", "最低生活保障/审核确认结果"],
      ["未对应目录", "", ""],
      ["未对应目录", "", ""],
    ]);
    const c = await cli([...RUN, "-o", "督查清单.csv"], files);
    const csv = String(c.written["督查清单.csv"]);
    expect(csv.startsWith("\ufeff单位,问题,领域,目录事项,信息标题")).toBe(true);
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`);
    const bad = await cli([...RUN, "-o", "督查清单.txt"], files);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("督查清单的文件名须以 .xlsx 或 .csv 结尾");
    const xlsxLog = await cli(
      ["catalog", "coverage", "目录.xlsx", "发布记录.xlsx", "--from", "2020-01-01", "--to", "2020-12-31"],
      {
        ...files,
        "发布记录.xlsx": files["目录.xlsx"],
      },
    );
    expect(xlsxLog.code).toBe(2);
    expect(xlsxLog.stderr).toContain(
      "发布记录须为 CSV 或 JSON Lines 文件：发布记录.xlsx（可在 Excel 或 WPS 中另存为 CSV）",
    );
  });
});

describe("what the commands refuse, with the reason", () => {
  it("a header it does not understand: exit 2, the cell named", async () => {
    const r = await cli(RUN, {
      "目录.xlsx": await catalogXlsx({ badSubLabel: true }),
      "发布记录.csv": EXPORT,
    });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain(
      "错误 目录.xlsx 目录!N3: 表头“公开对象”下的“外部公众”无法识别（应为全社会、特定群体等） [CAT-READ-HEADER]",
    );
  });

  it("nothing read: exit 2 with why, never a summary of nothing", async () => {
    const catalog = await catalogXlsx();
    const noUnit = "标题,发布日期,栏目\r\n盐池县社会救助办事指南,2020-03-05,社会救助\r\n";
    const a = await cli(RUN, { "目录.xlsx": catalog, "发布记录.csv": noUnit });
    expect(a.code).toBe(2);
    expect(a.stdout).toBe("");
    expect(a.stderr).toContain(
      "发布记录.csv 第1行: 发布记录的表头缺少“发布机构”列（可用列名：发布机构/unit/publisher）；读到的表头为：标题、发布日期、栏目",
    );
    const allBad =
      "标题,发布日期,发布机构\r\n办事指南,2020-02-30,盐池县民政局\r\n审核结果,下周,盐池县民政局\r\n";
    const b = await cli(RUN, { "目录.xlsx": catalog, "发布记录.csv": allBad });
    expect(b.code).toBe(2);
    expect(b.stdout).toBe("");
    expect(b.stderr).toContain("发布记录.csv B3 “发布日期”列: 发布日期“下周”无法识别");
    expect(b.stderr).toContain("没有读到任何可用的发布记录：发布记录.csv 的 2 行均被拒收（见上文）");
  });
});

describe("catalog diff in Chinese", () => {
  it("prints each change as before → after under the catalog's column name", async () => {
    const item = {
      area: "socialAssistance",
      item: { level1: "最低生活保障", level2: "审核确认结果" },
      content: "●保障对象 ●保障金额",
      basis: "《社会救助暂行办法》",
      timeLimit: {
        raw: "信息形成之日起20个工作日内",
        rule: { kind: "within", start: "formed", limit: { amount: 20, unit: "workingDay" } },
      },
      publisher: MZ,
      channels: [{ code: "website", required: true }],
      audience: ["public"],
      mode: ["proactive"],
    };
    const after = {
      ...item,
      timeLimit: {
        raw: "制定或获取信息之日起10个工作日内",
        rule: { kind: "within", start: "formedOrChanged", limit: { amount: 10, unit: "workingDay" } },
      },
      channels: [
        { code: "website", required: true },
        { code: "noticeBoard", required: true },
      ],
    };
    const r = await cli(["catalog", "diff", "2020.json", "2021.json"], {
      "2020.json": JSON.stringify({ items: [item] }),
      "2021.json": JSON.stringify({ items: [after] }),
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      [
        "~ 修改 盐池县民政局 社会救助 最低生活保障/审核确认结果",
        "    公开时限：信息形成之日起20个工作日内 → 制定或获取信息之日起10个工作日内",
        "    公开渠道和载体：■政府网站 → ■政府网站 ■社区/企事业单位/村公示栏(电子屏)",
        "新增 0 项，删除 0 项，修改 1 项，未变 0 项",
        "",
      ].join("\n"),
    );
    const en = await cli(["catalog", "diff", "2020.json", "2021.json", "--lang", "en"], {
      "2020.json": JSON.stringify({ items: [item] }),
      "2021.json": JSON.stringify({ items: [after] }),
    });
    expect(en.stdout).toContain(
      "    time limit: 信息形成之日起20个工作日内 → 制定或获取信息之日起10个工作日内",
    );
  });
});

describe("catalog register: documents whose 有效期 ran out, and the format of the year", () => {
  const csv = [
    "序号,文件名称,文号,类别,印发日期,有效期,状态",
    "1,盐池县农村集体经济组织财务管理办法,盐政规发〔2019〕5号,行政规范性文件,2019-08-20,2年,现行有效",
    "2,盐池县物业管理实施规定,盐政规发〔2020〕4号,行政规范性文件,2020-06-18,5年,现行有效",
  ].join("\r\n");

  it("names the documents whose 有效期 ran out in the year", async () => {
    const r = await cli(["catalog", "register", "r.csv", "--year", "2021"], { "r.csv": csv });
    expect(r.stdout).toContain(
      "2021年有效期届满的文件 1 件（年末不再现行有效，不计入本年废止件数）：\n  盐池县农村集体经济组织财务管理办法（盐政规发〔2019〕5号），有效期至2021-08-19\n",
    );
    const j = JSON.parse(
      (await cli(["catalog", "register", "r.csv", "--year", "2021", "--json"], { "r.csv": csv })).stdout,
    );
    expect(j.expired.map((d: { id: string }) => d.id)).toEqual(["盐政规发〔2019〕5号"]);
    expect(j.formatNote).toBeUndefined();
  });

  it("says that reports on 2020 use the 2019 format", async () => {
    const r = await cli(["catalog", "register", "r.csv", "--year", "2020"], { "r.csv": csv });
    expect(r.stdout).toContain("2020年度的年度报告使用2019年版格式（国办公开办函〔2019〕60号");
    expect(r.stdout).toContain("不能照搬填入2020年度报告");
  });
});
