import { getTopics } from "@/lib/content/publishers-and-topics";
import { chooseTopicsAction } from "../_lib/personal-actions";

/** The cold start: a short choice of topics, offered after sign-up (and after a reset). Skipping is fine. */
export async function TopicChooser() {
  const topics = await getTopics();
  return (
    <section
      aria-labelledby="choose-heading"
      className="mb-10 rounded-xl border border-neutral-200 p-5 sm:p-8 dark:border-neutral-800"
    >
      <h2 id="choose-heading" className="font-serif text-2xl font-bold">
        What would you like to read about?
      </h2>
      <p className="mt-1 text-neutral-700 dark:text-neutral-300">
        Pick a few topics to start your For You list. You can follow titles and writers too, and change all of
        it later.
      </p>
      <form action={chooseTopicsAction} className="mt-5">
        <fieldset>
          <legend className="sr-only">Topics</legend>
          <div className="flex flex-wrap gap-2">
            {topics.map((topic) => (
              <label
                key={topic.slug}
                className="cursor-pointer rounded-full border border-neutral-300 px-3 py-1.5 text-sm has-checked:border-brand-700 has-checked:bg-brand-700 has-checked:text-white has-focus-visible:ring-2 has-focus-visible:ring-brand-500 dark:border-neutral-700"
              >
                <input type="checkbox" name="topic" value={topic.id} className="sr-only" />
                {topic.name}
              </label>
            ))}
          </div>
        </fieldset>
        <div className="mt-5 flex flex-wrap gap-3">
          <button
            type="submit"
            className="rounded-md bg-brand-700 px-4 py-2.5 font-semibold text-white hover:bg-brand-600"
          >
            Start my For You
          </button>
        </div>
      </form>
      {/* A form of its own: skipping follows nothing, whatever was ticked. */}
      <form action={chooseTopicsAction} className="mt-2">
        <button
          type="submit"
          className="px-0 py-1 text-sm font-medium text-neutral-700 hover:underline dark:text-neutral-300"
        >
          Skip for now
        </button>
      </form>
    </section>
  );
}
