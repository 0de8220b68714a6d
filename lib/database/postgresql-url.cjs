// @ts-check
// How a postgresql:// DATABASE_URL becomes node-postgres settings. Plain CommonJS because the
// invalidation reader (lib/reader-cache), loaded by Next outside the app's bundles, needs it too.

/**
 * The schema the newsroom's tables are in: `?schema=` as in Prisma's URLs, else `public`.
 * Spliced into SQL and settings, so only a plain identifier is accepted.
 * @param {URL} url
 */
function schemaOf(url) {
  const schema = url.searchParams.get("schema") || "public";
  if (!/^[A-Za-z_][A-Za-z0-9_]{0,62}$/.test(schema)) {
    throw new Error(`DATABASE_URL 的 schema 参数无效：${schema}（只能是字母、数字和下划线）。`);
  }
  return schema;
}

/**
 * Settings for a pg Pool: the URL without the `schema` parameter (which pg does not know), and a
 * search_path naming that schema, so raw SQL finds the same tables Prisma's queries name.
 * @param {string} databaseUrl
 * @returns {{ connectionString: string, options: string, schema: string }}
 */
function postgresqlConnection(databaseUrl) {
  const url = new URL(databaseUrl);
  const schema = schemaOf(url);
  url.searchParams.delete("schema");
  // pg lets the URL's own `options` override the setting given beside it: both go in one.
  const own = url.searchParams.get("options");
  url.searchParams.delete("options");
  const options = [own, `-c search_path=${schema}`].filter(Boolean).join(" ");
  return { connectionString: url.toString(), options, schema };
}

module.exports = { postgresqlConnection };
