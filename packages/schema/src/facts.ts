// The structured facts behind section 一、总体情况 of an annual report: every count,
// amount and rate the narrative states, grouped by the five aspects the 2021 notice
// (国办公开办函〔2021〕30号) asks the overview to cover — 主动公开, 依申请公开,
// 政府信息管理, 政府信息公开平台建设, 监督保障 — so that the narrative can be written
// from data (@disclosure/report-text `renderOverview`) and checked against the tables.
import * as z from "zod/mini";

/**
 * A count as a report states it: the number, whether it is approximate ("4万余条",
 * "12000余人次", "2000余册" — the 余/多 of the published text), how the number is
 * written (`wan`: in 万, "4万余条"; `plain`: digits, "12000余人次"; default: `wan` for
 * round multiples of 10 000 that are approximate, else plain) and its measure word.
 * An approximate count is a lower bound, never to be summed as if exact.
 *
 * @example
 * // 盐池县 2020: "累计…主动公开各类信息4万余条", "累计查询12000余人次", "应急预案34个"
 * CountFactSchema.parse({ value: 40000, approx: true, form: "wan", unit: "条" });
 * CountFactSchema.parse({ value: 12000, approx: true, form: "plain", unit: "人次" });
 * CountFactSchema.parse({ value: 34, unit: "个" });
 */
export const CountFactSchema = z.strictObject({
  value: z.int().check(z.nonnegative()),
  /** Written with 余 ("4万余条"): the true count is at least `value`. */
  approx: z.optional(z.boolean()),
  /** `wan` writes 40000 as "4万", `plain` as "40000". */
  form: z.optional(z.enum(["wan", "plain"])),
  /** The measure word or unit after the number: 条, 件, 个, 次, 人次, 名, 期, 册 … */
  unit: z.optional(z.string()),
});
export type CountFact = z.infer<typeof CountFactSchema>;

/**
 * An amount of money in 万元, exact, as a decimal string with up to 4 decimals
 * ("120", "3", "0.35"): never a float.
 *
 * @example
 * // 盐池县 2020: "统筹安排专项经费120万元"
 * WanAmountSchema.parse("120"); //=> "120"
 */
export const WanAmountSchema = z.string().check(
  z.regex(/^(0|[1-9]\d*)(\.\d{1,4})?$/, {
    error: "万元 amount: a decimal string with up to 4 decimals (120, 0.35)",
  }),
);
export type WanAmount = z.infer<typeof WanAmountSchema>;

/** A rate in percent, 0–100 (办复率 100%, 考核赋分权重 2%). */
export const PercentSchema = z.number().check(z.minimum(0), z.maximum(100));

/**
 * One statement of the narrative about a count of things, in the shape real reports use:
 * `[除{except.names}{except.count}{except.reason}外，][{where}，]{verb}{categories}[等]{categoryCount}{subject}{count}[，{remark}]`
 * or, with `countFirst`, `{verb}{count}{subject}`.
 *
 * @example
 * // 盐池县 2020: "重点公开批准服务、批准结果、招标投标……竣工等8类信息171条"
 * ItemFactSchema.parse({
 *   verb: "重点公开",
 *   categories: ["批准服务", "批准结果", "招标投标", "征收土地", "重大设计变更", "施工", "质量安全监督", "竣工"],
 *   categoryCount: { value: 8, unit: "类" },
 *   subject: "信息",
 *   count: { value: 171, unit: "条" },
 * });
 */
export const ItemFactSchema = z
  .strictObject({
    /** Units (or items) the statement leaves out, and why: 除公安局…6个单位“三定”规定涉密外. */
    except: z.optional(
      z.strictObject({
        names: z.array(z.string().check(z.minLength(1))).check(z.minLength(1)),
        count: z.optional(CountFactSchema),
        reason: z.optional(z.string()),
      }),
    ),
    /** Where, as a clause of its own: 在政府门户网站设立“规范性文件”专栏. */
    where: z.optional(z.string()),
    /** The verb phrase: 公开, 重点公开, 集中展示, 定期发布 … (default 公开). */
    verb: z.optional(z.string()),
    /** Named kinds, listed before 等: 批准服务、批准结果 … or document titles 《…》《…》. */
    categories: z.optional(z.array(z.string().check(z.minLength(1)))),
    /** The categories are the whole list: no 等 after them (惠农资金、…、征地拆迁信息243条). */
    listComplete: z.optional(z.boolean()),
    /** How many kinds: 8类, 6大领域, 20余项. */
    categoryCount: z.optional(CountFactSchema),
    /** What is counted: 信息, 政府预决算、部门预决算公开信息, 政策文件 (default 信息; "" for none). */
    subject: z.optional(z.string()),
    /** How many: 171条. */
    count: z.optional(CountFactSchema),
    /** Write the count before the subject: 集中梳理其余18个县政府本级行政机关的…信息. */
    countFirst: z.optional(z.boolean()),
    /** A closing clause: 并提供在线查阅、检索、下载等服务. */
    remark: z.optional(z.string()),
  })
  .check(
    z.refine((item) => item.count !== undefined || item.categoryCount !== undefined, {
      error: "an item states a count or a number of kinds",
    }),
  );
