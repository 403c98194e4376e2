import { describe, expect, it } from "vitest";
import { HIGHLIGHT_START as S, HIGHLIGHT_STOP as E } from "@/lib/content/search-marks";
import { lexemesOfVector, markHits, markWords, queryLexemes, wordsOf } from "./search-highlight";

// The marking alone; search.test.ts checks it against the database's own lexemes, on both engines.

describe("search highlights", () => {
  it("cuts words as the parser does, near enough: hyphens join, apostrophes and punctuation end", () => {
    expect(wordsOf("Half-term plans: the Mayor's 2027 budget, the MAYOR's café")).toEqual([
      "half-term",
      "plans",
      "the",
      "mayor",
      "s",
      "2027",
      "budget",
      "café",
    ]);
  });

  it("reads what a query looks for, leaving out what it excludes", () => {
    const { whole, prefixes } = queryLexemes(`'council' & !'budget' & 'it''s' <-> 'rain':*`);
    expect([...whole]).toEqual(["council", "it's"]);
    expect(prefixes).toEqual(["rain"]);
    expect(lexemesOfVector(`'half':2 'half-term':1 'term':3`)).toEqual(["half", "half-term", "term"]);
  });

  it("marks the matching words and keeps everything between them", () => {
    const marked = markWords("Floods: councils ready, council says", (word) => word.startsWith("council"));
    expect(marked).toBe(`Floods: ${S}councils${E} ready, ${S}council${E} says`);
    expect(markWords("", () => true)).toBe("");
    expect(markWords("-- !!", () => true)).toBe("-- !!");
  });

  it("cuts a long text to its words around the first match, and a text without one from its start", () => {
    const text = Array.from({ length: 60 }, (_, i) => `w${i}`).join(" ");
    const around = markWords(text, (word) => word === "w30", 10);
    expect(around).toBe(`w28 w29 ${S}w30${E} w31 w32 w33 w34 w35 w36 w37`);
    expect(markWords(text, (word) => word === "w10", 40).split(" ")[0]).toBe("w5");
    expect(markWords(text, () => false, 3)).toBe("w0 w1 w2");
    expect(markWords(text, (word) => word === "w59", 4)).toBe(`w56 w57 w58 ${S}w59${E}`);
  });

  it("marks rows from the lexemes it is given, asking once for all their words", async () => {
    const asked: string[][] = [];
    const lexemes = new Map<string, readonly string[]>([
      ["glaciers", ["glacier"]],
      ["retreat", ["retreat"]],
      ["the", []],
    ]);
    const rows = await markHits(
      [
        { found: 1, considered: 1, rank: 1, id: 1, headline: "Glaciers retreat", standfirst: "The glaciers" },
        { found: 1, considered: 1, rank: null, headline_marked: "", standfirst_marked: "" },
      ],
      `'glacier'`,
      async (words) => {
        asked.push(words);
        return lexemes;
      },
    );
    expect(asked).toEqual([["glaciers", "retreat", "the"]]);
    expect(rows[0]).toMatchObject({
      headline_marked: `${S}Glaciers${E} retreat`,
      standfirst_marked: `The ${S}glaciers${E}`,
    });
    expect(rows[1]).toEqual({
      found: 1,
      considered: 1,
      rank: null,
      headline_marked: "",
      standfirst_marked: "",
    });
  });
});
