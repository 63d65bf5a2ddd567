// Where an issue is, read from its location for assertions: the JSON path, the line.
import type { Issue } from "../src/issues.js";

/** The JSON path of an issue located in JSON, joined with dots ("tables.table3"), else undefined. */
export function pathOf(issue: Issue): string | undefined {
  return issue.location?.kind === "json" ? issue.location.path.join(".") : undefined;
}

/** The line of an issue located in JSON or on a text line, else undefined. */
export function lineOf(issue: Issue): number | undefined {
  const at = issue.location;
  return at?.kind === "json" || at?.kind === "text" ? at.line : undefined;
}
