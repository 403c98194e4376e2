"use client";

import { useActionState, useSyncExternalStore } from "react";
import { FormMessage, SubmitButton } from "@/app/_components/form-parts";
import { idleForm } from "@/lib/auth/form-state";
import { saveBriefing } from "../briefing-actions";

// The daily briefing's opt-in. With nothing saved yet, the time zone defaults to the browser's own (Intl); the
// server checks whatever is sent. Native controls: it works without JavaScript too (then the default is UTC).

export interface BriefingFormProps {
  enabled: boolean;
  sendHour: number;
  /** The saved zone, or null to take the browser's. */
  timeZone: string | null;
  zones: string[];
}

const noSubscription = () => () => {};
const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;
const hourLabel = (h: number) => `${String(h).padStart(2, "0")}:00`;
const fieldClass =
  "block rounded-md border border-neutral-300 bg-white px-3 py-2 text-base dark:border-neutral-700 dark:bg-neutral-900";

export function BriefingForm({ enabled, sendHour, timeZone, zones }: BriefingFormProps) {
  const [state, action] = useActionState(saveBriefing, idleForm);
  const detected = useSyncExternalStore(noSubscription, browserZone, () => null);
  const values = state.values;
  const zone = values?.timeZone ?? timeZone ?? detected ?? "UTC";
  const options = zones.includes(zone) ? zones : [zone, ...zones];
  const zoneError = state.fieldErrors?.timeZone ?? state.fieldErrors?.sendHour;
  return (
    <form action={action} className="space-y-4" noValidate aria-label="Daily briefing">
      <FormMessage status={state.status} message={state.message} />
      <label className="flex items-center gap-2">
        <input
          type="checkbox"
          name="enabled"
          defaultChecked={values ? values.enabled === "on" : enabled}
          className="h-4 w-4"
        />
        <span>Send me the daily briefing</span>
      </label>
      <div className="flex flex-wrap gap-4">
        <div className="space-y-1">
          <label htmlFor="briefing-hour" className="block text-sm font-medium">
            Hour
          </label>
          <select
            id="briefing-hour"
            name="sendHour"
            defaultValue={values?.sendHour ?? String(sendHour)}
            className={fieldClass}
          >
            {Array.from({ length: 24 }, (_, h) => (
              <option key={h} value={h}>
                {hourLabel(h)}
              </option>
            ))}
          </select>
        </div>
        <div className="space-y-1">
          <label htmlFor="briefing-zone" className="block text-sm font-medium">
            Time zone
          </label>
          {/* Keyed by the zone: the browser's is known only after hydration, and a select's default is read once. */}
          <select
            key={zone}
            id="briefing-zone"
            name="timeZone"
            defaultValue={zone}
            aria-invalid={zoneError ? true : undefined}
            aria-describedby={zoneError ? "briefing-zone-error" : undefined}
            className={fieldClass}
          >
            {options.map((z) => (
              <option key={z} value={z}>
                {z.replaceAll("_", " ")}
              </option>
            ))}
          </select>
        </div>
      </div>
      {zoneError ? (
        <p id="briefing-zone-error" className="text-sm font-medium text-red-700 dark:text-red-400">
          {zoneError}
        </p>
      ) : null}
      <SubmitButton tone="secondary" block={false}>
        Save briefing
      </SubmitButton>
    </form>
  );
}
