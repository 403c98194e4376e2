// Shared Tailwind classes for the newsroom's form controls (one look for every admin form).
export const inputClass =
  "block w-full rounded-md border border-neutral-400 bg-white px-3 py-2 text-base dark:border-neutral-600 dark:bg-neutral-900 aria-invalid:border-red-700";
export const buttonClass =
  "inline-flex items-center justify-center rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-600 disabled:opacity-60";
export const secondaryButtonClass =
  "inline-flex items-center justify-center rounded-md border border-neutral-400 bg-white px-3 py-1.5 text-sm font-medium text-neutral-900 hover:bg-neutral-50 dark:border-neutral-600 dark:bg-neutral-900 dark:text-neutral-100";
export const labelClass = "block text-sm font-medium";
