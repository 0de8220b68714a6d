// @ts-check
// Reader pages sent as documents, without Next's client runtime. They are rendered on the server
// and have nothing to hydrate: links are plain links, the search is a GET form, and the print
// page's button has its own few lines of script (public/print-button.js). The runtime Next adds to
// every page (React, the router, the page's payload a second time as inline data) is 140 KB of
// gzipped script and three quarters of a page's bytes; without it a page is smaller, paints
// before any script, and costs readers and the server less. The newsroom keeps the runtime.
//
// Only what Next itself adds is removed: its chunks (all under /_next/), their preloads, the
// inline payload (`self.__next_f`) and bootstrap (`id="_R_"`). Other scripts stay (the article's
// JSON-LD). React escapes "<" inside the inline payload, so no "</script>" can end one early.

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/g;
const SCRIPT_PRELOAD =
  /<link\b[^>]*\brel="(?:preload|modulepreload)"[^>]*\bas="script"[^>]*\/?>|<link\b[^>]*\bas="script"[^>]*\brel="(?:preload|modulepreload)"[^>]*\/?>/g;

/** @param {string} attributes @param {string} content */
function isNextRuntime(attributes, content) {
  return (
    /\bsrc="\/_next\//.test(attributes) ||
    /\bid="_R_"/.test(attributes) ||
    /^\s*\(?self\.__next_f\b/.test(content)
  );
}

/**
 * The page without Next's client runtime.
 * @param {string} html
 * @returns {string}
 */
function withoutClientRuntime(html) {
  return html
    .replace(SCRIPT, (script, attributes, content) => (isNextRuntime(attributes, content) ? "" : script))
    .replace(SCRIPT_PRELOAD, "");
}

/**
 * Takes the runtime out of the HTML of Next's cached value of an app page (in place, as Next
 * sends the value it has just stored). The page's navigation payload (rscData) stays: the
 * newsroom's client-side links to reader pages still use it.
 * @param {any} value
 */
function keepDocumentOnly(value) {
  if (value?.kind !== "APP_PAGE" || typeof value.html !== "string") return;
  // Next draws a "not found" or error page in the browser, from the payload: those keep the runtime.
  if (![undefined, 200, 410].includes(value.status)) return;
  value.html = withoutClientRuntime(value.html);
}

module.exports = { withoutClientRuntime, keepDocumentOnly };
