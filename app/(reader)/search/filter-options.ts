import type { PublisherSummary, TopicSummary } from "@/lib/content/publishers-and-topics";
import { formatCountry } from "@/lib/content/format";

// The search form's choices, made on the server: country names and the order of groups come from the server's
// Intl (a browser's could name or sort them differently and break hydration), and only what the form shows goes
// into the page's RSC payload (a title's description and logo stay out).

export interface FilterOption {
  slug: string;
  name: string;
}

export interface FilterGroup {
  label: string;
  options: FilterOption[];
}

/** A select's choices: flat, or under group labels (A–Z). */
export type FilterChoices = { options: FilterOption[] } | { groups: FilterGroup[] };

/** Titles by country (A–Z), each country's titles in the order given (the list is by name). */
export function titleChoices(publishers: PublisherSummary[]): FilterChoices {
  return groupChoices(
    publishers.map((p) => ({ slug: p.slug, name: p.name, group: formatCountry(p.country) })),
  );
}

export function topicChoices(topics: TopicSummary[]): FilterChoices {
  return { options: topics.map((t) => ({ slug: t.slug, name: t.name })) };
}

/** Grouped when every option has a group; else one flat list. */
function groupChoices(options: (FilterOption & { group: string })[]): FilterChoices {
  const groups = new Map<string, FilterOption[]>();
  for (const { group, ...option } of options) {
    const members = groups.get(group);
    if (members) members.push(option);
    else groups.set(group, [option]);
  }
  if (groups.has("")) return { options: options.map(({ slug, name }) => ({ slug, name })) };
  return {
    groups: [...groups.entries()]
      .sort(([a], [b]) => a.localeCompare(b, "en-GB"))
      .map(([label, members]) => ({ label, options: members })),
  };
}
