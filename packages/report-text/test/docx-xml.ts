// Test-only reading of a .docx's parts as XML elements (fflate + htmlparser2 in
// XML mode): the body's paragraphs and tables, the section properties, the
// footers, the font table and the core properties.
import type { ChildNode, Element } from "domhandler";
import { strFromU8, unzipSync } from "fflate";
import { parseDocument } from "htmlparser2";

export function isElement(n: ChildNode): n is Element {
  return n.type === "tag";
}

/** Child elements with a tag name. */
export function kids(el: Element, name?: string): Element[] {
  return el.children.filter(isElement).filter((c) => name === undefined || c.name === name);
}

export function kid(el: Element | undefined, name: string): Element | undefined {
  return el ? kids(el, name)[0] : undefined;
}

/** Descendant elements with a tag name, in document order. */
export function descendants(el: Element, name: string): Element[] {
  const out: Element[] = [];
  const walk = (e: Element) => {
    for (const c of kids(e)) {
      if (c.name === name) out.push(c);
      walk(c);
    }
  };
  walk(el);
  return out;
}

export function attr(el: Element | undefined, name: string): string | undefined {
  return el?.attribs[name];
}

/** The text of an element: its w:t, a w:br as a line break. */
export function textOf(el: Element): string {
  let s = "";
  const walk = (e: Element) => {
    for (const c of e.children) {
      if (c.type === "text" && e.name === "w:t") s += c.data;
      else if (isElement(c)) {
        if (c.name === "w:br") s += "\n";
        walk(c);
      }
    }
  };
  walk(el);
  return s;
}

/** Whether a paragraph property (w:keepNext, w:cantSplit …) is set: present and not switched off. */
export function isOn(props: Element | undefined, name: string): boolean {
  const e = kid(props, name);
  if (!e) return false;
  const v = attr(e, "w:val");
  return v === undefined || !["false", "0", "off"].includes(v);
}

export interface DocxParts {
  readonly files: Record<string, string>;
  readonly body: Element;
  /** Paragraphs of the body outside tables, in order. */
  readonly paragraphs: Element[];
  readonly tables: Element[];
  readonly sectPr: Element;
  readonly xml: (path: string) => Element;
}

export function docxParts(bytes: Uint8Array): DocxParts {
  const zip = unzipSync(bytes);
  const files: Record<string, string> = {};
  for (const [k, v] of Object.entries(zip)) if (/\.(xml|rels)$/.test(k)) files[k] = strFromU8(v);
  const xml = (path: string): Element => {
    const doc = parseDocument(files[path] ?? "", { xmlMode: true });
    const root = doc.children.find(isElement);
    if (!root) throw new Error(`no XML root in ${path}`);
    return root;
  };
  const body = kid(xml("word/document.xml"), "w:body");
  const sectPr = kid(body, "w:sectPr");
  if (!body || !sectPr) throw new Error("word/document.xml has no w:body with its w:sectPr");
  return {
    files,
    body,
    paragraphs: kids(body, "w:p"),
    tables: kids(body, "w:tbl"),
    sectPr,
    xml,
  };
}

/** A numeric attribute. */
export function num(el: Element | undefined, name: string): number {
  return Number(attr(el, name));
}
