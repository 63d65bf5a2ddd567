// Section 一、总体情况 written from structured facts (OverviewFacts of @disclosure/schema), in the
// register of real county reports: an opening paragraph, then the five sub-headings the 2021
// notice (国办公开办函〔2021〕30号, “报告内容（一）”) asks the overview to cover and that real
// reports print — （一）主动公开 （二）依申请公开 （三）政府信息管理 （四）政府信息公开平台建设
// （五）监督保障 — each followed by sentences built from the facts. Every count is worded with
// formatCount (approximate figures keep their form: 4万余条, 12000余人次), money with formatWan
// (exact 万元), rates with formatPercent.
import type {
  ApplicationsFacts,
  CountFact,
  ItemFact,
  KeyAreaGroup,
  ManagementFacts,
  OverviewFacts,
  PlatformFacts,
  ProactiveFacts,
  ProposalsFact,
  SupervisionFacts,
} from "@disclosure/schema";
import { numberToDecimalString } from "@disclosure/schema/internal";
import { toTraditional } from "../hant.js";
import { formatCount, formatPercent, formatWan } from "./numbers.js";

/** The five aspects of section 一, in the order of the notice. */
export type OverviewAspect = "proactive" | "applications" | "management" | "platforms" | "supervision";

/**
 * The sub-headings of section 一 (report wording, not table labels): the five aspects of
 * 国办公开办函〔2021〕30号 as real reports print them (五常市民意乡 2021, 来凤县 2021, 上海 2019
 * and 2022; spec/format-2021.md §2).
 */
export const OVERVIEW_HEADINGS: Readonly<Record<OverviewAspect, string>> = {
  proactive: "（一）主动公开",
  applications: "（二）依申请公开",
  management: "（三）政府信息管理",
  platforms: "（四）政府信息公开平台建设",
  supervision: "（五）监督保障",
};

const ASPECTS: readonly OverviewAspect[] = [
  "proactive",
  "applications",
  "management",
  "platforms",
  "supervision",
];

/** What an aspect says when its facts are empty. */
const NOTHING_SPECIAL = "本年度无需要专门说明的情况。";

/** 一是 … 十是: the ordinals real reports use to list measures. */
const ORDINALS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

/** One block of the rendered section: a sub-heading or a paragraph. */
export interface OverviewBlock {
  readonly kind: "heading" | "paragraph";
  /** The aspect the block belongs to (absent for the opening paragraph). */
  readonly aspect?: OverviewAspect;
  readonly text: string;
}

/** Options of {@link renderOverview}. */
export interface RenderOverviewOptions {
  /** Simplified (`hans`, default) or Traditional (`hant`, mainland terms kept). */
  readonly script?: "hans" | "hant";
}

// ————————————————————————————————————————————————————————————————————————————————
// Small wording helpers
// ————————————————————————————————————————————————————————————————————————————————

function count(fact: CountFact): string {
  return formatCount(fact.value, { approx: fact.approx ?? false, unit: fact.unit, form: fact.form });
}

/** A rate stated in percent: 100 → "100%", 98.5 → "98.5%". */
function percent(rate: number): string {
  return Number.isInteger(rate) ? formatPercent(rate, 100) : `${numberToDecimalString(rate)}%`;
}

/** Names joined as reports list them: titles 《…》《…》 side by side, other names with 、. */
function joinNames(names: readonly string[]): string {
  return names.every((n) => n.startsWith("《")) ? names.join("") : names.join("、");
}

/** Sentences ended with 。 and run together. */
function sentences(parts: readonly (string | undefined | false)[]): string {
  return parts
    .filter((p): p is string => typeof p === "string" && p.length > 0)
    .map((p) => (/[。！？]$/.test(p) ? p : `${p}。`))
    .join("");
}

/** 一是…。二是…。: measures numbered with ordinals, each `title。body`. */
function numbered(measures: readonly { title: string; body: string }[]): string {
  const [only, ...more] = measures;
  if (only && more.length === 0) return sentences([only.body]);
  return measures.map((m, i) => `${ORDINALS[i] ?? `${i + 1}`}是${m.title}。${sentences([m.body])}`).join("");
}

