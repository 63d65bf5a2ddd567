import { readFileSync } from "node:fs";
import fc from "fast-check";
import * as OpenCC from "opencc-js";
import { describe, expect, it } from "vitest";
// @ts-expect-error: the generator is a plain Node script without types
import { HANT_FOLD_FILE, hantFoldSource } from "../../scripts/hant-fold.mjs";
import { tableRows } from "../formats/lookup.js";
import {
  foldCountCharacters,
  foldHant,
  foldHantCharacters,
  foldText,
  normalizeLabel,
  scriptCounts,
  toHalfWidth,
} from "./index.js";
import { HANT_PAIRS } from "./hant.generated.js";
import { pairMap } from "./pairs.js";

const pairs = [...pairMap(HANT_PAIRS)];
const traditional = pairs.map(([t]) => t);
const simplified = pairs.map(([, s]) => s);

/** Texts made of the table's characters, its Simplified forms, terms, radicals and full-width forms. */
const foldable = fc
  .array(
    fc.oneof(
      fc.constantFrom(...traditional, ...simplified),
      fc.constantFrom("規範性檔案", "政府資訊", "⼀", "⼾", "⻑", "１", "（", "　", "申請", " "),
      fc.string({ maxLength: 3 }),
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(""));

describe("the generated 繁→简 table", () => {
  it("is what scripts/hant-fold.mjs makes of the vocabularies today", () => {
    const committed = readFileSync(new URL(`../../${HANT_FOLD_FILE}`, import.meta.url), "utf8");
    expect(committed).toBe(hantFoldSource());
  });

  it("agrees with opencc-js's t → cn conversion for every pair", () => {
    const toSimplified = OpenCC.Converter({ from: "t", to: "cn" });
    const disagreeing = pairs.filter(([t, s]) => toSimplified(t) !== s);
    expect(disagreeing).toEqual([]);
    expect(pairs.length).toBeGreaterThan(250);
  });

  it("maps each Traditional character once, to a character that is not folded again", () => {
    expect(pairs.length * 2).toBe([...HANT_PAIRS].length);
    expect(simplified.filter((s) => traditional.includes(s))).toEqual([]);
  });

  it("folds every official label written in Traditional back to the label", () => {
    const toTraditional = OpenCC.Converter({ from: "cn", to: "tw" });
    for (const table of ["table2", "table3", "table4"] as const) {
      for (const format of ["2019", "2021"] as const) {
        for (const row of tableRows(format, table)) {
          expect(foldHant(toTraditional(row.label))).toBe(row.label);
        }
      }
    }
  });
});

describe("folding", () => {
  it("is idempotent: a folded text folds to itself", () => {
    fc.assert(
      fc.property(foldable, (text) => {
        expect(foldHant(foldHant(text))).toBe(foldHant(text));
        expect(foldText(foldText(text))).toBe(foldText(text));
        expect(normalizeLabel(normalizeLabel(text))).toBe(normalizeLabel(text));
      }),
    );
  });

  it("changes one character for one character, terms apart", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...traditional, ...simplified, "a", "。")), (list) => {
        const text = list.join("");
        expect([...foldHantCharacters(text)]).toHaveLength(list.length);
      }),
    );
  });

  it("folds as one pass over every character would (property)", () => {
    const table = new Map(pairs);
    const fullWidth = (ch: string) => {
      const cp = ch.codePointAt(0) ?? 0;
      if (cp >= 0xff01 && cp <= 0xff5e) return String.fromCodePoint(cp - 0xfee0);
      return cp === 0x3000 ? " " : ch;
    };
    fc.assert(
      fc.property(fc.oneof(foldable, fc.string({ unit: "binary" })), (text) => {
        expect(foldHantCharacters(text)).toBe([...text].map((ch) => table.get(ch) ?? ch).join(""));
        expect(toHalfWidth(text)).toBe([...text].map(fullWidth).join(""));
      }),
    );
  });

  it("normalises a label as its passes one after the other would (property)", () => {
    const drop = /[\s\u3000\u00A0\u200B-\u200D\u2060\uFEFF\\#*_`>|｜│┃"'“”‘’「」『』〝〞＂]+/g;
    const punct: Record<string, string> = { "、": ",", "〔": "(", "【": "(", "〕": ")", "】": ")" };
    const byPasses = (text: string) =>
      foldHantCharacters(toHalfWidth(text))
        .replace(drop, "")
        .replace(/(\d)[、。]|[、〔【〕】]/g, (m, d?: string) => (d ? `${d}.` : (punct[m] ?? m)));
    const labelish = fc
      .array(
        fc.oneof(
          fc.constantFrom(
            "1、",
            "１。",
            "、",
            "。",
            "〔",
            "】",
            " ",
            "　",
            "#",
            "（",
            "）",
            "“",
            "﹑",
            "規範",
            "\uD83C",
            "🀄",
          ),
          foldable,
          fc.string({ unit: "binary", maxLength: 3 }),
        ),
        { maxLength: 12 },
      )
      .map((parts) => parts.join(""));
    fc.assert(
      fc.property(labelish, (text) => {
        expect(normalizeLabel(text)).toBe(byPasses(text));
      }),
      { numRuns: 3000 },
    );
  });

  it("folds the 盐池县 2020 report's 繁体 wording and its Taiwan-phrased terms", () => {
    expect(foldHant("辦理公民、法人和其他組織提交的政府信息公開申請 5 件")).toBe(
      "办理公民、法人和其他组织提交的政府信息公开申请 5 件",
    );
    expect(foldHant("在政府入口網站設立“規範性檔案”專欄")).toBe("在政府入口网站设立“规范性文件”专栏");
    expect(foldHant("公開政府資訊")).toBe("公开政府信息");
    expect(foldText("⼀、總體情況 　收到申請１７件")).toBe("一、总体情况  收到申请17件");
  });

  it("reads 參 in a count as the financial numeral 叁, elsewhere as 参", () => {
    expect(foldCountCharacters("參拾件")).toBe("叁拾件");
    expect(foldHant("參加")).toBe("参加");
  });

  it("matches a Traditional label to the official one", () => {
    expect(normalizeLabel("（三）不予公開")).toBe(normalizeLabel("（三）不予公开"));
  });
});

describe("scriptCounts", () => {
  it("counts the frequent characters of either script, in the first code units asked for", () => {
    expect(scriptCounts("一、總體情況 2022年,我縣認真貫徹落實")).toEqual({ hant: 5, hans: 0 });
    expect(scriptCounts("盐池县2020年政府信息公开工作年度报告")).toEqual({ hant: 0, hans: 3 });
    expect(scriptCounts("總體情況总体情况", 4)).toEqual({ hant: 3, hans: 0 });
  });

  it("finds a text folded by foldHant no more Traditional than before", () => {
    fc.assert(
      fc.property(foldable, (text) => {
        expect(scriptCounts(foldHant(text)).hant).toBeLessThanOrEqual(scriptCounts(text).hant);
      }),
    );
  });
});
