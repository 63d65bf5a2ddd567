import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { foldHant } from "@disclosure/schema";
import { prepareJoined, prepareText, sentences, yearsIn } from "./text-normalize.js";

describe("foldHant", () => {
  it("folds the 盐池县 2020 seed's Traditional wording, 規範性檔案 included", () => {
    expect(foldHant("辦理公民、法人和其他組織提交的政府信息公開申請 5 件")).toBe(
      "办理公民、法人和其他组织提交的政府信息公开申请 5 件",
    );
    expect(foldHant("在政府入口網站設立“規範性檔案”專欄")).toBe("在政府入口网站设立“规范性文件”专栏");
  });

  it("folds one character to one character", () => {
    const sample = "請開動辦處復議訴訟結轉規範發廢現許罰決項條個數為";
    expect([...foldHant(sample)]).toHaveLength([...sample].length);
    expect(foldHant(sample)).not.toMatch(/[請開動辦處復議訴訟結轉規範發廢現許罰決項條個數為]/);
  });
});

describe("prepareText and sentences", () => {
  it("joins PDF line breaks but never two numbers", () => {
    expect(prepareText("受理政府信息公开\n申请 17 件")).toBe("受理政府信息公开申请17件");
    expect(prepareText("1 1 0 0 2")).toBe("1 1 0 0 2");
    expect(prepareText("收到申请１，２３４件")).toBe("收到申请1，234件");
    expect(prepareText("收到申请1,234件")).toBe("收到申请1234件");
  });

  it("cuts at 。！？ and at transcription gaps", () => {
    expect(sentences("一。二！三[…gap…]四")).toEqual(["一", "二", "三", "四"]);
  });

  it("finds the years a sentence names", () => {
    expect(yearsIn("2024年度报告，较2023年增加")).toEqual([2024, 2023]);
  });
});

describe("prepareJoined", () => {
  // Pieces that each step of the preparation acts on: digits and commas (thousands), spaces of
  // every kind, Traditional characters and the Taiwan-phrased terms, 。 itself.
  const pieces = [
    ..."0123456789０９,， \n\u3000\u00a0\u200b。答反回覆規範性檔案政府資訊處理條件申請",
    "1,234",
    "規範性檔案",
    "政府資訊",
    "答覆",
  ];
  const text = fc.array(fc.constantFrom(...pieces), { maxLength: 16 }).map((xs) => xs.join(""));

  it("is prepareText of the texts joined with 。", () => {
    fc.assert(
      fc.property(fc.array(text, { maxLength: 5 }), (texts) => {
        expect(prepareJoined(texts)).toBe(prepareText(texts.join("。")));
      }),
      { numRuns: 3000 },
    );
  });
});
