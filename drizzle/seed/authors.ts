import type { PublisherSeed } from "./catalogue";
import { createRng, slugify } from "./prng";
import { firstNames, lastNames } from "./text/names";

// Staff writers: three to six per title, names combined from invented first/last lists.

export interface AuthorSeed {
  slug: string;
  name: string;
  publisherSlug: string;
  bio: string;
}

const beats = [
  "politics",
  "the economy",
  "health",
  "science",
  "culture",
  "sport",
  "the environment",
  "local affairs",
  "technology",
  "education",
];

export function buildAuthors(seed: number, publishers: readonly PublisherSeed[]): AuthorSeed[] {
  const rng = createRng(seed ^ 0x5eed);
  const out: AuthorSeed[] = [];
  const used = new Set<string>();
  for (const publisher of publishers) {
    const count = rng.int(3, 6);
    for (let i = 0; i < count; i++) {
      const name = `${rng.pick(firstNames)} ${rng.pick(lastNames)}`;
      let slug = slugify(name);
      for (let n = 2; used.has(slug); n++) slug = `${slugify(name)}-${n}`;
      used.add(slug);
      out.push({
        slug,
        name,
        publisherSlug: publisher.slug,
        bio: `${name.split(" ")[0] ?? name} writes about ${rng.pick(beats)} for ${publisher.name}.`,
      });
    }
  }
  return out;
}
