import { describe, expect, it } from "vitest";
import { parseCatalogTable } from "./table.js";

const H1 = [
  "序号",
  "公开事项",
  "",
  "公开内容（要素）",
  "公开依据",
  "公开时限",
  "公开主体",
  "公开渠道和载体",
  "公开对象",
  "",
  "公开方式",
  "",
];
const H2 = ["", "一级事项", "二级事项", "", "", "", "", "", "全社会", "特定群体", "主动", "依申请"];
const row = (
  n: number,
  l1: string,
  l2: string,
  tl = "信息形成之日起20个工作日内",
  extra: string[] = ["√", "", "√", ""],
) => [
  String(n),
  l1,
  l2,
  `●${l2}`,
  "《政府信息公开条例》",
  tl,
  "盐池县发展和改革局",
  "■政府网站 ■投资项目在线审批监管平台",
  ...extra,
];

describe("parseCatalogTable", () => {
  it("reads a table whose areas change under title rows (井头街道-style compilation)", () => {
    const { items, issues } = parseCatalogTable(
      {
        rows: [
          ["盐池县发展和改革局政务公开事项标准目录"],
          H1,
          H2,
          ["一、重大建设项目领域"],
          row(22, "批准服务", "申报要求"),
          row(23, "", "办理流程", "同上"),
          ["二、公共资源交易领域", "二、公共资源交易领域", "二、公共资源交易领域"],
          row(
            1,
            "工程建设项目招标投标信息",
            "审批核准信息",
            "信息形成之日起20个工作日内；行政许可和行政处罚决定作出后7个工作日内",
          ),
        ],
      },
      { file: "发改局.csv" },
    );
    expect(items.map((i) => [i.area, i.seq, i.item.level1, i.item.level2, i.timeLimit.rule.kind])).toEqual([
      ["majorProjects", 22, "批准服务", "申报要求", "within"],
      ["majorProjects", 23, "批准服务", "办理流程", "within"],
      ["publicResourceTrading", 1, "工程建设项目招标投标信息", "审批核准信息", "composite"],
    ]);
    expect(items[0]?.channels[1]).toEqual({ code: { other: "投资项目在线审批监管平台" }, required: true });
    expect(issues).toEqual([]);
  });

  it("takes the area from the options or the sheet name when the table names none", () => {
    const grid = { rows: [H1, H2, row(1, "政策法规", "政策文件")] };
    expect(parseCatalogTable(grid, { area: "employment" }).items[0]?.area).toBe("employment");
    expect(parseCatalogTable(grid, { sheet: "就业创业" }).items[0]?.area).toBe("employment");
    const none = parseCatalogTable(grid, { file: "目录.csv" });
    expect(none.items[0]?.area).toEqual({ other: "目录.csv" });
    expect(none.issues.map((i) => i.code)).toEqual(["CAT-READ-NO-AREA"]);
  });

  it("reads a single header row, 公开事项 alone, words in 公开对象 / 公开方式 cells and 乌恰县's 县级 written in the cell", () => {
    const { items } = parseCatalogTable(
      {
        rows: [
          [
            "序号",
            "公开事项",
            "内容标准",
            "时限要求",
            "责任单位",
            "公开形式",
            "公开范围",
            "公开方式",
            "公开层级",
          ],
          [
            "1",
            "农村危房改造对象认定",
            "●对象名单",
            "分配结果确定后20个工作日内",
            "县住建局",
            "政府网站、公示栏",
            "特定群众",
            "依申请公开",
            "县级",
          ],
        ],
      },
      { area: "ruralDilapidatedHousing" },
    );
    expect(items[0]).toMatchObject({
      item: { level2: "农村危房改造对象认定" },
      content: "●对象名单",
      publisher: "县住建局",
      audience: ["specific"],
      mode: ["onRequest"],
      levels: ["county"],
      timeLimit: { rule: { kind: "within", start: "resultDetermined" } },
    });
  });

  it("三门县 prints 公开方式 twice: the second is 公开层级, told by its sub-labels", () => {
    const { items } = parseCatalogTable(
      {
        rows: [
          [
            "序号",
            "一级事项",
            "二级事项",
            "三级事项",
            "公开时限",
            "公开主体",
            "公开方式",
            "",
            "公开方式",
            "",
          ],
          ["", "", "", "", "", "", "主动", "依申请", "县级", "乡级"],
          [
            "1",
            "法律服务",
            "法律援助",
            "援助条件",
            "自制作或获取该信息之日起20个工作日内公开",
            "县司法局",
            "√",
            "",
            "√",
            "√",
          ],
          ["2", "", "", "办理流程", "同上", "县司法局", "√", "", "√", ""],
        ],
      },
      { area: "publicLegalServices" },
    );
    expect(items.map((i) => [i.item, i.mode, i.levels])).toEqual([
      [{ level1: "法律服务", level2: "法律援助", level3: "援助条件" }, ["proactive"], ["county", "township"]],
      [{ level1: "法律服务", level2: "法律援助", level3: "办理流程" }, ["proactive"], ["county"]],
    ]);
  });

  it("keeps 特定群体 text such as 申请人 as a note, and non-standard columns as extra data", () => {
    const { items, issues } = parseCatalogTable(
      {
        rows: [
          [...H1, "责任科室", "五公开"],
          [...H2, "", ""],
          row(1, "征收决定", "社会稳定风险评估", "自收到申请之日起20个工作日内公开", [
            "",
            "申请人",
            "",
            "√",
          ]).concat(["征收科", "■结果"]),
        ],
      },
      { area: "stateLandHouseExpropriation" },
    );
    expect(items[0]).toMatchObject({
      audience: ["specific"],
      audienceNote: "申请人",
      mode: ["onRequest"],
      responsibleOffice: "征收科",
      extra: { 五公开: "■结果" },
    });
    expect(issues.map((i) => i.code)).toEqual(["CAT-READ-EXTRA-COLUMN"]);
  });

  it("reports a table without a header and a header without an item column", () => {
    expect(parseCatalogTable({ rows: [["a", "b"]] }, { file: "x.csv" }).issues[0]).toMatchObject({
      code: "CAT-READ-NO-HEADER",
      location: { file: "x.csv" },
    });
    const r = parseCatalogTable({ rows: [["序号", "公开内容", "公开时限", "公开主体"]] });
    expect(r.found).toBe(false);
    expect(r.issues[0]?.code).toBe("CAT-READ-NO-ITEM-COLUMN");
  });
});

