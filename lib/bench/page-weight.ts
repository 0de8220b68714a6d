import { gzipSync } from "node:zlib";

export interface PageWeight {
  scripts: number;
  bytes: number;
  gzipBytes: number;
  /** Whether any script the page loads carries the editor (ProseMirror/Tiptap). */
  shipsEditor: boolean;
}

/** The JavaScript a page makes the browser load, measured from its HTML. */
export async function measurePageWeight(base: string, path: string): Promise<PageWeight> {
  const html = await (await fetch(`${base}${path}`)).text();
  // A `noModule` script (Next's legacy polyfills) is never fetched by a browser that runs modules.
  const tags = [...html.matchAll(/<script[^>]+src="([^"]+)"[^>]*>/g)].filter(
    (m) => !/\bnoModule\b/i.test(m[0]),
  );
  const sources = [...new Set(tags.map((m) => m[1]))];
  let bytes = 0;
  let gzipBytes = 0;
  let shipsEditor = false;
  for (const src of sources) {
    const code = Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer());
    bytes += code.length;
    gzipBytes += gzipSync(code).length;
    shipsEditor ||= /prosemirror|@tiptap|tiptap/i.test(code.toString("utf8"));
  }
  // Inline scripts count too (a data block such as JSON-LD is not run, so it does not).
  for (const [, attributes, code] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    if (/\bsrc=/.test(attributes) || /type="application\/(ld\+)?json"/.test(attributes) || !code) continue;
    bytes += Buffer.byteLength(code);
    gzipBytes += gzipSync(code).length;
  }
  return { scripts: sources.length, bytes, gzipBytes, shipsEditor };
}
