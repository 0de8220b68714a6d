/**
 * Search tokens for Chinese and mixed text, computed here rather than by SQLite: FTS5's
 * trigram tokenizer cannot find two-character words (党建, 社区), and unicode61 would make a
 * whole run of Chinese one token. As Lucene's CJKAnalyzer does, a run of Han characters
 * becomes its overlapping bigrams; the run's last character is added on its own so that
 * every character starts some token (a one-character query is a prefix search). Latin words
 * and numbers are kept whole, lower-cased.
 */
const SEGMENT = /(\p{Script=Han}+)|((?:(?!\p{Script=Han})[\p{L}\p{N}])+)/gu;

function hanTokens(run: string): string[] {
  const chars = Array.from(run);
  const tokens: string[] = [];
  for (let i = 0; i < chars.length - 1; i++) tokens.push(chars[i] + chars[i + 1]);
  tokens.push(chars[chars.length - 1]);
  return tokens;
}

/**
 * Text as it is indexed and searched: NFKC, so the full-width letters and digits a Chinese
 * keyboard types (ＰＰＴ, ２０２３) are the same words as PPT and 2023.
 */
const normalize = (text: string) => text.normalize("NFKC");

/** Tokens to index, in text order. */
export function tokenizeForIndex(text: string): string[] {
  const tokens: string[] = [];
  for (const [, han, word] of normalize(text).matchAll(SEGMENT)) {
    if (han) tokens.push(...hanTokens(han));
    else tokens.push(word.toLowerCase());
  }
  return tokens;
}

/** One term of a query: a phrase of tokens that must appear in a row, or one prefix token. */
export type QueryTerm = { kind: "phrase"; tokens: string[] } | { kind: "prefix"; token: string };

/** The terms of a query: each Chinese run and each Latin word or number is one term (AND). */
export function tokenizeQuery(query: string): QueryTerm[] {
  const terms: QueryTerm[] = [];
  for (const [, han, word] of normalize(query).matchAll(SEGMENT)) {
    if (han && Array.from(han).length === 1) terms.push({ kind: "prefix", token: han });
    else if (han) terms.push({ kind: "phrase", tokens: hanTokens(han).slice(0, -1) });
    else terms.push({ kind: "phrase", tokens: [word.toLowerCase()] });
  }
  return terms;
}

/** A query's terms as an SQLite FTS5 MATCH expression, every term required. */
export function toMatchExpression(terms: QueryTerm[]): string {
  return terms
    .map((term) => (term.kind === "prefix" ? `"${term.token}"*` : `"${term.tokens.join(" ")}"`))
    .join(" AND ");
}

/** A token as a PostgreSQL tsvector/tsquery lexeme, quoted (tokens are letters and digits already). */
export function quoteLexeme(token: string): string {
  return `'${token.replace(/\\/g, "\\\\").replace(/'/g, "''")}'`;
}

/**
 * The same terms as a PostgreSQL tsquery (read with `::tsquery`, so the tokens are taken as they
 * are): a phrase's tokens in a row (`<->`), a one-character query as a prefix (`:*`), every term
 * required.
 */
export function toTsQuery(terms: QueryTerm[]): string {
  return terms
    .map((term) =>
      term.kind === "prefix"
        ? `${quoteLexeme(term.token)}:*`
        : `(${term.tokens.map(quoteLexeme).join(" <-> ")})`,
    )
    .join(" & ");
}
