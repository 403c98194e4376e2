import { buttonClass } from "./field-classes";

/**
 * A plain GET form for a dashboard's view (period, month): the choice is in the address, so a view can be
 * bookmarked and needs no JavaScript. A refused choice is shown beneath as an alert the form points to.
 */
export function GetForm({
  errorId,
  error,
  children,
}: {
  errorId: string;
  error?: string;
  children: React.ReactNode;
}) {
  return (
    <form
      method="get"
      className="mb-8 flex flex-wrap items-end gap-4"
      aria-describedby={error ? errorId : undefined}
    >
      {children}
      <button type="submit" className={buttonClass}>
        Show
      </button>
      {error ? (
        <p id={errorId} role="alert" className="w-full text-sm text-red-700 dark:text-red-400">
          {error}
        </p>
      ) : null}
    </form>
  );
}
