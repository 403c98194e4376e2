import "server-only";
import { sql } from "drizzle-orm";
import { LRUCache } from "lru-cache";
import type { Database } from "../open";
import { estimateRows, type Tx } from "./search-sql";

// What share of the articles hold all of a search's words, by the planner's statistics — from each word's share,
// kept in memory, since searches nobody made before are still made of words many searches share. The planner
// itself multiplies the words' shares for words joined by AND or a phrase operator (tsquery_opr_selec), and the
// other conditions of a scope multiply in the same way, so the product is the ratio it would give for the whole
// query in any scope; asking it once per word spares every later search that planning (an EXPLAIN of two selects,
// ~2 ms of a ~9 ms search in WebAssembly on PGlite). Other queries ("or", "-word") are asked as they are.

/** How long a word's share is trusted: the statistics behind it change only when the table is analysed. */
const KEPT_MS = 10 * 60_000;
/** Words kept per database (a few dozen bytes each). */
const MAX_WORDS = 50_000;

const byDatabase = new WeakMap<object, LRUCache<string, number>>();

function sharesOf(db: Database): LRUCache<string, number> {
  let shares = byDatabase.get(db);
  if (!shares) {
    shares = new LRUCache<string, number>({ max: MAX_WORDS, ttl: KEPT_MS });
    byDatabase.set(db, shares);
  }
  return shares;
}

// A lexeme as a tsquery's text writes it ('…', a quote inside doubled), and the operators that only AND: "&",
// "<->" and "<N>" (a phrase), with parentheses. Anything else (|, !, a weight or prefix after ":") is not matched.
const LEXEME = /'(?:[^']|'')*'/y;
const AND_OPERATOR = /\s*(?:&|<\d*-?>|[()])\s*/y;

/** The lexemes (as written, quotes included) of a tsquery's text that only ANDs them, else null. */
export function andedLexemes(terms: string): string[] | null {
  const lexemes: string[] = [];
  let at = 0;
  while (at < terms.length) {
    LEXEME.lastIndex = at;
    const lexeme = LEXEME.exec(terms);
    if (lexeme) {
      // A weight or prefix (":A", ":*") follows the closing quote directly and has a selectivity of its own.
      if (terms[LEXEME.lastIndex] === ":") return null;
      lexemes.push(lexeme[0]);
      at = LEXEME.lastIndex;
      continue;
    }
    AND_OPERATOR.lastIndex = at;
    const operator = AND_OPERATOR.exec(terms);
    if (!operator || operator[0].length === 0) return null;
    at = AND_OPERATOR.lastIndex;
  }
  return lexemes.length > 0 ? lexemes : null;
}

/**
 * The planner's estimate of the share of articles matching `terms` (a tsquery's text), from the words' kept shares
 * (asking it for the words it has not been asked about, in one EXPLAIN); undefined when `terms` does more than AND
 * its words.
 */
export async function estimatedShare(db: Database, tx: Tx, terms: string): Promise<number | undefined> {
  const lexemes = andedLexemes(terms);
  if (!lexemes) return undefined;
  const shares = sharesOf(db);
  const known = new Map<string, number>();
  for (const lexeme of lexemes) {
    const share = shares.get(lexeme);
    if (share !== undefined) known.set(lexeme, share);
  }
  const missing = [...new Set(lexemes)].filter((lexeme) => !known.has(lexeme));
  if (missing.length > 0) {
    const [all, ...rows] = await estimateRows(tx, [
      sql`true`,
      ...missing.map((lexeme) => sql`a.search @@ ${lexeme}::tsquery`),
    ]);
    const total = Math.max(1, all ?? 0);
    missing.forEach((lexeme, i) => {
      const share = Math.min(1, (rows[i] ?? 0) / total);
      known.set(lexeme, share);
      shares.set(lexeme, share);
    });
  }
  return lexemes.reduce((product, lexeme) => product * (known.get(lexeme) ?? 0), 1);
}
