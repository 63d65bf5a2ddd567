// Small DOM helpers: elements built with DOM APIs (text is never parsed as HTML), bilingual
// messages, element lookup, file downloads.
import type { Message } from "@disclosure/schema";

/** A child of {@link el}: a node, a string (set as text, never parsed as HTML), or nothing. */
export type Child = Node | string | undefined | null | false;

/**
 * An element built with DOM APIs: attributes (`true` as an empty attribute; `false` and
 * `undefined` left out), then the children, strings as text nodes.
 *
 * @example el("td", { "data-cell": "table3|received|total" }, "5")
 */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Readonly<Record<string, string | number | boolean | undefined>> = {},
  ...children: readonly Child[]
): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    e.setAttribute(name, value === true ? "" : String(value));
  }
  e.append(...children.filter((c): c is Node | string => c !== undefined && c !== null && c !== false));
  return e;
}

/**
 * A message as nodes: the Chinese text, then its English twin, shown when the English toggle
 * is on, or always with `always`; on a line of its own with `block`.
 */
export function msgNodes(m: Message, opts: { always?: boolean; block?: boolean } = {}): HTMLElement[] {
  const cls = `en${opts.always ? " always" : ""}${opts.block ? " block" : ""}`;
  return [el("span", { class: "zh" }, m.zh), el("span", { class: cls, lang: "en" }, m.en)];
}

export function $<T extends Element = HTMLElement>(selector: string, root: ParentNode = document): T {
  const el = root.querySelector<T>(selector);
  if (!el) throw new Error(`demo: missing element ${selector}`);
  return el;
}

/** Offers bytes or text as a file download. */
export function download(name: string, data: string | Uint8Array, type: string): void {
  const part: BlobPart = typeof data === "string" ? data : new Uint8Array(data);
  const url = URL.createObjectURL(new Blob([part], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
