// @ts-check
// The HTTP status of a rendered reader page that Next cannot set itself. Next's app pages answer
// 200 or, through notFound(), 404; a withdrawn article must answer 410 Gone, and its page is kept
// and sent from the page caches like any other (with its status). The page says so with a marker
// attribute on its notice; the cache handler sets the status of the render it stores from it,
// which is also what Next sends for that very render. The marker cannot come from an article's
// text: article HTML is sanitized to an allow-list without it, and React escapes everything else.

const GONE_ATTRIBUTE = "data-reader-status";
const GONE_MARKER = `${GONE_ATTRIBUTE}="410"`;

/**
 * Sets the status of Next's cached value of an app page from its marker (in place: Next sends
 * the value it has just stored).
 * @param {any} value
 */
function applyPageStatus(value) {
  if (value?.kind !== "APP_PAGE" || typeof value.html !== "string") return;
  if (value.html.includes(GONE_MARKER)) value.status = 410;
}

module.exports = { GONE_ATTRIBUTE, applyPageStatus };
