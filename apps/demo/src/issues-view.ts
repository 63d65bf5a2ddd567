// Located issues of the files read (the file, a line, a sheet and cell, a JSON path, an HTML
// path, a PDF page and position, a .docx paragraph or cell), listed with their code and message,
// errors open: the single-report view's rejected input and warnings, and those of the 汇总
// view's files. Built with DOM APIs.
import { type Issue, formatLocation, type Message } from "@disclosure/schema";
import { el, msgNodes } from "./dom.js";

/** At most this many issues of a kind are listed; the rest are counted. */
const SHOWN = 200;

function issueItem(i: Issue): HTMLElement {
  return el(
    "li",
    { "data-code": i.code },
    el("span", { class: "loc" }, formatLocation(i.location)),
    " ",
    el("code", {}, i.code),
    " ",
    ...msgNodes(i.message, { always: true, block: true }),
  );
}

/** A box of issues (open for errors), or nothing when the list is empty. */
export function issuesBox(
  title: Message,
  list: readonly Issue[],
  kind: "error" | "warning",
): HTMLElement | undefined {
  if (!list.length) return undefined;
  const more = list.length - SHOWN;
  return el(
    "details",
    { class: `issue-box ${kind}`, open: kind === "error" },
    el(
      "summary",
      {},
      `${title.zh}（${list.length}）`,
      el("span", { class: "en always", lang: "en" }, ` ${title.en} (${list.length})`),
    ),
    el("ol", { class: "issue-list" }, ...list.slice(0, SHOWN).map(issueItem)),
    more > 0
      ? el(
          "p",
          { class: "note" },
          ...msgNodes({ zh: `另有 ${more} 条未列出`, en: `${more} more not listed` }),
        )
      : undefined,
  );
}
