import { HIGHLIGHT_START, HIGHLIGHT_STOP } from "@/lib/content/search-marks";
import type { HitRow } from "./search-sql";

// A search's highlights are made here rather than by ts_headline, which parses and stems every word of every shown
// headline and standfirst again, in every search (~1.2 ms of a ~7 ms search on PGlite, for 20 cards: 17 % of its
// time in the database). The words are cut as the
// default parser cuts them, near enough for highlights (letters and digits, joined by hyphens; an apostrophe
// ends a word), and a word is marked when one of its lexemes (asked of the database once per word and
// kept: lexemesOfWords in search-shared.ts) is one of the query's. What is marked never decides what is found.

const WORD = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu;
// A lexeme in a tsquery's text ('…', a quote inside doubled), negated when a "!" stands before it, a prefix
// when ":*" (with or without weights) follows it.
const QUERY_LEXEME = /(!\s*)?'((?:[^']|'')*)'(:[A-D]*\*?[A-D]*)?/g;
const LEXEME = /'((?:[^']|'')*)'/g;

/** A lexeme as written between quotes in a tsquery's or tsvector's text, its doubled quotes undone. */
const unquoted = (written: string) => written.replaceAll("''", "'");

/** The words of `text` as a lexeme is asked for them (lower case), once each. */
export function wordsOf(text: string): string[] {
  return [...new Set(Array.from(text.matchAll(WORD), (match) => match[0].toLowerCase()))];
}

/** The lexemes a tsquery's text looks for (not the ones it excludes), whole and as prefixes. */
export function queryLexemes(terms: string): { whole: Set<string>; prefixes: string[] } {
  const whole = new Set<string>();
  const prefixes: string[] = [];
  for (const [, negated, quoted = "", suffix] of terms.matchAll(QUERY_LEXEME)) {
    if (negated) continue;
    const lexeme = unquoted(quoted);
    if (suffix?.includes("*")) prefixes.push(lexeme);
    else whole.add(lexeme);
  }
  return { whole, prefixes };
}

/** The lexemes of a tsvector's text (`'word':1 'other':2,3`). */
export function lexemesOfVector(vector: string): string[] {
  return Array.from(vector.matchAll(LEXEME), (match) => unquoted(match[1] ?? ""));
}

/**
 * `text` with every word for which `matches` holds marked. With `maxWords`, a longer text is cut to that many
 * words, from a few before its first marked word (or from its start), as ts_headline's MaxWords cuts it.
 */
export function markWords(text: string, matches: (word: string) => boolean, maxWords?: number): string {
  const words = Array.from(text.matchAll(WORD), (match) => ({
    start: match.index,
    end: match.index + match[0].length,
    marked: matches(match[0].toLowerCase()),
  }));
  let from = 0;
  let to = words.length;
  if (maxWords !== undefined && words.length > maxWords) {
    const first = words.findIndex((word) => word.marked);
    // A few words of lead-in, never so many that the first marked word falls outside.
    const lead = Math.min(5, Math.floor(maxWords / 4));
    from = Math.max(0, Math.min(first - lead, words.length - maxWords));
    to = from + maxWords;
  }
  let out = "";
  let at = from === 0 ? 0 : (words[from]?.start ?? 0);
  for (const word of words.slice(from, to)) {
    out += text.slice(at, word.start);
    const shown = text.slice(word.start, word.end);
    out += word.marked ? `${HIGHLIGHT_START}${shown}${HIGHLIGHT_STOP}` : shown;
    at = word.end;
  }
  const end = to === words.length ? text.length : (words[to - 1]?.end ?? text.length);
  return out + text.slice(at, end);
}

/** How many words of a standfirst a hit shows (as ts_headline's MaxWords would). */
export const STANDFIRST_MAX_WORDS = 40;

/**
 * `rows` with their highlights: the headline whole, the standfirst to STANDFIRST_MAX_WORDS words, every word
 * marked whose lexemes (from `lexemesOf`, given the words in lower case) hold one that `terms` looks for.
 */
export async function markHits<Row extends HitRow>(
  rows: Row[],
  terms: string,
  lexemesOf: (words: string[]) => Promise<Map<string, readonly string[]>>,
): Promise<Row[]> {
  const shown = rows.filter((row) => typeof row.headline === "string");
  if (shown.length === 0) return rows;
  const words = shown.flatMap((row) => [...wordsOf(row.headline ?? ""), ...wordsOf(row.standfirst ?? "")]);
  const lexemes = await lexemesOf([...new Set(words)]);
  const { whole, prefixes } = queryLexemes(terms);
  const matches = (word: string) =>
    (lexemes.get(word) ?? []).some(
      (lexeme) => whole.has(lexeme) || prefixes.some((prefix) => lexeme.startsWith(prefix)),
    );
  return rows.map((row) =>
    typeof row.headline === "string"
      ? {
          ...row,
          headline_marked: markWords(row.headline, matches),
          standfirst_marked: markWords(row.standfirst ?? "", matches, STANDFIRST_MAX_WORDS),
        }
      : row,
  );
}
