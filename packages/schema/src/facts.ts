// The structured facts behind section 一、总体情况 of an annual report: every count,
// amount and rate the narrative states, grouped by the five aspects the 2021 notice
// (国办公开办函〔2021〕30号) asks the overview to cover — 主动公开, 依申请公开,
// 政府信息管理, 政府信息公开平台建设, 监督保障 — so that the narrative can be written
// from data (@disclosure/report-text `renderOverview`) and checked against the tables.
import * as z from "zod";

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
  value: z.int().nonnegative(),
  /** Written with 余 ("4万余条"): the true count is at least `value`. */
  approx: z.boolean().optional(),
  /** `wan` writes 40000 as "4万", `plain` as "40000". */
  form: z.enum(["wan", "plain"]).optional(),
  /** The measure word or unit after the number: 条, 件, 个, 次, 人次, 名, 期, 册 … */
  unit: z.string().optional(),
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
export const WanAmountSchema = z.string().regex(/^(0|[1-9]\d*)(\.\d{1,4})?$/, {
  error: "万元 amount: a decimal string with up to 4 decimals (120, 0.35)",
});
export type WanAmount = z.infer<typeof WanAmountSchema>;

/** A rate in percent, 0–100 (办复率 100%, 考核赋分权重 2%). */
export const PercentSchema = z.number().min(0).max(100);

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
    except: z
      .strictObject({
        names: z.array(z.string().min(1)).min(1),
        count: CountFactSchema.optional(),
        reason: z.string().optional(),
      })
      .optional(),
    /** Where, as a clause of its own: 在政府门户网站设立“规范性文件”专栏. */
    where: z.string().optional(),
    /** The verb phrase: 公开, 重点公开, 集中展示, 定期发布 … (default 公开). */
    verb: z.string().optional(),
    /** Named kinds, listed before 等: 批准服务、批准结果 … or document titles 《…》《…》. */
    categories: z.array(z.string().min(1)).optional(),
    /** The categories are the whole list: no 等 after them (惠农资金、…、征地拆迁信息243条). */
    listComplete: z.boolean().optional(),
    /** How many kinds: 8类, 6大领域, 20余项. */
    categoryCount: CountFactSchema.optional(),
    /** What is counted: 信息, 政府预决算、部门预决算公开信息, 政策文件 (default 信息; "" for none). */
    subject: z.string().optional(),
    /** How many: 171条. */
    count: CountFactSchema.optional(),
    /** Write the count before the subject: 集中梳理其余18个县政府本级行政机关的…信息. */
    countFirst: z.boolean().optional(),
    /** A closing clause: 并提供在线查阅、检索、下载等服务. */
    remark: z.string().optional(),
  })
  .refine((item) => item.count !== undefined || item.categoryCount !== undefined, {
    error: "an item states a count or a number of kinds",
  });
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
  code: z.string().min(1),
  /** The heading sentence as the report words it: 全面推进公共资源配置领域政府信息公开. */
  name: z.string().min(1),
  /** The document behind the group: 国办发〔2017〕97号, 盐池县2020年政务公开工作要点. */
  basis: z.string().optional(),
  /** Standard areas (of the 26) the group covers, by catalog area code. */
  areas: z.array(z.string()).optional(),
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
  publicOpinion: CountFactSchema.optional(),
  /** 办复率, percent. */
  replyRate: PercentSchema.optional(),
  /** Where the results are published: 盐池县政府门户网站“议案建议提案”专栏. */
  publishedAt: z.string().optional(),
});
export type ProposalsFact = z.infer<typeof ProposalsFactSchema>;

/** （一）主动公开. */
export const ProactiveFactsSchema = z.strictObject({
  /** The year's 要点: 《盐池县2020年政务公开工作要点》. */
  workPoints: z.string().optional(),
  /** The 重点领域 the 要点 names: 权力配置运行、重大建设项目 … */
  focusAreas: z.array(z.string().min(1)).optional(),
  /** Where the total was published: 政府网站及各类政务媒体平台. */
  channels: z.string().optional(),
  /** Everything published proactively in the year: 4万余条. */
  total: CountFactSchema.optional(),
  groups: z.array(KeyAreaGroupSchema).optional(),
  proposals: ProposalsFactSchema.optional(),
});
export type ProactiveFacts = z.infer<typeof ProactiveFactsSchema>;

