// A Node built-in module (node:zlib, node:crypto) where the platform has one — Node 20.16 and
// later, through `process.getBuiltinModule` — and undefined elsewhere (a browser), looked up
// once a module. The readers take the faster or only way with it, and another way without.

const found = new Map<string, unknown>();

/** The built-in module `id` ("node:zlib"), typed as the part the caller uses, or undefined. */
export function nodeBuiltin<T>(id: string): T | undefined {
  if (!found.has(id)) {
    const proc = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
    let module: unknown;
    try {
      module = proc?.getBuiltinModule?.(id);
    } catch {
      module = undefined;
    }
    found.set(id, module);
  }
  return found.get(id) as T | undefined;
}
