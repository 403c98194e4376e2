// The membership pages' button looks, shared by server and client components.

export const buttonClass =
  "rounded-md border border-neutral-900 px-4 py-2 font-semibold hover:bg-neutral-100 disabled:opacity-50 dark:border-white dark:hover:bg-neutral-800";
export const primaryClass =
  "rounded-md bg-neutral-900 px-4 py-2 font-semibold text-white hover:bg-neutral-700 disabled:opacity-50 dark:bg-white dark:text-neutral-900";
