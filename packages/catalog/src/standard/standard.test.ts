import * as OpenCC from "opencc-js";
import { foldHantCharacters } from "@disclosure/schema/internal";
import { describe, expect, it } from "vitest";
import { areaFromHeading, matchArea } from "../area-match.js";
import { normalizeHeaderLabel, normalizeText } from "../normalize.js";
import { AREA_CODES, AREAS } from "./areas.js";
import { CHANNELS, STANDARD_CHECKLIST } from "./channels.js";
import { DEFAULT_KEY_AREA_GROUPS } from "./key-area-groups.js";

describe("the 26 areas", () => {
  it("are 26, with unique codes and names, in the order of catalog.md §2.1", () => {
    expect(AREAS).toHaveLength(26);
    expect(AREAS.map((a) => a.code)).toEqual([...AREA_CODES]);
    expect(new Set(AREAS.map((a) => a.name)).size).toBe(26);
    expect(AREAS.slice(0, 4).map((a) => a.name)).toEqual([
      "重大建设项目",
      "公共资源交易",
      "财政预决算",
      "安全生产",
    ]);
  });
  it("name no alias twice", () => {
    const all = AREAS.flatMap((a) => [a.name, ...a.aliases]);
    expect(new Set(all).size).toBe(all.length);
  });
  it("carry the guidelines read in two stored copies", () => {
    const byCode = Object.fromEntries(AREAS.map((a) => [a.code, a]));
    expect(byCode.socialAssistance?.guideline).toMatchObject({
      docNo: "民办函〔2019〕52号",
      verified: "double",
    });
    expect(byCode.householdRegistration?.guideline.docNo).toBe("公治安〔2019〕158号");
    expect(byCode.tax?.guideline.verified).toBe("unverified");
  });
  it("the 2017 pilot names map to the 2019 areas (拆迁安置, 环境保护, 就业创业)", () => {
    expect(matchArea("拆迁安置")).toBe("stateLandHouseExpropriation");
    expect(matchArea("环境保护领域")).toBe("ecoEnvironment");
    expect(matchArea("就业创业")).toBe("employment");
  });
});

describe("matchArea", () => {
  it.each([
    ["卫生健康领域", "healthcare"],
    ["农村集体土地", "landExpropriationCompensation"],
    ["乡村振兴领域", "povertyAlleviation"],
    ["财政预算决算", "budget"],
    ["救灾生产领域", "disasterRelief"],
    ["涉农资金领域", "agriSubsidies"],
    ["重大建設項目", "majorProjects"],
    ["盐池县社会救助领域基层政务公开标准目录", "socialAssistance"],
    ["二、公共法律服务领域", "publicLegalServices"],
    ["公共法律", "publicLegalServices"],
  ])("%s → %s", (text, code) => {
    expect(matchArea(text)).toBe(code);
  });
  it("additional areas", () => {
    expect(matchArea("统计领域")).toEqual({ other: "统计" });
    expect(areaFromHeading("机构职能领域基层政务公开标准目录")).toEqual({ other: "机构职能" });
    expect(matchArea("盐池县政务公开事项标准目录")).toBeUndefined();
    expect(areaFromHeading("盐池县政务公开事项标准目录")).toBeUndefined();
  });
});

describe("channels", () => {
  it("the checklist has the 13 boxes of the national guidelines", () => {
    expect(STANDARD_CHECKLIST).toHaveLength(13);
    expect(STANDARD_CHECKLIST.map((c) => CHANNELS.find((x) => x.code === c)?.label).join(" ")).toBe(
      "政府网站 政府公报 两微一端 发布会/听证会 广播电视 纸质媒体 公开查阅点 政务服务中心 便民服务站 入户/现场 社区/企事业单位/村公示栏(电子屏) 精准推送 其他",
    );
  });
});

describe("key-area groups", () => {
  it("default to the seed report's structure, with labels in both scripts", () => {
    expect(DEFAULT_KEY_AREA_GROUPS.map((g) => g.code)).toEqual([
      "total",
      "powerAllocation",
      "normativeDocuments",
      "budgetAudit",
      "majorProjects",
      "publicResources",
      "socialWelfare",
      "proposals",
    ]);
    const cn2tw = OpenCC.Converter({ from: "cn", to: "tw" });
    for (const g of DEFAULT_KEY_AREA_GROUPS) expect(g.label.zhHant).toBe(cn2tw(g.label.zhHans));
  });
});

describe("Traditional-character folding of the vocabulary", () => {
  it("covers every vocabulary character OpenCC converts (regenerate with packages/schema/scripts/hant-fold.mjs)", async () => {
    const { readFileSync, readdirSync } = await import("node:fs");
    const dir = __dirname;
    const text = readdirSync(dir)
      .filter((f) => f.endsWith(".ts") && !f.includes(".generated.") && !f.endsWith(".test.ts"))
      .map((f) => readFileSync(`${dir}/${f}`, "utf8"))
      .join("")
      // what the code matches, not what its comments say (as the generator reads it)
      .replace(/\/\*[\s\S]*?\*\//g, "")
      .replace(/^\s*\/\/.*$/gm, "");
    const toT = OpenCC.Converter({ from: "cn", to: "t" });
    const missing = [...new Set(text.match(/\p{Script=Han}/gu))].filter((c) => {
      const t = toT(c);
      return t !== c && t.length === 1 && foldHantCharacters(t) !== c;
    });
    expect(missing).toEqual([]);
  });
  it("normalises labels and phrases", () => {
    expect(normalizeText("信息形成或變更之日起２０個工作日內")).toBe("信息形成或变更之日起20个工作日内");
    expect(normalizeHeaderLabel("公开渠道和载体（“■”表示必选项，“□”表示可选项）")).toBe("公开渠道和载体");
    expect(normalizeHeaderLabel("公开 主体")).toBe("公开主体");
    expect(normalizeHeaderLabel("公開時限")).toBe("公开时限");
  });
});
