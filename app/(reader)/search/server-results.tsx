import { MuteAware } from "@/app/_components/mute-aware";
import { MutedNotice } from "@/app/_components/muted-notice";
import { getCurrentUser } from "@/lib/auth/session";
import { getPublishers, getTopics } from "@/lib/content/publishers-and-topics";
import { parseSearchParams, type RawSearchParams } from "@/lib/content/params";
import { describeSearch, runSearch } from "@/lib/content/search";
import { WITHOUT_SCRIPT_PARAM, WITHOUT_SCRIPT_VALUE } from "@/lib/content/search-without-script";
import { hideMuted } from "@/lib/personal/mutes";
import { titleChoices, topicChoices } from "./filter-options";
import { SearchForm } from "./search-form";
import { SearchResultsList } from "./search-results-list";
import { formValuesOf, SearchView } from "./search-view";

/**
 * The search page with its results rendered on the server: for a browser that runs no script (it submitted the
 * no-script field, lib/content/search-without-script.ts). Every other browser gets the shell (page.tsx).
 */
export async function ServerSearchResults({ raw }: { raw: RawSearchParams }) {
  const params = parseSearchParams(raw);
  const [results, publishers, topics, user] = await Promise.all([
    runSearch(params),
    getPublishers(),
    getTopics(),
    getCurrentUser(),
  ]);
  // Results are shared (cached per search); the reader's mutes are applied here. Counts stay the search's own.
  const { hits } = await hideMuted(user?.id, { hits: results.items });
  const outcome = { ...describeSearch(params, results, publishers), found: results.items.length };
  return (
    <>
      <h1 className="mb-6 font-serif text-4xl font-bold">Search</h1>
      <SearchForm
        values={formValuesOf(outcome)}
        titles={titleChoices(publishers)}
        topics={topicChoices(topics)}
      />
      <SearchView
        outcome={outcome}
        pageParams={{ [WITHOUT_SCRIPT_PARAM]: WITHOUT_SCRIPT_VALUE }}
        list={
          <MuteAware cards={hits.items}>
            <MutedNotice hidden={hits.hidden} />
            <SearchResultsList hits={hits.items} />
          </MuteAware>
        }
      />
    </>
  );
}