it("a row with its own 公开内容 is an item even when its first word is a note's (备注, 说明)", () => {
  const { items, notes } = parseCatalogTable(
    {
      rows: [
        H1,
        H2,
        row(1, "政务公开", "公开指南"),
        [
          "",
          "",
          "备注",
          "●备注说明",
          "《政府信息公开条例》",
          "信息形成之日起20个工作日内",
          "盐池县民政局",
          "■政府网站",
          "√",
          "",
          "√",
          "",
        ],
        ["注：本目录由县政务公开办负责解释。", "", "", "", "", "", "", "", "", "", "", ""],
        ["说明", "", "", "", "", "", "", "", "", "", "", ""],
      ],
    },
    { area: "socialAssistance" },
  );
  expect(items.map((i) => [i.item.level1, i.item.level2])).toEqual([
    ["政务公开", "公开指南"],
    ["政务公开", "备注"],
  ]);
  expect(notes).toEqual(["注：本目录由县政务公开办负责解释。", "说明"]);
});

it("the JSDoc example of parseCatalogTable", () => {
  const { items } = parseCatalogTable(
    {
      rows: [
        ["序号", "公开事项", "", "公开内容（要素）", "公开依据", "公开时限", "公开主体", "公开渠道和载体"],
        ["", "一级事项", "二级事项", "", "", "", "", ""],
        [
          "1",
          "政策法规",
          "社会救助政策",
          "●《社会救助暂行办法》",
          "《政府信息公开条例》",
          "制定或获取信息之日起10个工作日内",
          "盐池县民政局",
          "■政府网站 □政府公报",
        ],
      ],
    },
    { area: "socialAssistance" },
  );
  expect(items[0]?.item).toEqual({ level1: "政策法规", level2: "社会救助政策" });
});