/**
 * One statement about a count, in the shape of ItemFact (see @disclosure/schema):
 * `[除…外，][where，]{verb}{categories}[等]{categoryCount}{subject}{count}[，remark]`.
 */
export function itemClause(item: ItemFact): string {
  let lead = "";
  if (item.except) {
    const n = item.except.count ? count(item.except.count) : "";
    lead += `除${joinNames(item.except.names)}${n}${item.except.reason ?? ""}外，`;
  }
  if (item.where) lead += `${item.where}，`;
  const verb = item.verb ?? "公开";
  const subject = item.subject ?? "信息";
  let body: string;
  if (item.countFirst && item.count) {
    body = verb + count(item.count) + subject;
  } else {
    const cats = item.categories?.length ? joinNames(item.categories) + (item.listComplete ? "" : "等") : "";
    const kinds = item.categoryCount ? count(item.categoryCount) : "";
    body = verb + cats + kinds + subject + (item.count ? count(item.count) : "");
  }
  return lead + body + (item.remark ? `，${item.remark}` : "");
}

// ————————————————————————————————————————————————————————————————————————————————
// The opening paragraph
// ————————————————————————————————————————————————————————————————————————————————

function opening(facts: OverviewFacts): string {
  const who = facts.office ?? "";
  const guided = facts.guidedBy?.length ? `在${facts.guidedBy.join("和")}的指导与支持下，` : "";
  return (
    `${facts.year}年，${who}${guided}全面贯彻落实《中华人民共和国政府信息公开条例》，` +
    "坚持以公开为常态、不公开为例外，加强政府信息资源的规范化、标准化、信息化管理，" +
    "加强政府信息公开平台建设，大力推进政府信息精准公开，全方位回应公众关切，" +
    "提高依法行政和政务服务水平。"
  );
}

// ————————————————————————————————————————————————————————————————————————————————
// （一）主动公开
// ————————————————————————————————————————————————————————————————————————————————

function proactiveLead(p: ProactiveFacts): string | undefined {
  const clauses: string[] = [];
  if (p.workPoints) clauses.push(`制定${p.workPoints}`);
  if (p.focusAreas?.length)
    clauses.push(`针对${p.focusAreas.join("、")}等重点领域，细化公开要求，深化公开内容，丰富公开载体`);
  if (p.total)
    clauses.push(`累计在${p.channels ?? "政府网站及各类政务媒体平台"}主动公开各类信息${count(p.total)}`);
  return clauses.length ? sentences([clauses.join("，")]) : undefined;
}

function groupParagraph(group: KeyAreaGroup): string {
  const items = group.items.map(itemClause);
  return sentences([group.name, items.join("；")]);
}

function proposalsParagraph(year: number, p: ProposalsFact): string {
  const counts = [
    `人大代表议案建议${count(p.npcSuggestions)}`,
    `政协提案${count(p.cppccProposals)}`,
    p.publicOpinion && `社情民意${count(p.publicOpinion)}`,
  ].filter((x): x is string => typeof x === "string");
  let handled = `${year}年办理${counts.join("、")}`;
  if (p.replyRate !== undefined)
    handled += `，办复率${counts.length > 1 ? "均" : ""}达到${percent(p.replyRate)}`;
  if (p.publishedAt) handled += `，办理结果已全部通过${p.publishedAt}向社会公开`;
  return sentences(["全面推进人大代表建议、政协提案办理结果公开", handled]);
}

function proactiveBlocks(year: number, p: ProactiveFacts): string[] {
  const out: string[] = [];
  const lead = proactiveLead(p);
  if (lead) out.push(lead);
  for (const group of p.groups ?? []) out.push(groupParagraph(group));
  if (p.proposals) out.push(proposalsParagraph(year, p.proposals));
  return out;
}

// ————————————————————————————————————————————————————————————————————————————————
// （二）依申请公开
// ————————————————————————————————————————————————————————————————————————————————