/** （二）依申请公开 — the summary of table 三 the narrative states, and the 查阅点. */
export const ApplicationsFactsSchema = z.strictObject({
  /** Applications handled (件): 5件; ties to table 三 `received.total` (+ `carriedIn.total`). */
  received: CountFactSchema.optional(),
  /** What the applications were about: 扶贫政策, 征地拆迁. */
  topics: z.array(z.string().min(1)).optional(),
  /** The procedure followed: 《宁夏回族自治区政府信息公开申请办理规范》. */
  procedure: z.string().optional(),
  /** Every application answered in time. */
  allAnswered: z.boolean().optional(),
  /** 行政复议 cases arising from applications (ties to table 四 `review.total`). */
  reviews: z.int().nonnegative().optional(),
  /** 行政诉讼 cases (ties to table 四 litigation totals). */
  lawsuits: z.int().nonnegative().optional(),
  /** 投诉举报 received about application handling. */
  complaints: z.int().nonnegative().optional(),
  /** Whether any fee was charged (信息处理费; none before 2021). */
  feesCharged: z.boolean().optional(),
  /** 政府信息查阅点. */
  readingPoints: z
    .strictObject({
      count: CountFactSchema,
      /** Where they are: 各乡镇民生服务中心等人员密集公共场所. */
      where: z.string().optional(),
      /** Coverage reached: 乡镇信息查阅点全覆盖. */
      coverage: z.string().optional(),
      /** Visits to date: 12000余人次. */
      visits: CountFactSchema.optional(),
    })
    .optional(),
});
export type ApplicationsFacts = z.infer<typeof ApplicationsFactsSchema>;

/** （三）政府信息管理 — organisation, staff, rules, the disclosure list, review of releases. */
export const ManagementFactsSchema = z.strictObject({
  /** 领导小组: who leads it and where its office sits. */
  leadingGroup: z.strictObject({ leader: z.string().min(1), office: z.string().optional() }).optional(),
  /** Staff of the office: 4名, of whom 专职2名、兼职2名. */
  staff: z
    .strictObject({
      total: CountFactSchema,
      fullTime: CountFactSchema.optional(),
      partTime: CountFactSchema.optional(),
    })
    .optional(),
  /** Rules made or revised: 20余项制度, 10余项制度, 预案3个 (statements). */
  rules: z.array(ItemFactSchema).optional(),
  /** The 政务公开清单目录 and the units it covers. */
  catalog: z
    .strictObject({
      title: z.string().min(1),
      departments: CountFactSchema.optional(),
      townships: CountFactSchema.optional(),
    })
    .optional(),
  /** Review of releases: 公文公开属性源头管理, “三审三校” … */
  review: z.array(z.string().min(1)).optional(),
});
export type ManagementFacts = z.infer<typeof ManagementFactsSchema>;

