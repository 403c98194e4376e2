import { countries } from "./catalogue";
import { heroesForTopic, type HeroImage } from "./images";
import { createRng, mixSeed, shortId, slugify } from "./prng";
import { writeArticle } from "./text/article";
import { kindPools } from "./text/kinds";
import { packFor } from "./text/packs";
import { buildSlots } from "./text/story";

// Turns an article index into a complete article row. Each index has its own PRNG stream,
// so batches can be generated independently and the same index always gives the same slug.

export interface CatalogueRefs {
  publishers: { id: number; slug: string; country: string; websiteUrl: string | null }[];
  topics: { id: number; slug: string }[];
  authorsByPublisher: Map<number, number[]>;
}

export interface GeneratedArticle {
  row: {
    slug: string;
    publisherId: number;
    topicId: number;
    headline: string;
    standfirst: string;
    teaserHtml: string;
    bodyHtml: string;
    heroImageUrl: string;
    heroImageAlt: string;
    heroImageCaption: string;
    heroImageCredit: string;
    heroImageWidth: number;
    heroImageHeight: number;
    wordCount: number;
    readingMinutes: number;
    canonicalUrl: string;
    sourceGuid: string;
    status: "published";
    popularity: number;
    publishedAt: Date;
    updatedAt: Date;
  };
  authorIds: number[];
}

const DAY_MS = 86_400_000;
const allPlaces = countries.flatMap((c) => c.places);
const placesByCountry = new Map(countries.map((c) => [c.code, c.places]));
const heroCache = new Map<string, readonly HeroImage[]>();

function placesFor(topicSlug: string, country: string): readonly string[] {
  if (topicSlug === "uk") return placesByCountry.get("GB") ?? allPlaces;
  if (topicSlug === "us") return placesByCountry.get("US") ?? allPlaces;
  return placesByCountry.get(country) ?? allPlaces;
}

export function generateArticle(
  index: number,
  seed: number,
  refs: CatalogueRefs,
  now: number,
  spanDays = 30,
  /** Another draw for the same index (the seed asks again when a headline repeats within a week). */
  attempt = 0,
): GeneratedArticle {
  const stream = mixSeed(seed, index);
  const rng = createRng(attempt === 0 ? stream : mixSeed(stream, attempt));
  const publisher = rng.pick(refs.publishers);
  const topic = rng.pick(refs.topics);
  const story = rng.pick(packFor(topic.slug).stories);
  const slots = buildSlots(
    rng,
    placesFor(topic.slug, publisher.country),
    allPlaces,
    kindPools[story.kind].roles,
  );
  const text = writeArticle(rng, story, slots);
  let heroes = heroCache.get(topic.slug);
  if (!heroes) heroCache.set(topic.slug, (heroes = heroesForTopic(topic.slug)));
  const hero = rng.pick(heroes);
  const slug = `${slugify(text.headline, 60)}-${shortId(index, seed)}`;
  const authors = refs.authorsByPublisher.get(publisher.id) ?? [];
  const authorIds = authors.length === 0 ? [] : [rng.pick(authors)];
  const second = authors.length > 1 && rng.chance(0.25) ? rng.pick(authors) : undefined;
  if (second !== undefined && second !== authorIds[0]) authorIds.push(second);
  // Skewed towards low values: a few articles are very popular, most are not.
  const popularity = Math.floor(rng.next() ** 3 * 1000);
  const publishedAt = new Date(now - rng.next() * spanDays * DAY_MS);
  const updatedAt = rng.chance(0.2)
    ? new Date(Math.min(now, publishedAt.getTime() + rng.int(10, 300) * 60_000))
    : publishedAt;
  return {
    row: {
      slug,
      publisherId: publisher.id,
      topicId: topic.id,
      headline: text.headline,
      standfirst: text.standfirst,
      teaserHtml: text.teaserHtml,
      bodyHtml: text.bodyHtml,
      heroImageUrl: hero.url,
      heroImageAlt: hero.alt,
      heroImageCaption: text.caption,
      heroImageCredit: "Illustration: Newsstand sample art",
      heroImageWidth: hero.width,
      heroImageHeight: hero.height,
      wordCount: text.wordCount,
      readingMinutes: text.readingMinutes,
      canonicalUrl: `${publisher.websiteUrl ?? `https://${publisher.slug}.example`}/articles/${slug}`,
      sourceGuid: `seed-${seed}-${index}`,
      status: "published",
      popularity,
      publishedAt,
      updatedAt,
    },
    authorIds,
  };
}