function caseClaims(a: ApplicationsFacts): string[] {
  const kinds = [
    { n: a.reviews, zero: "被申请行政复议", some: (c: string) => `因政府信息公开工作被申请行政复议${c}` },
    { n: a.lawsuits, zero: "提起行政诉讼", some: (c: string) => `因政府信息公开工作被提起行政诉讼${c}` },
    {
      n: a.complaints,
      zero: "收到投诉举报",
      some: (c: string) => `收到涉及政府信息公开申请办理的投诉举报${c}`,
    },
  ];
  const zeros = kinds.filter((k) => k.n === 0).map((k) => k.zero);
  const some = kinds
    .filter((k): k is typeof k & { n: number } => k.n !== undefined && k.n > 0)
    .map((k) => k.some(formatCount(k.n, { unit: "件" })));
  const out = [...some];
  if (zeros.length) out.push(`未发生因政府信息公开申请${zeros.join("、")}的情况`);
  return out;
}

function applicationsBlocks(year: number, a: ApplicationsFacts): string[] {
  const out: string[] = [];
  const first: (string | undefined)[] = [];
  if (a.received) {
    const topics = a.topics?.length ? `，主要涉及${a.topics.join("、")}等内容` : "";
    first.push(
      a.received.value === 0
        ? `${year}年未收到政府信息公开申请`
        : `${year}年依法依规办理公民、法人和其他组织提交的政府信息公开申请${count(a.received)}${topics}`,
    );
  }
  if (a.procedure) {
    first.push(
      `认真执行${a.procedure}，落实依申请公开的受理、审核、处理、答复等各环节要求，切实保障申请人获取政府信息的权利`,
    );
  }
  if (a.allAnswered) first.push("所有申请均已依法按时答复");
  first.push(...caseClaims(a));
  if (a.feesCharged === false) first.push("答复过程中未收取任何费用");
  if (a.feesCharged === true) first.push("依法依规收取信息处理费");
  if (first.length) out.push(sentences(first));
  const r = a.readingPoints;
  if (r) {
    const where = r.where ? `在${r.where}` : "";
    out.push(
      sentences([
        `${where}设置政府信息查阅点${count(r.count)}${r.coverage ? `，实现${r.coverage}` : ""}` +
          (r.visits ? `，累计接待查询${count(r.visits)}` : ""),
      ]),
    );
  }
  return out;
}

// ————————————————————————————————————————————————————————————————————————————————
// （三）政府信息管理
// ————————————————————————————————————————————————————————————————————————————————

function staffClause(m: ManagementFacts): string | undefined {
  const s = m.staff;
  if (!s) return undefined;
  const split = [s.fullTime && `专职${count(s.fullTime)}`, s.partTime && `兼职${count(s.partTime)}`].filter(
    (x): x is string => typeof x === "string",
  );
  return `配置工作人员${count(s.total)}${split.length ? `，其中${split.join("、")}` : ""}`;
}

function managementBlocks(m: ManagementFacts): string[] {
  const measures: { title: string; body: string }[] = [];
  const staff = staffClause(m);
  if (m.leadingGroup) {
    const office = m.leadingGroup.office ? `，领导小组办公室设在${m.leadingGroup.office}` : "";
    measures.push({
      title: "健全组织领导",
      body: `成立由${m.leadingGroup.leader}任组长的政务公开工作领导小组${office}${staff ? `，${staff}` : ""}`,
    });
  } else if (staff) {
    measures.push({ title: "健全工作机构", body: `政务公开工作机构${staff}` });
  }
  if (m.rules?.length) {
    measures.push({
      title: "完善制度体系",
      body: `根据新修订的《中华人民共和国政府信息公开条例》，${m.rules.map(itemClause).join("，")}`,
    });
  }
  if (m.catalog) {
    const units = [
      m.catalog.departments && `${count(m.catalog.departments)}政府部门`,
      m.catalog.townships && `${count(m.catalog.townships)}乡镇（街道）`,
    ].filter((x): x is string => typeof x === "string");
    measures.push({
      title: "推行清单化管理",
      body: `修订并推行${m.catalog.title}${units.length ? `，涵盖${units.join("、")}` : ""}，进一步明确公开职责和权限`,
    });
  }
  if (m.review?.length) {
    measures.push({ title: "规范发布审核", body: `${m.review.join("，")}，确保发布信息及时准确` });
  }
  return measures.length ? [numbered(measures)] : [];
}

