import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatChannels, parseChannels } from "./channel-cell.js";
import type { Channel } from "./item.js";
import { CHANNEL_CODES } from "./standard/channels.js";

describe("parseChannels on cells as catalogs print them", () => {
  it("云阳县 养老服务 2024: 13 boxes, ■ required, □ optional, a variant label kept", () => {
    const { channels, warnings } = parseChannels(
      "■政府网站□政府公报■两微一端□发布会/听证会 □广播电视□纸质媒体□公开查阅点 ■政府服务中心 □便民服务站 □入户/现场 □社区/企事业单位/村公示栏 (电子屏)□精准推送□其他",
    );
    expect(warnings).toEqual([]);
    expect(
      channels.map((c) => (c.required ? "■" : "□") + (typeof c.code === "string" ? c.code : c.code.other)),
    ).toEqual([
      "■website",
      "□gazette",
      "■weiboWechatApp",
      "□pressHearing",
      "□broadcastTv",
      "□print",
      "□readingPoint",
      "■serviceCenter",
      "□convenienceStation",
      "□doorToDoor",
      "□noticeBoard",
      "□targetedPush",
      "□other",
    ]);
    expect(channels[7]?.label).toBe("政府服务中心");
  });
  it("永寿镇 公共资源交易: free-text platforms", () => {
    expect(parseChannels("■政府网站 ■管理部门网站").channels).toEqual([
      { code: "website", required: true },
      { code: { other: "管理部门网站" }, required: true },
    ]);
  });
  it("其他 with a blank or a named platform", () => {
    expect(parseChannels("□其他____").channels).toEqual([{ code: "other", required: false }]);
    expect(parseChannels("■其他:国家企业信用信息公示系统").channels).toEqual([
      { code: "other", required: true, label: "其他:国家企业信用信息公示系统" },
    ]);
  });
  it("glyph stand-ins: ◆ (城乡规划), t (巩留县's lost ■), 口 (腾冲's mis-typed □)", () => {
    expect(parseChannels("◆政府网站 □政府公报").channels[0]?.required).toBe(true);
    expect(parseChannels("t政府网站 口政府公报").channels).toEqual([
      { code: "website", required: true },
      { code: "gazette", required: false },
    ]);
    expect(parseChannels("■公开查阅点 □出入口公示").channels[1]).toEqual({
      code: { other: "出入口公示" },
      required: false,
    });
  });
  it("a lone ☐ is the chosen channel (溪下乡); a lone □ stays optional", () => {
    expect(parseChannels("☐县政府门户网站").channels).toEqual([
      { code: "website", required: true, label: "县政府门户网站" },
    ]);
    expect(parseChannels("□政府网站").channels[0]?.required).toBe(false);
  });
  it("cells without boxes list the chosen channels (生态环境: 1.政府网站 2.两微一端 3.政务服务中心)", () => {
    expect(parseChannels("1.政府网站 2.两微一端 3.政务服务中心").channels).toEqual([
      { code: "website", required: true },
      { code: "weiboWechatApp", required: true },
      { code: "serviceCenter", required: true },
    ]);
    expect(parseChannels("政府网站、公示栏").channels).toEqual([
      { code: "website", required: true },
      { code: "noticeBoard", required: true, label: "公示栏" },
    ]);
    expect(parseChannels("").channels).toEqual([]);
  });
  it("warns about text before the first mark", () => {
    expect(parseChannels("政府网站 □政府公报").warnings[0]?.zh).toContain("政府网站");
  });
});

describe("formatChannels", () => {
  it("prints ■ and □ with the checklist labels", () => {
    expect(
      formatChannels(parseChannels("■政府网站 □政府公报 ■社区/企事业单位/村公示栏(电子屏)").channels),
    ).toBe("■政府网站 □政府公报 ■社区/企事业单位/村公示栏(电子屏)");
  });
  it("parse ∘ format is the identity (property)", () => {
    const channel: fc.Arbitrary<Channel> = fc.record({
      code: fc.constantFrom(...CHANNEL_CODES.filter((c) => c !== "other")),
      required: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.uniqueArray(channel, { selector: (c) => c.code, maxLength: 10 }), (cs) => {
        expect(parseChannels(formatChannels(cs)).channels).toEqual(cs);
      }),
    );
  });
});
