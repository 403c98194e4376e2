// What each topic contributes to an article: whole stories, each written as one piece so its headline,
// standfirst, lead, facts and caption agree. Templates have {slots} filled per article.

/** What sort of story it is: chooses the quotes, background, roles and subheads that fit it (see kinds.ts). */
export type StoryKind =
  "decision" | "event" | "sport" | "business" | "research" | "arts" | "opinion" | "people";

export interface Story {
  kind: StoryKind;
  headline: string;
  standfirst: string;
  /** The first paragraph. */
  lead: string;
  /** Facts of this story only; the first is the second paragraph. */
  details: readonly string[];
  caption: string;
}

export interface TopicPack {
  stories: readonly Story[];
}

export function story(
  kind: StoryKind,
  headline: string,
  standfirst: string,
  lead: string,
  details: readonly string[],
  caption: string,
): Story {
  return { kind, headline, standfirst, lead, details, caption };
}