// ————————————————————————————————————————————————————————————————————————————————
// （四）政府信息公开平台建设
// ————————————————————————————————————————————————————————————————————————————————

function platformBlocks(year: number, p: PlatformFacts): string[] {
  const measures: { title: string; body: string }[] = [];
  if (p.website) {
    const columns = p.website.columns?.length
      ? `设置${p.website.columns.map((c) => `“${c}”`).join("")}等专栏，`
      : "";
    measures.push({ title: "建好政府网站", body: `${p.website.name}${columns}集中发布政府信息` });
  }
  const mt = p.meetings;
  if (mt) {
    const parts = [`${year}年召开政府常务会${count(mt.held)}`];
    if (mt.invitations) {
      const who = mt.invitees?.length ? mt.invitees.join("、") : "公众代表";
      parts.push(`邀请${who}列席${count(mt.invitations)}`);
    }
    if (mt.attendees) parts.push(`共${count(mt.attendees)}参加会议`);
    if (mt.decisions?.length) parts.push(`参与${mt.decisions.join("、")}等重大行政决策`);
    measures.push({ title: "扎实做好会议公开", body: parts.join("，") });
  }
  const od = p.openDays;
  if (od) {
    const units = `${od.examples?.length ? `${od.examples.join("、")}等` : ""}${count(od.units)}单位`;
    const who = od.invitees?.length ? `${od.invitees.join("、")}等` : "社会各界人士";
    const joined = od.participants ? `${who}${count(od.participants)}参加` : `${who}参加`;
    const rate = od.coverageRate !== undefined ? `，活动覆盖率${percent(od.coverageRate)}` : "";
    measures.push({
      title: "积极开展“政府开放日”活动",
      body: `${year}年，${units}先后邀请${joined}“政府开放日”活动${rate}`,
    });
  }
  const it = p.interpretation;
  if (it) {
    const ex = it.examples?.length ? `${joinNames(it.examples)}等` : "";
    const parts = [`按照“谁起草、谁解读”的原则，${year}年共解读${ex}各类政策性文件${count(it.total)}`];
    if (it.graphic) parts.push(`其中图解${count(it.graphic)}`);
    if (it.forwarded) parts.push(`转发上级政策解读${count(it.forwarded)}`);
    if (it.graphicRate !== undefined) parts.push(`政策图解率达到${percent(it.graphicRate)}`);
    measures.push({ title: "全面解读政策法规", body: parts.join("，") });
  }
  const rs = p.responses;
  if (rs) {
    const first: string[] = [];
    if (rs.letters) {
      const rate = rs.lettersReplyRate !== undefined ? `，办复率${percent(rs.lettersReplyRate)}` : "";
      first.push(`办理政府信箱、群众来信来访${count(rs.letters)}${rate}`);
    }
    const second: string[] = [];
    if (rs.opinionAssigned) second.push(`受理上级交办网络舆情${count(rs.opinionAssigned)}`);
    if (rs.opinionReports) second.push(`报送舆情信息${count(rs.opinionReports)}`);
    if (rs.instructions) second.push(`领导作出重要批示${count(rs.instructions)}`);
    if (rs.opinionSettled) {
      const rate = rs.opinionSettledRate !== undefined ? `，办结率${percent(rs.opinionSettledRate)}` : "";
      second.push(`${count(rs.opinionSettled)}网络舆情已全部办结${rate}`);
    }
    const body =
      ["建立健全舆情监测、研判、回应机制", ...first].join("，") +
      (second.length ? `；${second.join("，")}` : "");
    measures.push({ title: "充分回应社会关切", body });
  }
  const gz = p.gazette;
  if (gz) {
    const copies = gz.copies ? `，免费发放${count(gz.copies)}` : "";
    const online = gz.online ? "，发行纸质版的同时在政府门户网站发布电子版" : "";
    measures.push({
      title: "办好政府公报",
      body: `${year}年出版${gz.title}${count(gz.issues)}${copies}${online}`,
    });
  }
  const nm = p.newMedia;
  if (nm) {
    const accounts = [
      nm.wechat && `${count(nm.wechat)}微信公众号`,
      nm.weibo && `${count(nm.weibo)}政务微博`,
    ].filter((x): x is string => typeof x === "string");
    const parts: string[] = [];
    if (accounts.length) parts.push(`已将${accounts.join("、")}在政府门户网站集中展示`);
    if (nm.pushes) parts.push(`利用新媒体平台累计推送${nm.pushTopic ?? "重要信息"}${count(nm.pushes)}`);
    if (parts.length) measures.push({ title: "发挥政务新媒体优势", body: parts.join("，") });
  }
  return measures.length ? [numbered(measures)] : [];
}

