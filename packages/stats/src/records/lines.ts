// Lines of decoded text, numbered from 1, ending at LF or CRLF.
/** Splits text pieces into lines (without their `\r\n` / `\n`), numbered from 1. */
export async function* splitLines(texts: AsyncIterable<string>): AsyncGenerator<[string, number]> {
  let carry = "";
  let line = 0;
  for await (const text of texts) {
    const buf = carry ? carry + text : text;
    let start = 0;
    for (let nl = buf.indexOf("\n", start); nl !== -1; nl = buf.indexOf("\n", start)) {
      const end = nl > start && buf.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
      yield [buf.slice(start, end), ++line];
      start = nl + 1;
    }
    carry = buf.slice(start);
  }
  if (carry) {
    const end = carry.charCodeAt(carry.length - 1) === 13 ? carry.length - 1 : carry.length;
    yield [carry.slice(0, end), ++line];
  }
}
