import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { normalizeOfficialTerms, stripEmbeddedPageNumbers, toSimplified, toTraditional } from "./hant.js";

const TESTDATA = join(__dirname, "../../../testdata");
const SEED = readFileSync(join(TESTDATA, "seed/yanchi-2020-annual-report.txt"), "utf8");

/** The corpus reports, without their header block. */
const CORPUS = readdirSync(join(TESTDATA, "corpus"))
  .filter((f) => f.endsWith(".txt"))
  .map((file) => {
    const text = readFileSync(join(TESTDATA, "corpus", file), "utf8");
    return { file, hant: /^script: hant$/m.test(text), body: text.slice(text.indexOf("\n\n") + 2) };
  });

/** 盐池县 2020, 二是打造信息查阅场所 — as a mainland county writes it. */
const PARAGRAPH_HANS =
  "二是打造信息查阅场所。在县政务大厅设立政务公开专区,在各乡镇民生服务中心等人员密集公共场所设置政府信息查阅点 8 个,实现乡镇信息查阅点全覆盖。同时,印制专门的政务公开标识,配备相应的电脑、网络、打印机和公开文件存放专柜等设施设备,规范展示政府信息主动公开工作流程图、依申请公开政府信息流程图、政府信息查阅点工作人员职责,服务水平和服务质量得到有效提升。截至目前,累计查询 12000 余人次。";
/** The same paragraph in Traditional characters with the mainland terms kept. */
const PARAGRAPH_HANT =
  "二是打造信息查閱場所。在縣政務大廳設立政務公開專區,在各鄉鎮民生服務中心等人員密集公共場所設置政府信息查閱點 8 個,實現鄉鎮信息查閱點全覆蓋。同時,印製專門的政務公開標識,配備相應的電腦、網絡、打印機和公開文件存放專櫃等設施設備,規範展示政府信息主動公開工作流程圖、依申請公開政府信息流程圖、政府信息查閱點工作人員職責,服務水平和服務質量得到有效提升。截至目前,累計查詢 12000 餘人次。";
/** The same paragraph as the seed prints it (Taiwan-phrased conversion). */
const PARAGRAPH_SEED =
  "二是打造信息查閱場所。在縣政務大廳設立政務公開專區,在各鄉鎮民生服務中心等人員密集公共場所設定政府信息查閱點 8 個,實現鄉鎮信息查閱點全覆蓋。同時,印製專門的政務公開標識,配備相應的電腦、網路、印表機和公開檔案存放專櫃等設施設備,規範展示政府信息主動公開工作流程圖、依申請公開政府信息流程圖、政府信息查閱點工作人員職責,服務水平和服務質量得到有效提升。截至目前,累計查詢 12000 餘人次。";

describe("toTraditional", () => {
  it("keeps mainland government terms", async () => {
    const cases: [string, string, string][] = [
      ["规范性文件", "規範性文件", "規範性檔案"],
      ["政府门户网站", "政府門戶網站", "入口網站"],
      ["优化营商环境", "優化營商環境", "最佳化"],
      ["重大行政决策程序", "重大行政決策程序", "程式"],
      ["政府信息公开", "政府信息公開", "資訊"],
      ["网络舆情", "網絡輿情", "網路"],
      ["打印机", "打印機", "印表機"],
      ["设置政府信息查阅点", "設置政府信息查閱點", "設定"],
      ["接待窗口", "接待窗口", "視窗"],
      ["公开职责和权限", "公開職責和權限", "許可權"],
      ["人民群众", "人民群眾", "民眾"],
      ["互联网政府信息公开平台", "互聯網政府信息公開平臺", "網際網路"],
    ];
    for (const [hans, hant, never] of cases) {
      const out = await toTraditional(hans);
      expect(out, hans).toBe(hant);
      expect(out).not.toContain(never);
    }
  });

  it("writes the standard Traditional characters, not OpenCC-standard or Hong Kong variants", async () => {
    expect(await toTraditional("为推动盐池治理体系")).toBe("為推動鹽池治理體系");
    expect(await toTraditional("峰会")).toBe("峰會");
    expect(await toTraditional("说明")).toBe("說明");
    expect(await toTraditional("卫生")).toBe("衛生");
    expect(await toTraditional("着力推进")).toBe("著力推進");
  });

  it("converts a whole paragraph of the seed, as a mainland county writes it", async () => {
    expect(await toTraditional(PARAGRAPH_HANS)).toBe(PARAGRAPH_HANT);
  });

  it("keeps every simplified corpus report unchanged by a round trip through Traditional", async () => {
    const hans = CORPUS.filter((c) => !c.hant);
    expect(hans.length).toBeGreaterThanOrEqual(10);
    for (const { file, body } of hans) {
      const traditional = await toTraditional(body);
      expect(traditional, file).not.toBe(body);
      expect(await toSimplified(traditional), file).toBe(body);
      expect(normalizeOfficialTerms(traditional), file).toBe(traditional);
    }
  });
});

