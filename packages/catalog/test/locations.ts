// Reading issues' locations in tests: the sheet or text location an assertion expects (any
// other kind fails the test), and an issue's message after its location, as the command line
// prints it.
import { describeLocation, type Issue, type Location } from "@disclosure/schema";

export type SheetLocation = Extract<Location, { kind: "sheet" }>;
export type TextLocation = Extract<Location, { kind: "text" }>;

/** The sheet location; a test fails on any other. */
export function sheetOf(location: Location | undefined): SheetLocation {
  if (location?.kind !== "sheet") throw new Error(`not a sheet location: ${JSON.stringify(location)}`);
  return location;
}

/** The text (line) location; a test fails on any other. */
export function lineOf(location: Location | undefined): TextLocation {
  if (location?.kind !== "text") throw new Error(`not a text location: ${JSON.stringify(location)}`);
  return location;
}

/** "目录.xlsx 社会救助!C10 “二级事项”列: 无法读取该行…": the location in words, then the message. */
export function located(issue: Issue | undefined, lang: "zh" | "en" = "zh"): string {
  if (!issue) return "no issue";
  const where = issue.location ? describeLocation(issue.location)[lang] : "";
  return where ? `${where}: ${issue.message[lang]}` : issue.message[lang];
}
