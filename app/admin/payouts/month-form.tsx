import { inputClass } from "../_components/field-classes";
import { GetForm } from "../_components/get-form";

// The month a statement shows (YYYY-MM), in the address.
export function MonthForm({ value, error }: { value: string; error?: string }) {
  return (
    <GetForm errorId="month-error" error={error}>
      <label className="flex flex-col text-sm">
        Month
        <input
          type="month"
          name="month"
          defaultValue={value}
          required
          placeholder="2026-03"
          aria-invalid={error ? true : undefined}
          className={inputClass}
        />
      </label>
    </GetForm>
  );
}
