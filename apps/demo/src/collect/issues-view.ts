// Located issues of the units' files (file, line, sheet and cell, JSON path), listed with their
// code and message, errors open. Built with DOM APIs.
import { type Issue, formatLocation } from "@disclosure/schema";
import { type Message, el, msgNodes } from "../dom.js";

/** At most this many issues of a kind are listed; the rest are counted. */
const SHOWN = 200;

/** A box of issues (open for errors), or nothing when the list is empty. */
export function issuesBox(
  title: Message,
  list: readonly Issue[],
  kind: "error" | "warning",
): HTMLElement | undefined {
  if (!list.length) return undefined;
  const items = list
    .slice(0, SHOWN)
    .map((i) =>
      el(
        "li",
        { "data-code": i.code },
        el("span", { class: "loc" }, formatLocation(i) || i.file || ""),
        " ",
        el("code", {}, i.code),
        " ",
        ...msgNodes(i.message, { always: true, block: true }),
      ),
    );
  const more = list.length - SHOWN;
  return el(
    "details",
    { class: `issue-box ${kind}`, open: kind === "error" },
    el(
      "summary",
      {},
      `${title.zh}（${list.length}）`,
      el("span", { class: "en", lang: "en" }, ` ${title.en} (${list.length})`),
    ),
    el("ol", { class: "issue-list" }, ...items),
    more > 0
      ? el(
          "p",
          { class: "note" },
          ...msgNodes({ zh: `另有 ${more} 条未列出`, en: `${more} more not listed` }),
        )
      : undefined,
  );
}