/** （四）政府信息公开平台建设 — channels of disclosure and of exchange with the public. */
export const PlatformFactsSchema = z.strictObject({
  /** 门户网站 and its columns. */
  website: z
    .strictObject({ name: z.string().min(1), columns: z.array(z.string().min(1)).optional() })
    .optional(),
  /** 会议公开: 政府常务会 held, invitations, attendance. */
  meetings: z
    .strictObject({
      held: CountFactSchema,
      /** Who was invited: 人大代表、政协委员、群众、企业、记者代表. */
      invitees: z.array(z.string().min(1)).optional(),
      invitations: CountFactSchema.optional(),
      attendees: CountFactSchema.optional(),
      /** Decisions the public took part in: 本县“十四五”规划编制 … */
      decisions: z.array(z.string().min(1)).optional(),
    })
    .optional(),
  /** “政府开放日”. */
  openDays: z
    .strictObject({
      units: CountFactSchema,
      /** Example units: 街道办、住建局、民政局. */
      examples: z.array(z.string().min(1)).optional(),
      invitees: z.array(z.string().min(1)).optional(),
      participants: CountFactSchema.optional(),
      coverageRate: PercentSchema.optional(),
    })
    .optional(),
  /** 政策解读. */
  interpretation: z
    .strictObject({
      total: CountFactSchema,
      examples: z.array(z.string().min(1)).optional(),
      /** 图解. */
      graphic: CountFactSchema.optional(),
      /** 转发区市政策解读. */
      forwarded: CountFactSchema.optional(),
      /** 县域政策图解率. */
      graphicRate: PercentSchema.optional(),
    })
    .optional(),
  /** 回应关切: 县长信箱/来信来访, 网络舆情. */
  responses: z
    .strictObject({
      /** 县长信箱、群众来信来访 handled. */
      letters: CountFactSchema.optional(),
      lettersReplyRate: PercentSchema.optional(),
      /** 区市交办网络舆情 accepted. */
      opinionAssigned: CountFactSchema.optional(),
      /** 舆情信息 reported to county leaders (期). */
      opinionReports: CountFactSchema.optional(),
      /** 重要批示. */
      instructions: CountFactSchema.optional(),
      /** 网络舆情 settled (起). */
      opinionSettled: CountFactSchema.optional(),
      opinionSettledRate: PercentSchema.optional(),
    })
    .optional(),
  /** 政府公报. */
  gazette: z
    .strictObject({
      title: z.string().min(1),
      issues: CountFactSchema,
      copies: CountFactSchema.optional(),
      /** Also published online (电子版). */
      online: z.boolean().optional(),
    })
    .optional(),
  /** 政务新媒体. */
  newMedia: z
    .strictObject({
      wechat: CountFactSchema.optional(),
      weibo: CountFactSchema.optional(),
      /** Posts pushed on a theme: 2万余条. */
      pushes: CountFactSchema.optional(),
      /** What the pushes were about: 新型冠状病毒健康科普知识等重要信息. */
      pushTopic: z.string().optional(),
    })
    .optional(),
});
export type PlatformFacts = z.infer<typeof PlatformFactsSchema>;

/** （五）监督保障 — 工作考核、社会评议和责任追究 (条例第五十条第（四）项), 督查, training, funding. */
export const SupervisionFactsSchema = z.strictObject({
  /** 工作考核: the scheme and the weight of 政务公开 in it. */
  assessment: z
    .strictObject({
      scheme: z.string().min(1),
      weight: PercentSchema.optional(),
    })
    .optional(),
  /** 社会评议, as the report words it. */
  socialEvaluation: z.string().optional(),
  /** 责任追究 cases (0: 未发生). */
  accountabilityCases: z.int().nonnegative().optional(),
  /** 督查检查 and 通报. */
  inspections: z
    .strictObject({
      special: CountFactSchema.optional(),
      specialBulletins: CountFactSchema.optional(),
      onlineBulletins: CountFactSchema.optional(),
    })
    .optional(),
  /** 学习培训. */
  training: z
    .strictObject({
      sessions: CountFactSchema.optional(),
      guidanceVisits: CountFactSchema.optional(),
      units: CountFactSchema.optional(),
      trainees: CountFactSchema.optional(),
    })
    .optional(),
  /** 专项经费 in exact 万元, with its breakdown. */
  funding: z
    .strictObject({
      totalWan: WanAmountSchema,
      /** Who gets what: 县政务公开办 20万元; 乡镇及部门 各3万元 (`each`). */
      breakdown: z
        .array(
          z.strictObject({
            recipient: z.string().min(1),
            wan: WanAmountSchema,
            each: z.boolean().optional(),
          }),
        )
        .optional(),
      /** What it pays for: 技术指导、网站优化、培训交流、材料印刷. */
      uses: z.array(z.string().min(1)).optional(),
    })
    .optional(),
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
  year: z.int().min(2008),
  /** The office that leads the work: 盐池县政务公开办. */
  office: z.string().optional(),
  /** Offices that guided it: 自治区政务公开办, 吴忠市政务公开办. */
  guidedBy: z.array(z.string().min(1)).optional(),
  proactive: ProactiveFactsSchema,
  applications: ApplicationsFactsSchema,
  management: ManagementFactsSchema,
  platforms: PlatformFactsSchema,
  supervision: SupervisionFactsSchema,
});
export type OverviewFacts = z.infer<typeof OverviewFactsSchema>;
export type OverviewFactsInput = z.input<typeof OverviewFactsSchema>;
