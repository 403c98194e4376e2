// Which topic a feed item goes under, as rules an editor can read and change: the first of the item's categories
// that contains one of a rule's words picks that rule's topic (rules are tried top to bottom); an item none
// matches goes under its title's default topic (feed_states.default_topic_slug), else by the title's country.

export const topicRules: readonly { topic: string; words: readonly string[] }[] = [
  { topic: "opinion", words: ["opinion", "comment", "column", "editorial", "letters"] },
  { topic: "good-news", words: ["good news", "solutions", "uplifting"] },
  { topic: "sport", words: ["sport", "football", "cricket", "rugby", "tennis", "athletics", "match"] },
  { topic: "politics", words: ["politic", "election", "parliament", "government", "council", "policy"] },
  { topic: "business", words: ["business", "economy", "market", "finance", "money", "jobs", "trade"] },
  { topic: "technology", words: ["tech", "digital", "software", "internet", "computing"] },
  { topic: "science", words: ["science", "research", "space", "astronomy"] },
  { topic: "health", words: ["health", "medicine", "hospital", "nhs", "wellbeing"] },
  { topic: "environment", words: ["environment", "climate", "nature", "energy", "weather", "wildlife"] },
  { topic: "culture", words: ["culture", "arts", "books", "film", "music", "theatre", "stage", "tv"] },
  { topic: "world", words: ["world", "international", "global", "foreign"] },
];

const defaultByCountry: Record<string, string> = { GB: "uk", US: "us" };

/** The topic slug for an item's categories, given its title's default and country. */
export function chooseTopic(
  categories: readonly string[],
  titleDefault: string | null,
  country: string,
): string {
  for (const category of categories) {
    const lower = category.toLowerCase();
    const rule = topicRules.find((r) => lower === r.topic || r.words.some((word) => lower.includes(word)));
    if (rule) return rule.topic;
  }
  return titleDefault ?? defaultByCountry[country] ?? "world";
}
