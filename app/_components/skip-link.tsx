/** The first thing a keyboard user reaches: jumps past the masthead to the page's main landmark. */
export function SkipLink() {
  return (
    <a
      href="#main"
      className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:px-4 focus:py-2 focus:text-neutral-900 focus:shadow"
    >
      Skip to content
    </a>
  );
}
