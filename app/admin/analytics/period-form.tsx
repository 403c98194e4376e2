import type { PeriodValues } from "@/lib/business/analytics";
import { inputClass } from "../_components/field-classes";
import { GetForm } from "../_components/get-form";

// The period and step the analytics show, in the address.
export function PeriodForm({ values, error }: { values: PeriodValues; error?: string }) {
  return (
    <GetForm errorId="period-error" error={error}>
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
    </GetForm>
  );
}