export type ItemFact = z.infer<typeof ItemFactSchema>;

/**
 * A key-area group of proactive disclosure as the report organises it (spec/catalog.md §5):
 * its heading and its statements. The list of groups is data of each report, not a fixed list.
 *
 * @example
 * // 盐池县 2020: "全面推进公共资源配置领域政府信息公开。公开住房保障……等6大领域的信息累计114条。"
 */
export const KeyAreaGroupSchema = z.strictObject({
  /** Stable code: powerAllocation, normativeDocuments, budgetAudit, majorProjects … */
  code: z.string().check(z.minLength(1)),
  /** The heading sentence as the report words it: 全面推进公共资源配置领域政府信息公开. */
  name: z.string().check(z.minLength(1)),
  /** The document behind the group: 国办发〔2017〕97号, 盐池县2020年政务公开工作要点. */
  basis: z.optional(z.string()),
  /** Standard areas (of the 26) the group covers, by catalog area code. */
  areas: z.optional(z.array(z.string())),
  items: z.array(ItemFactSchema),
});
export type KeyAreaGroup = z.infer<typeof KeyAreaGroupSchema>;

/** 人大代表建议、政协提案办理结果公开: counts handled, the reply rate, where the results are published. */
export const ProposalsFactSchema = z.strictObject({
  /** 人大代表议案建议 (件). */
  npcSuggestions: CountFactSchema,
  /** 政协提案 (件). */
  cppccProposals: CountFactSchema,
  /** 社情民意 (件). */
  publicOpinion: z.optional(CountFactSchema),
  /** 办复率, percent. */
  replyRate: z.optional(PercentSchema),
  /** Where the results are published: 盐池县政府门户网站“议案建议提案”专栏. */
  publishedAt: z.optional(z.string()),
});
export type ProposalsFact = z.infer<typeof ProposalsFactSchema>;

/** （一）主动公开. */
export const ProactiveFactsSchema = z.strictObject({
  /** The year's 要点: 《盐池县2020年政务公开工作要点》. */
  workPoints: z.optional(z.string()),
  /** The 重点领域 the 要点 names: 权力配置运行、重大建设项目 … */
  focusAreas: z.optional(z.array(z.string().check(z.minLength(1)))),
  /** Where the total was published: 政府网站及各类政务媒体平台. */
  channels: z.optional(z.string()),
  /** Everything published proactively in the year: 4万余条. */
  total: z.optional(CountFactSchema),
  groups: z.optional(z.array(KeyAreaGroupSchema)),
  proposals: z.optional(ProposalsFactSchema),
});
export type ProactiveFacts = z.infer<typeof ProactiveFactsSchema>;

/** （二）依申请公开 — the summary of table 三 the narrative states, and the 查阅点. */
export const ApplicationsFactsSchema = z.strictObject({
  /** Applications handled (件): 5件; ties to table 三 `received.total` (+ `carriedIn.total`). */
  received: z.optional(CountFactSchema),
  /** What the applications were about: 扶贫政策, 征地拆迁. */
  topics: z.optional(z.array(z.string().check(z.minLength(1)))),
  /** The procedure followed: 《宁夏回族自治区政府信息公开申请办理规范》. */
  procedure: z.optional(z.string()),
  /** Every application answered in time. */
  allAnswered: z.optional(z.boolean()),
  /** 行政复议 cases arising from applications (ties to table 四 `review.total`). */
  reviews: z.optional(z.int().check(z.nonnegative())),
  /** 行政诉讼 cases (ties to table 四 litigation totals). */
  lawsuits: z.optional(z.int().check(z.nonnegative())),
  /** 投诉举报 received about application handling. */
  complaints: z.optional(z.int().check(z.nonnegative())),
  /** Whether any fee was charged (信息处理费; none before 2021). */
  feesCharged: z.optional(z.boolean()),
  /** 政府信息查阅点. */
  readingPoints: z.optional(
    z.strictObject({
      count: CountFactSchema,
      /** Where they are: 各乡镇民生服务中心等人员密集公共场所. */
      where: z.optional(z.string()),
      /** Coverage reached: 乡镇信息查阅点全覆盖. */
      coverage: z.optional(z.string()),
      /** Visits to date: 12000余人次. */
      visits: z.optional(CountFactSchema),
    }),
  ),
});
export type ApplicationsFacts = z.infer<typeof ApplicationsFactsSchema>;

