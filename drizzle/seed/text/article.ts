import { estimateReadingMinutes } from "../../../lib/content/format";
import type { Rng } from "../prng";
import { pickDistinct } from "../prng";
import { kindPools } from "./kinds";
import { fill, type Slots } from "./story";
import type { Story } from "./topic-pack";

// One article's text: one story's headline, standfirst and an HTML body of 6–14 paragraphs whose first
// two paragraphs, exactly, are the teaser. Templates are drawn without replacement, so no
// sentence repeats within an article.

export interface ArticleText {
  headline: string;
  standfirst: string;
  bodyHtml: string;
  teaserHtml: string;
  caption: string;
  wordCount: number;
  readingMinutes: number;
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function countWords(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = text.charCodeAt(i) <= 32;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

/**
 * News style: a person is named in full, with their role, once; after that by surname ("Aldous said").
 * Templates cannot know which of them comes first, so the story is edited after filling.
 */
export function nameOnce(paragraphs: string[], full = "", role = "", last = ""): string[] {
  if (!full || !last) return paragraphs;
  const introduction = `${full}, ${role}`;
  let introduced = false;
  return paragraphs.map((paragraph) =>
    paragraph.split(full).reduce((text, rest) => {
      if (!introduced) {
        introduced = true;
        return `${text}${full}${rest}`;
      }
      if (!role || !`${full}${rest}`.startsWith(introduction)) return `${text}${last}${rest}`;
      const after = rest.slice(introduction.length - full.length);
      // "X, the mayor, was cautious" → "X was cautious"; "X, the mayor, who…" and "X, the mayor, \"…" keep the comma.
      return /^, [a-z]/.test(after) && !after.startsWith(", who")
        ? `${text}${last} ${after.slice(2)}`
        : `${text}${last}${after}`;
    }),
  );
}

/** Writes one story: its own headline, standfirst, lead, facts and caption, with paragraphs of its kind around them. */
export function writeArticle(rng: Rng, story: Story, slots: Slots): ArticleText {
  const pool = kindPools[story.kind];
  const headline = capitalise(fill(story.headline, slots));
  const standfirst = fill(story.standfirst, slots);
  const [first, ...facts] = story.details;
  const paragraphCount = rng.int(6, 14);
  // Middle paragraphs: the story's other facts mixed with quotes and background of its kind.
  const shared = [...facts, ...pickDistinct(rng, pool.quotes, 8), ...pickDistinct(rng, pool.context, 10)];
  const middleCount = Math.min(paragraphCount - 3, shared.length);
  const drawn = pickDistinct(rng, shared, rng.int(Math.min(shared.length, middleCount + 3), shared.length));
  const middle = drawn.slice(0, middleCount).map((t) => [t]);
  // Left-over sentences become second or third sentences, so paragraphs vary in length.
  for (const extra of drawn.slice(middleCount)) middle[rng.int(0, middle.length - 1)]?.push(extra);
  const groups = [[story.lead], [first ?? ""], ...middle, [rng.pick(pool.outlook)]];
  const filled = groups.map((group) => group.map((t) => capitalise(fill(t, slots))).join(" "));
  const people: [string | undefined, string | undefined, string | undefined][] = [
    [slots.hero, "", slots.heroLast],
    [slots.person, slots.role, slots.last],
    [slots.personB, slots.roleB, slots.lastB],
  ];
  const sentences = people.reduce((text, [full, role, last]) => nameOnce(text, full, role, last), filled);
  const paragraphs = sentences.map((s) => `<p>${escapeHtml(s)}</p>`);
  let words = countWords(sentences.join(" "));
  const parts = [...paragraphs];
  // Never inside the teaser: the free part is exactly the first two paragraphs.
  if (paragraphs.length > 5 && rng.chance(0.45)) {
    const subhead = rng.pick(pool.subheads);
    parts.splice(rng.int(3, paragraphs.length - 2), 0, `<h2>${escapeHtml(subhead)}</h2>`);
    words += countWords(subhead);
  }
  if (paragraphs.length > 7 && rng.chance(0.3)) {
    const pull = rng.pick(pool.pullQuotes);
    parts.splice(rng.int(4, parts.length - 1), 0, `<blockquote><p>${escapeHtml(pull)}</p></blockquote>`);
    words += countWords(pull);
  }
  return {
    headline,
    standfirst,
    bodyHtml: parts.join("\n"),
    teaserHtml: paragraphs.slice(0, 2).join("\n"),
    caption: capitalise(fill(story.caption, slots)),
    wordCount: words,
    readingMinutes: estimateReadingMinutes(words),
  };
}
