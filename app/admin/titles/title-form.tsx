"use client";

import { useActionState, useState } from "react";
import { idleForm } from "@/lib/auth/form-state";
import { buttonClass } from "../_components/field-classes";
import { Field } from "../_components/field";
import { FormMessage } from "../_components/form-message";
import { createTitleAction, editTitleAction } from "./actions";

export interface TitleValues {
  id?: number;
  /** The version the edit is made from (lib/newsroom/titles.ts refuses an edit from an older one). */
  version?: number;
  name: string;
  slug: string;
  country: string;
  language: string;
  description: string;
  websiteUrl: string;
  feedUrl: string;
  logoUrl: string | null;
}

const MAX_LOGO_BYTES = 2 * 1024 * 1024;

const TEXT_FIELDS: { name: keyof TitleValues; label: string; hint?: string; type?: string }[] = [
  { name: "name", label: "Name" },
  { name: "slug", label: "Address (slug)", hint: "/publishers/…" },
  { name: "country", label: "Country (two letters)" },
  { name: "language", label: "Language (e.g. en)" },
  { name: "websiteUrl", label: "Website", type: "url" },
  { name: "feedUrl", label: "Feed URL", type: "url" },
];

/** Create or edit a title, logo included (checked again on the server: type, size, re-encoded). */
export function TitleForm({ title }: { title: TitleValues }) {
  const [state, action, pending] = useActionState(title.id ? editTitleAction : createTitleAction, idleForm);
  const [logoError, setLogoError] = useState<string>();
  const errors = state.fieldErrors ?? {};
  // Typed values come back after a refusal, but only over the version they were typed on: after another
  // editor's save (a stale refusal) the fields show the title as it is now.
  const echoed = title.id && state.values?.version !== String(title.version) ? undefined : state.values;
  const value = (name: keyof TitleValues) => echoed?.[name] ?? String(title[name] ?? "");
  return (
    <form
      action={action}
      aria-label={title.id ? "Edit the title" : "Create a title"}
      className="max-w-xl space-y-4"
      noValidate
      onSubmit={(event) => {
        const logo = new FormData(event.currentTarget).get("logo");
        // Saves a pointless upload; the server checks the same limit (and the type) itself.
        if (logo instanceof File && logo.size > MAX_LOGO_BYTES) {
          event.preventDefault();
          setLogoError(`The logo is ${(logo.size / 1024 / 1024).toFixed(1)} MB; the limit is 2 MB.`);
        } else setLogoError(undefined);
      }}
    >
      {title.id && <input type="hidden" name="id" value={title.id} />}
      {title.id && <input type="hidden" name="version" value={title.version ?? 0} />}
      {/* Keyed by version: after any save (ours or another editor's) the fields start from the current title. */}
      <div key={title.version ?? 0} className="space-y-4">
        {TEXT_FIELDS.map((f) => (
          <Field key={f.name} id={`title-${f.name}`} label={f.label} error={errors[f.name]}>
            {(control) => (
              <input name={f.name} type={f.type ?? "text"} defaultValue={value(f.name)} {...control} />
            )}
          </Field>
        ))}
        <Field id="title-description" label="Description" error={errors.description}>
          {(control) => (
            <textarea name="description" rows={3} defaultValue={value("description")} {...control} />
          )}
        </Field>
      </div>
      <Field id="title-logo" label="Logo (PNG, JPEG, WebP, GIF or AVIF; at most 2 MB)" error={logoError}>
        {(control) => (
          <input
            name="logo"
            type="file"
            accept="image/png,image/jpeg,image/webp,image/gif,image/avif"
            {...control}
          />
        )}
      </Field>
      {title.logoUrl && (
        // eslint-disable-next-line @next/next/no-img-element -- a small stored logo, already re-encoded
        <img src={title.logoUrl} alt={`Current logo of ${title.name}`} className="h-16 w-auto" />
      )}
      <button type="submit" className={buttonClass} disabled={pending}>
        {title.id ? "Save title" : "Create title"}
      </button>
      <FormMessage state={state} />
    </form>
  );
}