describe("toSimplified", () => {
  it("converts the seed's Traditional characters", async () => {
    expect(await toSimplified("鹽池縣2020年政府信息公開工作年度報告")).toBe(
      "盐池县2020年政府信息公开工作年度报告",
    );
    expect(await toSimplified(PARAGRAPH_HANT)).toBe(PARAGRAPH_HANS);
  });

  it("reads Hong Kong, Taiwan and OpenCC-standard variants alike", async () => {
    expect(await toSimplified("説明")).toBe("说明");
    expect(await toSimplified("衞生")).toBe("卫生");
    expect(await toSimplified("著力推進")).toBe("着力推进");
    expect(await toSimplified("著名")).toBe("著名");
    expect(await toSimplified("爲人民服務")).toBe("为人民服务");
    expect(await toSimplified("羣衆")).toBe("群众");
  });

  it("does not substitute phrases: Taiwan terms survive until normalizeOfficialTerms", async () => {
    expect(await toSimplified("入口網站")).toBe("入口网站");
    expect(await toSimplified(normalizeOfficialTerms("入口網站"))).toBe("门户网站");
  });
});

describe("normalizeOfficialTerms", () => {
  it("repairs a Taiwan-phrased paragraph of the seed", () => {
    expect(normalizeOfficialTerms(PARAGRAPH_SEED)).toBe(PARAGRAPH_HANT);
  });

  it("repairs the whole seed: mainland terms, page numbers gone, figures kept", async () => {
    const out = await toSimplified(normalizeOfficialTerms(SEED));
    for (const term of [
      "规范性文件",
      "门户网站",
      "优化营商环境",
      "管理、服务“五公开”",
      "严谨规范",
      "重大建设项目 1174 条",
      "不断提升公众参与",
      "办复率均为 100%",
      "部署要求相比",
      "人民群众利益关系",
      "人民群众",
      "邀请群众代表",
      "网络舆情",
      "打印机",
      "互联网政府信息公开平台",
      "机构设置",
      "设置政府信息查阅点",
      "接待窗口",
      "职责和权限",
      "决策程序",
      "响应迅速",
      "培训计划",
      "政策文件 260 件",
      "政策性文件 27 个",
      "公开文件存放专柜",
      "《盐池县行政规范性文件汇编》",
    ]) {
      expect(out, term).toContain(term);
    }
    for (const wrong of [
      "档案",
      "入口网站",
      "最佳化",
      "网际网路",
      "印表机",
      "民众",
      "网路",
      "视窗",
      "许可权",
      "程式",
      "计画",
      "回响",
    ]) {
      expect(out, wrong).not.toContain(wrong);
    }
    for (const figure of [
      "4 万余条",
      "52 条",
      "171 条",
      "114 条",
      "435 条",
      "120 万元",
      "申请 5 件",
      "12000 余人次",
      "信息7 期",
      "指导4 次",
      "51个单位",
      "28次",
      "31家单位",
      "2000 余册",
    ]) {
      expect(out, figure).toContain(figure);
    }
    // the seven page numbers (2, 3, 5, 6, 7, 11, 12: nine digits) are gone, no other digit
    const digits = (text: string) => text.replace(/[^0-9]/g, "").length;
    expect(digits(out)).toBe(digits(SEED) - 9);
  });

  it("works in Simplified script too", () => {
    expect(normalizeOfficialTerms("在政府入口网站设立“规范性档案”专栏,配备网路、印表机")).toBe(
      "在政府门户网站设立“规范性文件”专栏,配备网络、打印机",
    );
    expect(normalizeOfficialTerms("以质量抽检结果的全公开换取人民民众的安全感")).toBe(
      "以质量抽检结果的全公开换取人民群众的安全感",
    );
  });

  it("keeps 档案 where it means archives", () => {
    for (const text of [
      "最佳化县档案馆服务,规范人事档案管理",
      "規範性檔案報送檔案館備案",
      "深化行政檔案館建設",
    ]) {
      const out = normalizeOfficialTerms(text);
      expect(out).toMatch(/[档檔]案馆|[档檔]案館/);
    }
    expect(normalizeOfficialTerms("最佳化县档案馆服务,规范人事档案管理")).toBe(
      "优化县档案馆服务,规范人事档案管理",
    );
    expect(normalizeOfficialTerms("規範性檔案報送檔案館備案")).toBe("規範性文件報送檔案館備案");
  });

  it("repairs ambiguous words only in a text that shows Taiwan phrasing", () => {
    const mainland = "邀請民眾代表參加縣政府常務會,深入貫徹落實國務院重大行政決策程式的要求,設定目標";
    expect(normalizeOfficialTerms(mainland)).toBe(mainland);
    expect(normalizeOfficialTerms(mainland, { phrased: true })).toBe(
      "邀請群眾代表參加縣政府常務會,深入貫徹落實國務院重大行政決策程序的要求,設定目標",
    );
    expect(normalizeOfficialTerms(`最佳化營商環境,${mainland}`)).toBe(
      "優化營商環境,邀請群眾代表參加縣政府常務會,深入貫徹落實國務院重大行政決策程序的要求,設定目標",
    );
    expect(normalizeOfficialTerms("入口網站;居民眾多,眾志成城;行政許可權下放;方程式")).toBe(
      "門戶網站;居民眾多,眾志成城;行政許可權下放;方程式",
    );
  });

  it("leaves every corpus report unchanged (mainland text, Simplified or Traditional)", () => {
    expect(CORPUS.some((c) => c.hant)).toBe(true);
    for (const { file, body } of CORPUS) expect(normalizeOfficialTerms(body), file).toBe(body);
  });

  it("keeps page numbers when asked to", () => {
    expect(normalizeOfficialTerms("服2務", { pageNumbers: false })).toBe("服2務");
    expect(normalizeOfficialTerms("服2務")).toBe("服務");
  });
});