/** （三）政府信息管理 — organisation, staff, rules, the disclosure list, review of releases. */
export const ManagementFactsSchema = z.strictObject({
  /** 领导小组: who leads it and where its office sits. */
  leadingGroup: z.optional(
    z.strictObject({ leader: z.string().check(z.minLength(1)), office: z.optional(z.string()) }),
  ),
  /** Staff of the office: 4名, of whom 专职2名、兼职2名. */
  staff: z.optional(
    z.strictObject({
      total: CountFactSchema,
      fullTime: z.optional(CountFactSchema),
      partTime: z.optional(CountFactSchema),
    }),
  ),
  /** Rules made or revised: 20余项制度, 10余项制度, 预案3个 (statements). */
  rules: z.optional(z.array(ItemFactSchema)),
  /** The 政务公开清单目录 and the units it covers. */
  catalog: z.optional(
    z.strictObject({
      title: z.string().check(z.minLength(1)),
      departments: z.optional(CountFactSchema),
      townships: z.optional(CountFactSchema),
    }),
  ),
  /** Review of releases: 公文公开属性源头管理, “三审三校” … */
  review: z.optional(z.array(z.string().check(z.minLength(1)))),
});
export type ManagementFacts = z.infer<typeof ManagementFactsSchema>;

/** （四）政府信息公开平台建设 — channels of disclosure and of exchange with the public. */
export const PlatformFactsSchema = z.strictObject({
  /** 门户网站 and its columns. */
  website: z.optional(
    z.strictObject({
      name: z.string().check(z.minLength(1)),
      columns: z.optional(z.array(z.string().check(z.minLength(1)))),
    }),
  ),
  /** 会议公开: 政府常务会 held, invitations, attendance. */
  meetings: z.optional(
    z.strictObject({
      held: CountFactSchema,
      /** Who was invited: 人大代表、政协委员、群众、企业、记者代表. */
      invitees: z.optional(z.array(z.string().check(z.minLength(1)))),
      invitations: z.optional(CountFactSchema),
      attendees: z.optional(CountFactSchema),
      /** Decisions the public took part in: 本县“十四五”规划编制 … */
      decisions: z.optional(z.array(z.string().check(z.minLength(1)))),
    }),
  ),
  /** “政府开放日”. */
  openDays: z.optional(
    z.strictObject({
      units: CountFactSchema,
      /** Example units: 街道办、住建局、民政局. */
      examples: z.optional(z.array(z.string().check(z.minLength(1)))),
      invitees: z.optional(z.array(z.string().check(z.minLength(1)))),
      participants: z.optional(CountFactSchema),
      coverageRate: z.optional(PercentSchema),
    }),
  ),
  /** 政策解读. */
  interpretation: z.optional(
    z.strictObject({
      total: CountFactSchema,
      examples: z.optional(z.array(z.string().check(z.minLength(1)))),
      /** 图解. */
      graphic: z.optional(CountFactSchema),
      /** 转发区市政策解读. */
      forwarded: z.optional(CountFactSchema),
      /** 县域政策图解率. */
      graphicRate: z.optional(PercentSchema),
    }),
  ),
  /** 回应关切: 县长信箱/来信来访, 网络舆情. */
  responses: z.optional(
    z.strictObject({
      /** 县长信箱、群众来信来访 handled. */
      letters: z.optional(CountFactSchema),
      lettersReplyRate: z.optional(PercentSchema),
      /** 区市交办网络舆情 accepted. */
      opinionAssigned: z.optional(CountFactSchema),
      /** 舆情信息 reported to county leaders (期). */
      opinionReports: z.optional(CountFactSchema),
      /** 重要批示. */
      instructions: z.optional(CountFactSchema),
      /** 网络舆情 settled (起). */
      opinionSettled: z.optional(CountFactSchema),
      opinionSettledRate: z.optional(PercentSchema),
    }),
  ),
  /** 政府公报. */
  gazette: z.optional(
    z.strictObject({
      title: z.string().check(z.minLength(1)),
      issues: CountFactSchema,
      copies: z.optional(CountFactSchema),
      /** Also published online (电子版). */
      online: z.optional(z.boolean()),
    }),
  ),
  /** 政务新媒体. */
  newMedia: z.optional(
    z.strictObject({
      wechat: z.optional(CountFactSchema),
      weibo: z.optional(CountFactSchema),
      /** Posts pushed on a theme: 2万余条. */
      pushes: z.optional(CountFactSchema),
      /** What the pushes were about: 新型冠状病毒健康科普知识等重要信息. */
      pushTopic: z.optional(z.string()),
    }),
  ),
});
export type PlatformFacts = z.infer<typeof PlatformFactsSchema>;

