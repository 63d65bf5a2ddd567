// Lenient matching of row and column labels as people type them in spreadsheets:
// stray spaces, half-width brackets and colons, straight or corner quotes, numbering
// or none, Traditional characters of the format's labels.
import { findRow, tableRows } from "./formats/lookup.js";
import type { FormatId, TableId } from "./formats/types.js";
import { normalizeLabel } from "./text-fold/label.js";

function withoutNumbering(s: string): string {
  return s.replace(/^(?:[一二三四五六七八九十]+[、,]|[（(][一二三四五六七八九十]+[）)]|\d+\.)/, "");
}

/**
 * The code of the row a label names in a table, or undefined. Matches codes, official
 * labels, labels without numbering and the variants of the format data.
 * @example matchRowLabel("2021", "table2", "规范性文件") //=> "normativeDocuments"
 */
export function matchRowLabel(format: FormatId, table: TableId, text: string): string | undefined {
  const rows = tableRows(format, table);
  const exact = rows.find((r) => r.code === text.trim());
  if (exact) return exact.code;
  const n = normalizeLabel(text);
  if (!n) return undefined;
  for (const r of rows) {
    const forms = [r.label, ...(r.aliases ?? [])].map(normalizeLabel);
    if (forms.includes(n)) return r.code;
  }
  const bare = withoutNumbering(n);
  const candidates = rows.filter((r) =>
    [r.text, ...(r.aliases ?? [])].map((x) => withoutNumbering(normalizeLabel(x))).includes(bare),
  );
  const [only] = candidates;
  return candidates.length === 1 ? only?.code : undefined;
}

/**
 * The code of the column a label names for a row of a table, or undefined. Header
 * groups may be included ("法人或其他组织/商业企业") or not.
 * @example matchColumnLabel("2021", "table3", "received", "商业企业") //=> "commercial"
 */
export function matchColumnLabel(
  format: FormatId,
  table: TableId,
  row: string,
  text: string,
): string | undefined {
  const cols = findRow(format, table, row)?.block.columns ?? [];
  const exact = cols.find((c) => c.code === text.trim());
  if (exact) return exact.code;
  const n = normalizeLabel(text);
  const hits = cols.filter((c) => {
    const forms = [c.label, ...(c.aliases ?? [])].map(normalizeLabel);
    const full = normalizeLabel([...c.path, c.label].join(""));
    const tail = normalizeLabel([...c.path.slice(1), c.label].join(""));
    return (
      forms.includes(n) ||
      n === full ||
      n === tail ||
      forms.some((f) => n.endsWith(`/${f}`) || n.endsWith(`／${f}`))
    );
  });
  const [only] = hits;
  return hits.length === 1 ? only?.code : undefined;
}
