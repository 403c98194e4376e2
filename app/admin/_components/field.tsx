import { inputClass, labelClass } from "./field-classes";

// One labelled control with its error beside it (announced through aria-describedby): every newsroom form.

export interface ControlProps {
  id: string;
  className: string;
  "aria-invalid"?: true;
  "aria-describedby"?: string;
}

export function Field({
  id,
  label,
  error,
  children,
}: {
  id: string;
  label: string;
  error?: string;
  children: (control: ControlProps) => React.ReactNode;
}) {
  const errorId = `${id}-error`;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className={labelClass}>
        {label}
      </label>
      {children({
        id,
        className: inputClass,
        "aria-invalid": error ? true : undefined,
        "aria-describedby": error ? errorId : undefined,
      })}
      {error ? (
        <p id={errorId} className="text-sm font-medium text-red-700 dark:text-red-400">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** A labelled select of `options`, with an optional first "any" choice. */
export function SelectField({
  id,
  name,
  label,
  options,
  defaultValue,
  anyLabel,
  error,
}: {
  id: string;
  name: string;
  label: string;
  options: { value: string | number; label: string }[];
  defaultValue?: string;
  anyLabel?: string;
  error?: string;
}) {
  return (
    <Field id={id} label={label} error={error}>
      {(control) => (
        <select name={name} defaultValue={defaultValue ?? ""} {...control}>
          {anyLabel !== undefined && <option value="">{anyLabel}</option>}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
