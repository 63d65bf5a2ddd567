import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { foldIdeographVariants } from "./ideographs.js";

describe("foldIdeographVariants", () => {
  it("folds the Kangxi radicals of PDFs printed from a browser or WPS", () => {
    expect(foldIdeographVariants("⼀、总体情况")).toBe("一、总体情况");
    expect(foldIdeographVariants("⼆、主动公开政府信息情况")).toBe("二、主动公开政府信息情况");
    expect(foldIdeographVariants("⾏政复议 ⼯作 ⼈数")).toBe("行政复议 工作 人数");
    expect(foldIdeographVariants("⽅式 ⽂件 ⽇")).toBe("方式 文件 日");
  });

  it("folds the radicals supplement, Simplified forms included", () => {
    expect(foldIdeographVariants("⼈⺠政府")).toBe("人民政府");
    expect(foldIdeographVariants("⻔户⽹站 ⻓期 ⻚")).toBe("门户网站 长期 页");
  });

  it("gives 户 for ⼾, not the Traditional 戶 of NFKC", () => {
    expect("⼾".normalize("NFKC")).toBe("戶");
    expect(foldIdeographVariants("⽤⼾")).toBe("用户");
  });

  it("folds compatibility ideographs by their canonical decomposition", () => {
    expect(foldIdeographVariants("\uf900\ufa0c")).toBe("豈兀");
  });

  it("leaves every other character alone (ASCII, unified ideographs, full-width forms, emoji)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (s) => {
        const out = foldIdeographVariants(s);
        if (!/[\u2e80-\u2fdf\uf900-\ufaff]|\ud87e[\udc00-\ude1f]/u.test(s)) expect(out).toBe(s);
        expect([...out].length).toBe([...s].length);
        expect(foldIdeographVariants(out)).toBe(out);
      }),
    );
  });

  it("maps every radical to a unified ideograph (U+3400–9FFF or U+20000 on)", () => {
    for (let cp = 0x2f00; cp <= 0x2fd5; cp++) {
      const out = foldIdeographVariants(String.fromCodePoint(cp)).codePointAt(0) ?? 0;
      expect(out >= 0x3400 && (out <= 0x9fff || out >= 0x20000), cp.toString(16)).toBe(true);
    }
  });
});
