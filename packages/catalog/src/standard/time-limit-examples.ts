/**
 * The 公开时限 wordings of real catalogs, verbatim from catalog.md §4.3 (35 rows), with the rule
 * each one means. `parseTimeLimit` is tested against every wording here; the README and the
 * demo can list them. Where a stored copy cut the text off, the restored part is the one
 * catalog.md gives in brackets (rows 17 and 35).
 */
import type { Duration, TimeLimitRule } from "../item.js";

/** One row of catalog.md §4.3. */
export type TimeLimitExample = {
  n: number;
  wordings: readonly string[];
  rule: TimeLimitRule;
  displayPeriod?: Duration;
  consultationPeriod?: Duration;
  lawOverrides?: boolean;
  source: string;
};

const wd = (amount: number): Duration => ({ amount, unit: "workingDay" });
const cal = (amount: number): Duration => ({ amount, unit: "calendarDay" });

/**
 * The 35 rows of catalog.md §4.3.
 *
 * @example
 * TIME_LIMIT_EXAMPLES[0].wordings[0]; //=> "自该信息形成或者变更之日起20个工作日内"
 */
export const TIME_LIMIT_EXAMPLES: readonly TimeLimitExample[] = [
  {
    n: 1,
    wordings: ["自该信息形成或者变更之日起20个工作日内"],
    rule: { kind: "within", start: "formedOrChanged", limit: wd(20) },
    source: "生态环境 https://ynwss.gov.cn/info/2884/127339.htm",
  },
  {
    n: 2,
    wordings: ["信息形成或者变更之日起20个工作日内"],
    rule: { kind: "within", start: "formedOrChanged", limit: wd(20) },
    source: "德安县 涉农资金; 县级 城乡规划 https://www.qianlima.com/bid-558529662.html",
  },
  {
    n: 3,
    wordings: ["信息形成或变更之日起20个工作日内"],
    rule: { kind: "within", start: "formedOrChanged", limit: wd(20) },
    source: "凤屯镇 https://imortgage.com.cn/info/1475/44091.htm",
  },
  {
    n: 4,
    wordings: ["自信息形成或者变更之日起20个工作日内予以公开"],
    rule: { kind: "within", start: "formedOrChanged", limit: wd(20) },
    source:
      "锡林浩特市 https://www.xilinhaote.gov.cn/xilinhaote/ztzl/qmtjjczwgkbzhgfhgz/bmjczwgk/blgjdbsc/gkbzml/index.html",
  },
  {
    n: 5,
    wordings: ["公开事项信息形成或变更之日起20个工作日内公开"],
    rule: { kind: "within", start: "formedOrChanged", limit: wd(20) },
    source: "腾冲 就业 https://www.tengchong.gov.cn/info/7151/5817803.htm",
  },
  {
    n: 6,
    wordings: ["信息形成之日起20个工作日内"],
    rule: { kind: "within", start: "formed", limit: wd(20) },
    source: "井头街道; 永寿镇; 乌恰县 农村危房改造; 黄石",
  },
  {
    n: 7,
    wordings: ["信息形成（变更）20个工作日内", "信息形成(变更)20个工作日内"],
    rule: { kind: "within", start: "formedOrChanged", limit: wd(20) },
    source: "扶贫 https://scnj.gov.cn/ztzl/sdlyjczwgkbzmlbz/xjbm/13787848.html; 溪下乡",
  },
  {
    n: 8,
    wordings: ["信息形成（变更）下发至本单位20个工作日内"],
    rule: { kind: "within", start: "receivedByUnit", limit: wd(20) },
    source: "扶贫 http://www.fsxf.gov.cn/zfxxgk/ins.asp?s=10267&i=4290",
  },
  {
    n: 9,
    wordings: ["自制作或获取该信息之日起20个工作日内公开"],
    rule: { kind: "within", start: "formedOrChanged", limit: wd(20) },
    source: "公共法律服务 http://www.sanmen.gov.cn/col/col1229468253/index.html",
  },
  {
    n: 10,
    wordings: ["制定或获取信息之日起10个工作日内"],
    rule: { kind: "within", start: "formedOrChanged", limit: wd(10) },
    source: "社会救助 https://www.tjbd.gov.cn/zwgk/jczwgk/ly/shjzly/202012/t20201216_5039688.html",
  },
  {
    n: 11,
    wordings: ["制定或获取信息之日起10个工作日内，公示7个工作日"],
    rule: { kind: "within", start: "formedOrChanged", limit: wd(10) },
    displayPeriod: wd(7),
    source: "社会救助 低保 审核信息 http://mdx.gov.cn/info/1473/43897.htm",
  },
  {
    n: 12,
    wordings: [
      "制定或获取文件之日起10个工作日内",
      "制定或获取扶持政策措施之日起10个工作日内",
      "制定或获取指南之日起10个工作日内",
    ],
    rule: { kind: "within", start: "formedOrChanged", limit: wd(10) },
    source: "养老服务 云阳县; cqfj.gov.cn",
  },
  {
    n: 13,
    wordings: ["信息形成或变更之日起3个工作日内"],
    rule: { kind: "within", start: "formedOrChanged", limit: wd(3) },
    source: "凤屯镇 政府文件; 大河口乡 https://easterncoast.cn/Pages_963_90048.aspx",
  },
  {
    n: 14,
    wordings: ["20个工作日", "20工作日"],
    rule: { kind: "within", start: "formedOrChanged", limit: wd(20) },
    source: "市政服务 http://www.fsxf.gov.cn/zfxxgk/ins.asp?s=10332&i=4275; 巩留县",
  },
  {
    n: 15,
    wordings: ["实时公开"],
    rule: { kind: "realtime" },
    source: "赛罕区 重大建设项目 https://www.saihan.gov.cn/zwgk_new/jczwgk/xzjd/hhsz/bzml",
  },
  {
    n: 16,
    wordings: ["及时公开"],
    rule: { kind: "prompt" },
    source: "赛罕区; 永寿镇 http://shchangye.com/info/3093/122666.htm",
  },
  {
    n: 17,
    wordings: ["及时公开，公告期限为5个工作日"],
    rule: { kind: "prompt" },
    displayPeriod: wd(5),
    source: "金乡县胡集镇 http://www.jinxiang.gov.cn/art/2024/6/5/art_63224_2743063.html",
  },
  {
    n: 18,
    wordings: ["同上"],
    rule: { kind: "sameAsAbove" },
    source: "井头街道; 赛罕区",
  },
  {
    n: 19,
    wordings: ["信息形成20个工作日内公开；其中行政许可、行政处罚事项应自作出行政决定之日起7个工作日内公示"],
    rule: {
      kind: "composite",
      parts: [
        { rule: { kind: "within", start: "formed", limit: wd(20) } },
        {
          appliesTo: "行政许可、行政处罚事项",
          rule: { kind: "within", start: "decisionMade", limit: wd(7) },
        },
      ],
    },
    source: "胡家镇 http://xuanhan.gov.cn/news-show-27384.html",
  },
  {
    n: 20,
    wordings: ["信息形成之日起20个工作日内；行政许可和行政处罚决定作出后7个工作日内"],
    rule: {
      kind: "composite",
      parts: [
        { rule: { kind: "within", start: "formed", limit: wd(20) } },
        {
          appliesTo: "行政许可和行政处罚",
          rule: { kind: "within", start: "decisionMade", limit: wd(7) },
        },
      ],
    },
    source: "中山 公共资源交易 http://zs.gov.cn/zwgk/mulu/content/post_1853596.html",
  },
  {
    n: 21,
    wordings: ["执法决定信息在决定作出之日起7个工作日内公开，其他相关信息形成或变更之日起20个工作日内公开"],
    rule: {
      kind: "composite",
      parts: [
        { appliesTo: "执法决定信息", rule: { kind: "within", start: "decisionMade", limit: wd(7) } },
        { appliesTo: "其他相关信息", rule: { kind: "within", start: "formedOrChanged", limit: wd(20) } },
      ],
    },
    source:
      "壤塘县 公共文化服务 http://www.rangtang.gov.cn/xtxrmzf/c107695/202106/c4e1cf1f8a704d1fa73d5ab10991592e.shtml",
  },
  {
    n: 22,
    wordings: ["1.除处罚决定外其他内容：长期公开（动态调整）；2.处罚决定：20个工作日内。"],
    rule: {
      kind: "composite",
      parts: [
        { appliesTo: "除处罚决定外其他内容", rule: { kind: "ongoing", dynamic: true } },
        { appliesTo: "处罚决定", rule: { kind: "within", start: "decisionMade", limit: wd(20) } },
      ],
    },
    source: "阿巴嘎旗 城市综合执法",
  },
  {
    n: 23,
    wordings: ["本级人民代表大会或其常务委员会批准后20日内"],
    rule: { kind: "within", start: "approvedByCongress", limit: cal(20) },
    source: "三角镇 财政预决算 http://www.zs.gov.cn/sjz/sjml/content/post_1875410.html",
  },
  {
    n: 24,
    wordings: ["部门预算经本级财政部门批复后20日内公开", "部门决算经本级财政部门批复后20日内公开"],
    rule: { kind: "within", start: "approvedByFinance", limit: cal(20) },
    source:
      "门头沟 https://www.bjmtg.gov.cn/mtg11J022/zfxxgkbz/202408/c41e3027b76e4f10ba3e306db221589b.shtml",
  },
  {
    n: 25,
    wordings: ["按照区财政统一部署执行", "按有关规定"],
    rule: { kind: "perRegulation" },
    source: "门头沟 (first); 按有关规定 proposed ○",
  },
  {
    n: 26,
    wordings: ["分配结果确定后20个工作日内"],
    rule: { kind: "within", start: "resultDetermined", limit: wd(20) },
    source:
      "乌恰县 农村危房改造 https://xjwqx.gov.cn/xjwqx/c104433/202304/30dc3ed6f5124994bd5c92cecd0366f3.shtml",
  },
  {
    n: 27,
    wordings: ["信息形成或者变更之日起20个工作日内。法律、法规对政府信息公开的期限另有规定的，从其规定。"],
    rule: { kind: "within", start: "formedOrChanged", limit: wd(20) },
    lawOverrides: true,
    source: "涉农补贴 http://www.blindfoldchesstrainer.com/jczwgk01/202404/t20240417_2495933.html",
  },
  {
    n: 28,
    wordings: ["按年公开"],
    rule: { kind: "periodic", every: "year" },
    source: "门头沟 (信息公开年报)",
  },
  {
    n: 29,
    wordings: ["每年1月31日前公开上一年度公开年度报告"],
    rule: { kind: "annualDate", month: 1, day: 31, covers: "previousYear" },
    source: "溪下乡 (信息公开年报)",
  },
  {
    n: 30,
    wordings: ["15个工作日", "15个工作日内公开"],
    rule: { kind: "within", start: "formedOrChanged", limit: wd(15) },
    source: "微山县 http://www.weishan.gov.cn/art/2024/9/25/art_68121_2756348.html",
  },
  {
    n: 31,
    wordings: ["自该政府信息形成或者变更之日起20个工作日内及时公开"],
    rule: { kind: "within", start: "formedOrChanged", limit: wd(20) },
    source: "微山县 (same page); 条例第二十六条",
  },
  {
    n: 32,
    wordings: ["条目化展示、信息形成（变更）20个工作日内。可链接至…有关栏目，但要保持数据同源。"],
    rule: { kind: "within", start: "formedOrChanged", limit: wd(20) },
    source: "荣昌区 https://m.1wenmi.com/doc/552169.html",
  },
  {
    n: 33,
    wordings: ["信息形成或者变更之日起20个工作日内予以公开"],
    rule: { kind: "within", start: "formedOrChanged", limit: wd(20) },
    source:
      "梅列区 http://www.smsy.gov.cn/ztzl/yxml/ztzl/zwgkbzhgfhjsgzzl/bzml/qzbmsdlybzml/202010/t20201030_1583603.htm",
  },
  {
    n: 34,
    wordings: ["自收到申请之日起20个工作日内公开"],
    rule: { kind: "within", start: "applicationReceived", limit: wd(20) },
    source: "国有土地上房屋征收与补偿 https://yngm.gov.cn/zfxxgk_gmx/gytdsfwzs.html",
  },
  {
    n: 35,
    wordings: ["信息形成或者变更之日起20个工作日内予以公开；征求意见期限不得少于30日"],
    rule: { kind: "within", start: "formedOrChanged", limit: wd(20) },
    consultationPeriod: cal(30),
    source: "腾冲市荷花镇 https://www.tengchong.gov.cn/info/7151/5817813.htm",
  },
];

/**
 * Wordings catalog.md §4.3 proposes without a verbatim source (○), with their rules.
 */
export const PROPOSED_TIME_LIMIT_WORDINGS: readonly { wording: string; rule: TimeLimitRule }[] = [
  { wording: "每季度", rule: { kind: "periodic", every: "quarter" } },
  { wording: "每月", rule: { kind: "periodic", every: "month" } },
  { wording: "按月", rule: { kind: "periodic", every: "month" } },
  { wording: "每半年", rule: { kind: "periodic", every: "halfYear" } },
  { wording: "每年1月底前", rule: { kind: "annualDate", month: 1, day: 31, covers: "currentYear" } },
  { wording: "长期", rule: { kind: "ongoing" } },
  { wording: "常态化公开", rule: { kind: "ongoing" } },
  { wording: "按有关规定", rule: { kind: "perRegulation" } },
];
