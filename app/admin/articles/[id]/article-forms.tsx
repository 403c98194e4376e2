"use client";

import { useActionState } from "react";
import { idleForm } from "@/lib/auth/form-state";
import { buttonClass } from "../../_components/field-classes";
import { Field, SelectField } from "../../_components/field";
import { FormMessage } from "../../_components/form-message";
import { editArticleAction, restoreArticleAction, takeDownArticleAction } from "../actions";

interface Editable {
  id: number;
  version: number;
  headline: string;
  standfirst: string;
  topicId: number;
}

export function ArticleEditForm({
  article,
  topics,
}: {
  article: Editable;
  topics: { id: number; name: string }[];
}) {
  const [state, action, pending] = useActionState(editArticleAction, idleForm);
  const errors = state.fieldErrors ?? {};
  const value = (name: "headline" | "standfirst" | "topicId") =>
    state.status === "error" && state.values?.[name] !== undefined
      ? state.values[name]
      : String(article[name]);
  return (
    <form action={action} aria-label="Edit the story" className="space-y-4" noValidate>
      <input type="hidden" name="id" value={article.id} />
      <input type="hidden" name="version" value={article.version} />
      {/* Keyed by version: after any save (ours or another editor's) the fields start from the current text. */}
      <div key={article.version} className="space-y-4">
        <Field id="edit-headline" label="Headline" error={errors.headline}>
          {(control) => (
            <input name="headline" defaultValue={value("headline")} maxLength={300} {...control} />
          )}
        </Field>
        <Field id="edit-standfirst" label="Standfirst" error={errors.standfirst}>
          {(control) => (
            <textarea
              name="standfirst"
              rows={3}
              defaultValue={value("standfirst")}
              maxLength={1000}
              {...control}
            />
          )}
        </Field>
        <SelectField
          id="edit-topic"
          name="topicId"
          label="Topic"
          defaultValue={value("topicId")}
          error={errors.topicId}
          options={topics.map((t) => ({ value: t.id, label: t.name }))}
        />
      </div>
      <button type="submit" className={buttonClass} disabled={pending}>
        Save changes
      </button>
      <FormMessage state={state} />
    </form>
  );
}

export function ArticleStatusForm({
  id,
  version,
  takenDown,
  published,
}: {
  id: number;
  version: number;
  takenDown: boolean;
  published: boolean;
}) {
  const [state, action, pending] = useActionState(
    takenDown ? restoreArticleAction : takeDownArticleAction,
    idleForm,
  );
  return (
    <form
      action={action}
      aria-label={takenDown ? "Restore the story" : "Take the story down"}
      className="space-y-3"
    >
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <p className="text-sm">
        {takenDown
          ? "The story is off every page, search and the sitemap, and its address says it was removed. Restoring puts it back as it was."
          : "Taking the story down removes it from every page, search and the sitemap; its address then says it was removed. The text is kept and you can restore it."}
      </p>
      {(takenDown || published) && (
        <button
          type="submit"
          disabled={pending}
          className={takenDown ? buttonClass : `${buttonClass} bg-red-700 hover:bg-red-800`}
        >
          {takenDown ? "Restore the story" : "Take the story down"}
        </button>
      )}
      <FormMessage state={state} />
    </form>
  );
}
