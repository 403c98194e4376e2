import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { PgDialect } from "drizzle-orm/pg-core";
import { LRUCache } from "lru-cache";
import { executePrepared, type Database } from "../open";
import { lexemesOfVector } from "./search-highlight";
import { estimateRows, type Tx } from "./search-sql";

// What searches share, kept in memory: searches nobody made before are still made of words, and run in scopes, that
// many searches share (search.ts chooses its plan by these).
// - A query's share of the articles, from each word's share: the planner itself rates words joined by AND or a
//   phrase operator as the product of their shares (tsquery_opr_selec), and a scope's other conditions multiply
//   in the same way, so the product is the ratio it would give for the whole query in any scope. Queries with
//   "or" or "-word" are not rated here (the caller asks for them whole). Asking the planner is an EXPLAIN, ~2 ms
//   of a ~9 ms search in WebAssembly on PGlite.
// - How many articles a scope holds, by the planner (the default scope, or a title, topic or dates as filtered).
// - Where a scope's newest N articles begin (the cutoff of a window of the newest articles): finding it walks N
//   entries of an index, ~18 ms for N = 17,000 on PGlite. Kept, the window only grows by what is published
//   meanwhile (newer articles are in it), which the plan that uses it allows for.
// - Each word's lexemes, for the highlights of the cards a search shows (search-highlight.ts): they depend on the
//   text search configuration alone.

/** How long anything is kept: the statistics change only when the table is analysed, windows grow slowly. */
const KEPT_MS = 10 * 60_000;
/** Words (or scopes, or windows) kept per database, a few dozen bytes each. */
const MAX_KEPT = 50_000;

type Store<V extends string | number | readonly string[]> = LRUCache<string, V>;
interface Stores {
  words: Store<number>;
  scopes: Store<number>;
  cutoffs: Store<string>;
  lexemes: Store<readonly string[]>;
}
const kept = new WeakMap<object, Stores>();

function keptFor(db: Database) {
  let stores = kept.get(db);
  if (!stores) {
    const options = { max: MAX_KEPT, ttl: KEPT_MS };
    stores = {
      words: new LRUCache(options),
      scopes: new LRUCache(options),
      cutoffs: new LRUCache(options),
      lexemes: new LRUCache(options),
    };
    kept.set(db, stores);
  }
  return stores;
}

/** Forgets what was kept for `db`: after a bulk load and ANALYZE, when the estimates must follow at once. */
export function forgetSearchShared(db: Database): void {
  kept.delete(db);
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

/** A lexeme no article holds (the parser never keeps a space in one): rated with the planner's flat guess. */
const UNKNOWN = "'no such word'";

/**
 * The planner's estimate of the share of articles matching `terms` (a tsquery's text), from the words' kept shares
 * (asking it for the words it has not been asked about, in one EXPLAIN), and whether it measured every word (rated
 * above its guess for a word it has no statistics for); undefined when `terms` does more than AND its words.
 */
export async function estimatedShare(
  db: Database,
  tx: Tx,
  terms: string,
): Promise<{ share: number; measured: boolean } | undefined> {
  const lexemes = andedLexemes(terms);
  if (!lexemes) return undefined;
  const known = await keptOrLoadMissing(keptFor(db).words, [...lexemes, UNKNOWN], async (missing) => {
    const [all, ...rows] = await estimateRows(tx, [
      sql`true`,
      ...missing.map((lexeme) => sql`a.search @@ ${lexeme}::tsquery`),
    ]);
    const total = Math.max(1, all ?? 0);
    return missing.map((_, i) => Math.min(1, (rows[i] ?? 0) / total));
  });
  const shareOf = (lexeme: string) => known.get(lexeme) ?? 0;
  return {
    share: lexemes.reduce((product, lexeme) => product * shareOf(lexeme), 1),
    measured: lexemes.every((lexeme) => shareOf(lexeme) > shareOf(UNKNOWN)),
  };
}

const dialect = new PgDialect();

const keyOf = (scope: SQL) => JSON.stringify(dialect.sqlToQuery(scope));

/**
 * What `store` keeps under each of `keys`, and for the others what `load` answers (one value per missing key, in
 * order), kept. Read into a map of the caller's own: what the store evicts meanwhile is still known there.
 */
async function keptOrLoadMissing<V extends number | readonly string[]>(
  store: Store<V>,
  keys: readonly string[],
  load: (missing: string[]) => Promise<V[]>,
): Promise<Map<string, V>> {
  const known = new Map<string, V>();
  const missing: string[] = [];
  for (const key of new Set(keys)) {
    const value = store.get(key);
    if (value !== undefined) known.set(key, value);
    else missing.push(key);
  }
  if (missing.length === 0) return known;
  const loaded = await load(missing);
  missing.forEach((key, i) => {
    const value = loaded[i];
    if (value === undefined) return;
    known.set(key, value);
    store.set(key, value);
  });
  return known;
}

/** What `store` keeps under `key`, or what `load` answers, kept. */
async function keptOr<V extends string | number | readonly string[]>(
  store: Store<V>,
  key: string,
  load: () => Promise<V>,
): Promise<V> {
  const known = store.get(key);
  if (known !== undefined) return known;
  const loaded = await load();
  store.set(key, loaded);
  return loaded;
}

/** The planner's estimate of how many articles `scope` holds, kept per scope (its text and values). */
export function estimatedRowsInScope(db: Database, tx: Tx, scope: SQL): Promise<number> {
  return keptOr(keptFor(db).scopes, keyOf(scope), async () =>
    Math.max(1, (await estimateRows(tx, [scope]))[0] ?? 0),
  );
}

/** No article at that offset: the scope holds fewer than the window. */
const NONE = "";

/**
 * When the newest `window` articles of `scope` begin (`find` answers it, undefined when the scope holds fewer), kept
 * per scope and window.
 */
export async function keptCutoff(
  db: Database,
  scope: SQL,
  window: number,
  find: () => Promise<string | undefined>,
): Promise<string | undefined> {
  const cutoff = await keptOr(
    keptFor(db).cutoffs,
    `${window} ${keyOf(scope)}`,
    async () => (await find()) ?? NONE,
  );
  return cutoff === NONE ? undefined : cutoff;
}

/**
 * The lexemes each of `words` (lower case, as search-highlight.ts cuts them) stands for under the 'english'
 * configuration, none for a stop word: kept per word, the words of a search's cards being mostly ones other
 * searches showed; the others asked in one statement.
 */
export function lexemesOfWords(
  db: Database,
  tx: Tx,
  words: readonly string[],
): Promise<Map<string, readonly string[]>> {
  return keptOrLoadMissing(keptFor(db).lexemes, words, async (missing) => {
    const rows = await executePrepared<{ word: string; vector: string }>(
      tx,
      sql`select w as word, to_tsvector('english', w)::text as vector from json_array_elements_text(${JSON.stringify(missing)}::json) w`,
      { planKeptOn: db },
    );
    const vectors = new Map(rows.map(({ word, vector }) => [word, vector]));
    return missing.map((word) => lexemesOfVector(vectors.get(word) ?? ""));
  });
}
