import type { PeriodValues } from "@/lib/business/analytics";
import { buttonClass, inputClass } from "../_components/field-classes";

// A plain GET form: the period is in the address, so a view can be bookmarked and needs no JavaScript.
export function PeriodForm({ values, error }: { values: PeriodValues; error?: string }) {
  return (
    <form
      method="get"
      className="mb-8 flex flex-wrap items-end gap-4"
      aria-describedby={error ? "period-error" : undefined}
    >
      <label className="flex flex-col text-sm">
        From
        <input type="date" name="from" defaultValue={values.from} required className={inputClass} />
      </label>
      <label className="flex flex-col text-sm">
        To (included)
        <input type="date" name="to" defaultValue={values.to} required className={inputClass} />
      </label>
      <label className="flex flex-col text-sm">
        Step
        <select name="granularity" defaultValue={values.granularity} className={inputClass}>
          <option value="day">Day</option>
          <option value="week">Week</option>
          <option value="month">Month</option>
        </select>
      </label>
      <button type="submit" className={buttonClass}>
        Show
      </button>
      {error ? (
        <p id="period-error" role="alert" className="w-full text-sm text-red-700 dark:text-red-400">
          {error}
        </p>
      ) : null}
    </form>
  );
}
