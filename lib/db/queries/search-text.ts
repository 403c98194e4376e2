// What reaches websearch_to_tsquery. It accepts any text, but PostgreSQL parses it on a fixed-size
// operator stack: a run of "-" with no word after it (33 hyphens, or "- - - …") nests NOTs with nothing
// to negate and fails with "tsquery stack too small". A "-" only negates when a word or a quoted phrase follows, so
// every other "-" becomes a space and a run of them one "-"; nothing a reader means is lost.
const LONE_HYPHENS = /-+(?![\p{L}\p{N}"])/gu;
const HYPHEN_RUN = /-{2,}/g;
/** More words than anyone searches for; each is an operand, so this also bounds the tsquery. */
export const MAX_SEARCH_TERMS = 32;

export function toSearchText(q: string): string {
  const words = q.replace(LONE_HYPHENS, " ").replace(HYPHEN_RUN, "-").trim().split(/\s+/);
  return words.slice(0, MAX_SEARCH_TERMS).join(" ");
}

/**
 * A database error that the reader's text caused rather than a fault (a limit of the tsquery parser,
 * invalid text): answered as "nothing matched", never a 500. SQLSTATE classes 22 (data exception) and
 * 54 (program limit exceeded), however the driver wraps them.
 */
export function isSearchTextError(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 4; depth += 1) {
    const code = typeof e === "object" && "code" in e ? (e as { code?: unknown }).code : undefined;
    if (typeof code === "string" && /^(22|54)/.test(code)) return true;
    e = e instanceof Error ? e.cause : undefined;
  }
  return false;
}