// ————————————————————————————————————————————————————————————————————————————————
// （五）监督保障
// ————————————————————————————————————————————————————————————————————————————————

function supervisionBlocks(year: number, s: SupervisionFacts): string[] {
  const lead: string[] = [];
  if (s.accountabilityCases === 0) lead.push("全年未发生政府信息公开工作责任追究情况");
  else if (s.accountabilityCases !== undefined) {
    lead.push(`全年政府信息公开工作责任追究${formatCount(s.accountabilityCases, { unit: "起" })}`);
  }
  if (s.socialEvaluation) lead.push(s.socialEvaluation);
  const measures: { title: string; body: string }[] = [];
  if (s.assessment) {
    const weight = s.assessment.weight !== undefined ? `，赋分权重达到${percent(s.assessment.weight)}` : "";
    measures.push({
      title: "以考核压实责任",
      body: `将政务公开工作纳入${year}年${s.assessment.scheme}${weight}，推动各级行政机关严格落实政府信息公开法定要求`,
    });
  }
  const ins = s.inspections;
  if (ins && (ins.special || ins.specialBulletins || ins.onlineBulletins)) {
    const parts: string[] = [];
    if (ins.special) {
      parts.push(
        `开展政务公开专项督查检查${count(ins.special)}` +
          (ins.specialBulletins ? `，形成督查通报${count(ins.specialBulletins)}` : ""),
      );
    } else if (ins.specialBulletins) {
      parts.push(`形成督查通报${count(ins.specialBulletins)}`);
    }
    if (ins.onlineBulletins)
      parts.push(`组织开展网上、新媒体督查检查，下发督查通报${count(ins.onlineBulletins)}`);
    measures.push({ title: "以督查促进整改", body: parts.join("；") });
  }
  const tr = s.training;
  if (tr && (tr.sessions || tr.guidanceVisits || tr.trainees)) {
    const parts: string[] = [];
    if (tr.sessions) parts.push(`举办政务公开工作专题培训班${count(tr.sessions)}`);
    if (tr.guidanceVisits) parts.push(`深入各单位开展业务指导${count(tr.guidanceVisits)}`);
    if (tr.trainees) {
      parts.push(
        `累计培训${tr.units ? count(tr.units) : ""}${tr.units ? "单位" : ""}${count(tr.trainees)}领导干部和业务骨干`,
      );
    }
    measures.push({ title: "以学习培训督促改进", body: parts.join("，") });
  }
  const fd = s.funding;
  if (fd) {
    const split = fd.breakdown?.length
      ? `（${fd.breakdown.map((b) => `${b.recipient}${b.each ? "各" : ""}${formatWan(b.wan)}`).join("，")}）`
      : "";
    const uses = fd.uses?.length ? `，用于保障政务公开工作${fd.uses.join("、")}等费用` : "";
    measures.push({
      title: "以专项经费保障运转",
      body: `统筹安排专项经费${formatWan(fd.totalWan)}${split}${uses}`,
    });
  }
  const out: string[] = [];
  if (lead.length) out.push(sentences(lead));
  if (measures.length) out.push(numbered(measures));
  return out;
}