describe("stripEmbeddedPageNumbers", () => {
  it("removes the page numbers PDF conversion left inside the seed's words", () => {
    for (const [before, after] of [
      ["服2務", "服務"],
      ["嚴5謹", "嚴謹"],
      ["重大3建設", "重大建設"],
      ["不6斷", "不斷"],
      ["均7為", "均為"],
      ["要求11相比", "要求相比"],
      ["利益12關係", "利益關係"],
    ] as const) {
      expect(stripEmbeddedPageNumbers(before)).toBe(after);
    }
  });

  it("keeps numbers that are quantities, dates, ranks, phone numbers or table cells", () => {
    for (const text of [
      "開展政務公開專項督查檢查28次",
      "向縣領導報送輿情信息7 期",
      "累計對我縣 51個單位",
      "公開各類信息4萬餘條",
      "2020年召開政府常務會17次",
      "截至2020年12月31日",
      "排名第3",
      "全縣第3名",
      "6大領域",
      "活動覆蓋率100%",
      "撥打110報警",
      "雙11活動",
      "約3成",
      "自2008以來",
      "12345政務服務熱線",
      "行政事业性收费350第二十条",
      "规章000规范性文件8",
      "行政处罚25行政强制",
    ]) {
      expect(stripEmbeddedPageNumbers(text), text).toBe(text);
    }
  });

  it("is idempotent on the seed", () => {
    const once = stripEmbeddedPageNumbers(SEED);
    expect(stripEmbeddedPageNumbers(once)).toBe(once);
  });
});
