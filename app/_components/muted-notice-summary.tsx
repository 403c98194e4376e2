/** The line of a muted-stories notice: "1 story hidden because you muted X · show" (hide, once opened). */
export function MutedNoticeSummary({ words }: { words: string }) {
  return (
    <summary className="cursor-pointer list-none hover:underline">
      {words}
      <span aria-hidden="true"> · </span>
      <span className="font-medium text-brand-700 group-open:hidden dark:text-brand-500">show</span>
      <span className="hidden font-medium text-brand-700 group-open:inline dark:text-brand-500">hide</span>
    </summary>
  );
}

export const MUTED_NOTICE_CLASS = "muted-notice group mt-3 text-sm text-neutral-600 dark:text-neutral-400";