// ————————————————————————————————————————————————————————————————————————————————
// The section
// ————————————————————————————————————————————————————————————————————————————————

/**
 * Section 一、总体情况 as blocks: the opening paragraph, then for each of the five aspects its
 * sub-heading ({@link OVERVIEW_HEADINGS}) and its paragraphs. An aspect without facts still gets
 * its heading (the notice asks for all five) and the sentence 本年度无需要专门说明的情况。
 * Renderers (Markdown, HTML, .docx) style headings and paragraphs from these blocks.
 *
 * @param facts the facts, valid against OverviewFactsSchema (counts non-negative integers)
 * @returns the blocks in reading order
 *
 * @example
 * // 盐池县 2020 (facts: @disclosure/samples yanchiOverviewFacts2020)
 * overviewBlocks(facts).filter((b) => b.kind === "heading").map((b) => b.text)
 * //=> ["（一）主动公开", "（二）依申请公开", "（三）政府信息管理", "（四）政府信息公开平台建设", "（五）监督保障"]
 */
export function overviewBlocks(facts: OverviewFacts): OverviewBlock[] {
  const paragraphs: Record<OverviewAspect, string[]> = {
    proactive: proactiveBlocks(facts.year, facts.proactive),
    applications: applicationsBlocks(facts.year, facts.applications),
    management: managementBlocks(facts.management),
    platforms: platformBlocks(facts.year, facts.platforms),
    supervision: supervisionBlocks(facts.year, facts.supervision),
  };
  const blocks: OverviewBlock[] = [{ kind: "paragraph", text: opening(facts) }];
  for (const aspect of ASPECTS) {
    blocks.push({ kind: "heading", aspect, text: OVERVIEW_HEADINGS[aspect] });
    const texts = paragraphs[aspect].length ? paragraphs[aspect] : [NOTHING_SPECIAL];
    for (const text of texts) blocks.push({ kind: "paragraph", aspect, text });
  }
  return blocks;
}

/**
 * Writes section 一、总体情况 (without its own heading, which the format definition holds)
 * from structured facts: an opening paragraph and the five sub-headings （一）主动公开
 * （二）依申请公开 （三）政府信息管理 （四）政府信息公开平台建设 （五）监督保障, one block a line.
 * Approximate figures keep their form (4万余条, 12000余人次), 万元 amounts are exact, every
 * figure of the facts appears in the text. In Simplified characters the result is returned
 * directly; with `script: "hant"` it is converted with {@link toTraditional} (mainland terms
 * kept), which loads opencc-js lazily, so a Promise is returned.
 *
 * @param facts the facts, valid against OverviewFactsSchema
 * @param opts `script`: "hans" (default) or "hant"
 * @returns the section text, blocks separated by "\n"
 *
 * @example
 * // 盐池县 2020 (facts: @disclosure/samples yanchiOverviewFacts2020)
 * renderOverview(facts)
 * //=> "2020年，盐池县政务公开办在自治区政务公开办和吴忠市政务公开办的指导与支持下，……\n（一）主动公开\n
 * //    制定《盐池县2020年政务公开工作要点》，……累计在政府网站及各类政务媒体平台主动公开各类信息4万余条。\n……"
 * await renderOverview(facts, { script: "hant" }) //=> "2020年，鹽池縣政務公開辦……"
 */
export function renderOverview(facts: OverviewFacts, opts?: { readonly script?: "hans" }): string;
export function renderOverview(facts: OverviewFacts, opts: { readonly script: "hant" }): Promise<string>;
export function renderOverview(facts: OverviewFacts, opts?: RenderOverviewOptions): string | Promise<string>;
export function renderOverview(
  facts: OverviewFacts,
  opts: RenderOverviewOptions = {},
): string | Promise<string> {
  const text = overviewBlocks(facts)
    .map((b) => b.text)
    .join("\n");
  return opts.script === "hant" ? toTraditional(text) : text;
}
