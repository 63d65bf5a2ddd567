import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { rules, withCell, yanchi } from "../../test/check-helpers.js";
import { check, numberClaims } from "./index.js";
import { PHRASES, UNIT_WORD } from "./text-numbers.js";

const kinds = (text: string, year?: number) => numberClaims(text, year).map((c) => [c.kind, c.value]);

describe("numberClaims reads the phrasings of rules.md in real reports", () => {
  it("收到…申请 N 件, 上年结转 M 件 (上海市科委 2024)", () => {
    expect(
      kinds("全年收到政府信息公开申请 34 件，上年结转政府信息公开\n申请 2 件，所有申请均已按要求办理完成。"),
    ).toEqual([
      ["received", 34],
      ["carriedIn", 2],
    ]);
  });

  it("受理…申请 N 件 and 答复…N 件 (上海市人民政府办公厅 2019)", () => {
    expect(
      kinds(
        "市政府办公厅代表市政府共受理政府信息公开申请859件，申请数量较去年回落12.3%；答复政府信息公开申请805件（含上年度结转申请18件，另有72件申请按照《条例》顺延到下年度答复）。",
      ),
    ).toEqual([
      ["received", 859],
      ["resultTotal", 805],
      ["carriedIn", 18],
    ]);
  });

  it("收到 N 件申请, 办结 N 件, N 件结转下年度 (平潭 2021)", () => {
    expect(kinds("本年度全区共收到70件申请，及时依法依规办结69件，1件结转下年度继续办理。")).toEqual([
      ["receivedAny", 70],
      ["resultTotal", 69],
      ["carriedOut", 1],
    ]);
  });

  it("行政复议 / 行政诉讼 N 件, either order (平潭 2022, 上海市科委 2024)", () => {
    expect(kinds("2022年，全区政府信息公开工作方面共有行政诉讼案件1件、行政复议案件2件，均已结案。")).toEqual(
      [
        ["litigation", 1],
        ["review", 2],
      ],
    );
    expect(
      kinds(
        "2024 年市科委有 1 件涉及政府信息公开工作的行政复议，该行政复议件未被纠错。涉及的行政诉讼数为0 件。",
      ),
    ).toEqual([
      ["review", 1],
      ["litigation", 0],
    ]);
  });

  it("规范性文件: 制发的…N件, 出台四项 (Chinese numerals), 现行有效…N件 (平潭 2022, 长春新区科技局 2023)", () => {
    expect(kinds("集中公开现行有效行政规范性文件698件，动态更新本年度制发的规范性文件88件。")).toEqual([
      ["inForce", 698],
      ["normativeIssued", 88],
    ]);
    expect(kinds("2023年,长春新区科技局出台四项规范性文件,分别是……")).toEqual([["normativeIssued", 4]]);
  });

  it("共受理 N 件 …；共办理 N 件，结转下一年 N 件 (沭阳县 2025)", () => {
    expect(
      kinds(
        "全县全年共受理政府信息公开申请749件，其中自然人申请741件，法人或其他组织申请8件；共办理718件，结转下一年31件。",
      ),
    ).toEqual([
      ["receivedAny", 749],
      ["handled", 718],
      ["carriedOut", 31],
    ]);
  });

  it("办理…申请 N 件 over an enumeration, in Traditional text (盐池县 2020 seed)", () => {
    expect(
      kinds(
        "2020 年依法依規辦理公民、法人和其他組織提交的政府信息公開申請 5 件,主要涉及扶貧政策、征地拆遷等內容。",
        2020,
      ),
    ).toEqual([["handled", 5]]);
  });

  it("reads Traditional text (怀化 2022) and skips approximations", () => {
    expect(kinds("2022年,我縣收到政府信息依申請公開9件,上年轉結1件,發生行政復議1件。")).toEqual([
      ["received", 9],
      ["carriedIn", 1],
      ["review", 1],
    ]);
    expect(kinds("全年收到政府信息公开申请近20件，行政许可决定4万余件。")).toEqual([]);
  });

  it("does not count a result category as 答复 (同意公开答复 9 件)", () => {
    expect(
      kinds("所有办结的信息公开申请中同意公开答复 9 件，部分公开答复 0 件，不予公开答复 2 件。"),
    ).toEqual([]);
  });

  it("skips sentences about another year (松江河镇 2020 quoting 2019)", () => {
    expect(kinds("2019年,我镇收到政府信息公开申请3件。", 2020)).toEqual([]);
    expect(kinds("2020年,我镇收到政府信息公开申请3件，较2019年增加1件。", 2020)).toEqual([
      ["receivedAny", 3],
    ]);
  });

  it("ignores counts of other things (行政许可事项, 相关案件, 网络问政)", () => {
    expect(kinds("梳理行政许可事项52项。全县共办理相关案件74件。全年受理网络问政182件。")).toEqual([]);
  });
});