/** （五）监督保障 — 工作考核、社会评议和责任追究 (条例第五十条第（四）项), 督查, training, funding. */
export const SupervisionFactsSchema = z.strictObject({
  /** 工作考核: the scheme and the weight of 政务公开 in it. */
  assessment: z.optional(
    z.strictObject({
      scheme: z.string().check(z.minLength(1)),
      weight: z.optional(PercentSchema),
    }),
  ),
  /** 社会评议, as the report words it. */
  socialEvaluation: z.optional(z.string()),
  /** 责任追究 cases (0: 未发生). */
  accountabilityCases: z.optional(z.int().check(z.nonnegative())),
  /** 督查检查 and 通报. */
  inspections: z.optional(
    z.strictObject({
      special: z.optional(CountFactSchema),
      specialBulletins: z.optional(CountFactSchema),
      onlineBulletins: z.optional(CountFactSchema),
    }),
  ),
  /** 学习培训. */
  training: z.optional(
    z.strictObject({
      sessions: z.optional(CountFactSchema),
      guidanceVisits: z.optional(CountFactSchema),
      units: z.optional(CountFactSchema),
      trainees: z.optional(CountFactSchema),
    }),
  ),
  /** 专项经费 in exact 万元, with its breakdown. */
  funding: z.optional(
    z.strictObject({
      totalWan: WanAmountSchema,
      /** Who gets what: 县政务公开办 20万元; 乡镇及部门 各3万元 (`each`). */
      breakdown: z.optional(
        z.array(
          z.strictObject({
            recipient: z.string().check(z.minLength(1)),
            wan: WanAmountSchema,
            each: z.optional(z.boolean()),
          }),
        ),
      ),
      /** What it pays for: 技术指导、网站优化、培训交流、材料印刷. */
      uses: z.optional(z.array(z.string().check(z.minLength(1)))),
    }),
  ),
});
export type SupervisionFacts = z.infer<typeof SupervisionFactsSchema>;

/**
 * The facts of section 一、总体情况: the year, who reports, and the five aspects.
 *
 * @example
 * // 盐池县 2020 (abridged; the full sample is @disclosure/samples yanchiReport2020.facts)
 * OverviewFactsSchema.parse({
 *   year: 2020,
 *   office: "盐池县政务公开办",
 *   proactive: { total: { value: 40000, approx: true, form: "wan", unit: "条" } },
 *   applications: { received: { value: 5, unit: "件" }, allAnswered: true, reviews: 0, lawsuits: 0 },
 *   management: {},
 *   platforms: {},
 *   supervision: { assessment: { scheme: "效能目标责任制考核", weight: 2 }, accountabilityCases: 0 },
 * });
 */
export const OverviewFactsSchema = z.strictObject({
  year: z.int().check(z.minimum(2008)),
  /** The office that leads the work: 盐池县政务公开办. */
  office: z.optional(z.string()),
  /** Offices that guided it: 自治区政务公开办, 吴忠市政务公开办. */
  guidedBy: z.optional(z.array(z.string().check(z.minLength(1)))),
  proactive: ProactiveFactsSchema,
  applications: ApplicationsFactsSchema,
  management: ManagementFactsSchema,
  platforms: PlatformFactsSchema,
  supervision: SupervisionFactsSchema,
});
export type OverviewFacts = z.infer<typeof OverviewFactsSchema>;
export type OverviewFactsInput = z.input<typeof OverviewFactsSchema>;
