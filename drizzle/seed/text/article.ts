import type { Rng } from "../prng";
import { pickDistinct } from "../prng";
import { context, outlook, pullQuotes, quotes } from "./common";
import { fill, type Slots } from "./story";
import type { TopicPack } from "./topic-pack";

// One article's text: headline, standfirst and an HTML body of 6–14 paragraphs whose first
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

const WORDS_PER_MINUTE = 230;

export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

// A standfirst without a specific {slot} would repeat word for word on a page of cards: anchor it in the story's place.
const standfirstFrames = ["In {place}, {s}", "{S} — and {place} is watching.", "{S}, people in {place} say."];

function placeStandfirst(rng: Rng, template: string): string {
  if (/\{(place|person|company|team|big|money)\}/.test(template)) return template;
  const frame = rng.pick(standfirstFrames);
  const bare = template.replace(/\.$/, "");
  return frame.replace("{s}", template.charAt(0).toLowerCase() + template.slice(1)).replace("{S}", bare);
}

function capitalise(text: string): string {
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

export function writeArticle(rng: Rng, pack: TopicPack, slots: Slots): ArticleText {
  const headline = fill(rng.pick(pack.headlines), slots);
  const standfirst = fill(placeStandfirst(rng, rng.pick(pack.standfirsts)), slots);
  const [lead, ...details] = pickDistinct(rng, pack.leads, 1).concat(
    pickDistinct(rng, pack.details, pack.details.length),
  );
  const paragraphCount = rng.int(6, 14);
  // Middle paragraphs: the remaining topic details mixed with quotes and background.
  const pool = [...details.slice(1), ...pickDistinct(rng, quotes, 8), ...pickDistinct(rng, context, 10)];
  const middleCount = Math.min(paragraphCount - 3, pool.length);
  const drawn = pickDistinct(rng, pool, rng.int(Math.min(pool.length, middleCount + 3), pool.length));
  const middle = drawn.slice(0, middleCount).map((t) => [t]);
  // Left-over sentences become second or third sentences, so paragraphs vary in length.
  for (const extra of drawn.slice(middleCount)) middle[rng.int(0, middle.length - 1)]?.push(extra);
  const groups = [[lead ?? ""], [details[0] ?? ""], ...middle, [rng.pick(outlook)]];
  const filled = groups.map((group) => group.map((t) => capitalise(fill(t, slots))).join(" "));
  const sentences = nameOnce(
    nameOnce(filled, slots.person, slots.role, slots.last),
    slots.personB,
    slots.roleB,
    slots.lastB,
  );
  const paragraphs = sentences.map((s) => `<p>${escapeHtml(s)}</p>`);
  let words = countWords(sentences.join(" "));
  const parts = [...paragraphs];
  // Never inside the teaser: the free part is exactly the first two paragraphs.
  if (paragraphs.length > 5 && rng.chance(0.45)) {
    const subhead = rng.pick(pack.subheads);
    parts.splice(rng.int(3, paragraphs.length - 2), 0, `<h2>${escapeHtml(subhead)}</h2>`);
    words += countWords(subhead);
  }
  if (paragraphs.length > 7 && rng.chance(0.3)) {
    const pull = rng.pick(pullQuotes);
    parts.splice(rng.int(4, parts.length - 1), 0, `<blockquote><p>${escapeHtml(pull)}</p></blockquote>`);
    words += countWords(pull);
  }
  return {
    headline,
    standfirst,
    bodyHtml: parts.join("\n"),
    teaserHtml: paragraphs.slice(0, 2).join("\n"),
    caption: fill(rng.pick(pack.captions), slots),
    wordCount: words,
    readingMinutes: Math.max(1, Math.round(words / WORDS_PER_MINUTE)),
  };
}
