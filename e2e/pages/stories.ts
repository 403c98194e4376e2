import type { Locator } from "@playwright/test";

// Every list of stories (home sections, topic and title pages, search results, saved, history) renders the same
// card: an <article> whose heading links to the story. One definition, so a card change is mended once.

/** The headline links of the story cards inside `scope`. */
export function storyLinks(scope: Locator): Locator {
  return scope.getByRole("article").getByRole("heading").getByRole("link");
}