describe("TXT-NUMBERS", () => {
  const withText = (overview: string) => yanchi("2021", 2021, { sections: { overview } });

  it("accepts received or received + carried in, and warns on a mismatch (洪泽区 2024: 17 vs 95)", () => {
    expect(rules(check(withText("2021年，全县办理政府信息公开申请5件。")))).not.toContain("TXT-NUMBERS");
    const f = check(
      withText("2021年，区政府办代表区政府受理政府信息公开申请 17 件，均已在法定期限内予以答复。"),
    ).find((x) => x.rule === "TXT-NUMBERS");
    expect(f).toMatchObject({ severity: "warning", actual: 17, expected: 5 });
    expect(f?.cells).toEqual([{ table: "table3", row: "received", col: "total" }]);
    expect(f?.message.zh).toBe(
      "正文“受理政府信息公开申请17件”所述17与表格不符：表三“一、本年新收政府信息公开申请数量”行“总计”列（5）",
    );
  });

  it("warns when the text names four 规范性文件 and table 二 says 0 (长春新区科技局 2023)", () => {
    const r = withCell(withText("2021年,出台四项规范性文件。"), "table2", "normativeDocuments", "issued", 0);
    const f = check(r).find((x) => x.rule === "TXT-NUMBERS");
    expect(f).toMatchObject({ actual: 4, expected: 0 });
    expect(f?.cells).toEqual([{ table: "table2", row: "normativeDocuments", col: "issued" }]);
  });

  it("compares 行政事业性收费 in 万元 with table 二 (平潭 2022: 9116.36)", () => {
    const r = withCell(
      withText("2021年，行政事业性收费9116.36万元。"),
      "table2",
      "fees",
      "amountWan",
      9116.36,
    );
    expect(rules(check(r))).not.toContain("TXT-NUMBERS");
    const f = check(withCell(r, "table2", "fees", "amountWan", 9116.3)).find((x) => x.rule === "TXT-NUMBERS");
    expect(f).toMatchObject({ actual: 9116.36, expected: 9116.3 });
  });

  it("compares a blank cell with nothing", () => {
    const r = withCell(withText("2021年,转下一年度办理答复的有1件。"), "table3", "carriedOut", "total", null);
    expect(rules(check(r))).not.toContain("TXT-NUMBERS");
  });
});

describe("the words a phrasing needs", () => {
  // Pieces of the phrasings, shuffled into sentences: every match a phrasing finds holds one of
  // the words it says it needs (numberClaims skips sentences without them).
  const pieces = [
    ..."新收到接受办理结转入下一上年度答复了的共计为数量件起个项申请决定，、至到",
    ...["新收", "收到", "接收", "接到", "受理", "办理", "上年", "结转", "转结", "转入", "下一年", "下年度"],
    ...["办结", "答复", "行政复议", "行政诉讼", "行政许可", "行政处罚", "行政事业性收费", "万元"],
    ...["制发", "印发", "出台", "规范性文件", "规章", "废止", "现行有效", "2", "17", "3.5", "四"],
  ];
  const sentence = fc.array(fc.constantFrom(...pieces), { maxLength: 12 }).map((xs) => xs.join(""));

  it("no phrasing matches without one of its words", () => {
    fc.assert(
      fc.property(sentence, (s) => {
        for (const p of PHRASES) {
          for (const m of s.matchAll(new RegExp(p.re.source, "g"))) {
            expect(
              p.needs.some((w) => m[0].includes(w)),
              `${p.kind}: ${m[0]}`,
            ).toBe(true);
            expect(m[0], p.kind).toMatch(UNIT_WORD);
          }
        }
      }),
      { numRuns: 20_000 },
    );
  });

  it("finds the claims of the real sentences above", () => {
    expect(kinds("全年收到政府信息公开申请 34 件，上年结转政府信息公开\n申请 2 件。")).toEqual([
      ["received", 34],
      ["carriedIn", 2],
    ]);
  });
});
