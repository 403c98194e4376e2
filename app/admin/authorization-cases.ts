import { createUser } from "@/lib/testing/factories/accounts";
import { createArticle, createPublisher } from "@/lib/testing/factories/content";
import { createFailedJob, createJobQueues } from "@/lib/testing/factories/jobs";
import { stopJobEngine } from "@/lib/jobs/engine";
import { getEditableArticle } from "@/lib/newsroom/articles";
import { getPicksForEditing } from "@/lib/newsroom/picks";
import { monthContaining, monthsAfter } from "@/lib/business/payout-month";
import { getFrontPageForEditing } from "@/lib/newsroom/front-page";
import { editArticleAction, restoreArticleAction, takeDownArticleAction } from "./articles/actions";
import { runReconciliationAction } from "./analytics/reconciliation-actions";
import { retryJobAction } from "./jobs/actions";
import { GET as getPayoutsCsv } from "./payouts.csv/route";
import { closePayoutMonthAction } from "./payouts/actions";
import { changeRoleAction, grantRoleAction } from "./people/actions";
import { savePicksAction } from "./picks/actions";
import { saveFrontPageAction } from "./front-page/actions";
import { createTitleAction, editTitleAction, pauseTitleAction } from "./titles/actions";

// Every newsroom server action, with a valid form for it: the authorization matrix test calls each one as a
// visitor, a reader, an editor and an admin. A new action is added here, or the matrix does not cover it.

export interface ActionCase {
  name: string;
  access: "editor" | "admin";
  /** Whether an allowed call writes exactly one audit entry. */
  audited: boolean;
  form: () => Promise<FormData>;
  call: (form: FormData) => Promise<unknown>;
}

const idle = { status: "idle" as const };

function formOf(values: Record<string, string>): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(values)) form.set(name, value);
  return form;
}

/** A fresh article (taken down first when `takenDown`), as the form fields that target its current version. */
async function articleForm(extra: Record<string, string> = {}, takenDown = false): Promise<FormData> {
  const article = await createArticle(takenDown ? { status: "withdrawn", takenDownAt: new Date() } : {});
  const current = await getEditableArticle(article.id);
  return formOf({ id: String(article.id), version: String(current?.version ?? 0), ...extra });
}

export const adminActionCases: ActionCase[] = [
  {
    name: "save Our Picks",
    access: "editor",
    audited: true,
    form: async () => formOf({ version: String((await getPicksForEditing()).version), draft: "[]" }),
    call: (form) => savePicksAction(idle, form),
  },
  {
    name: "save the front page",
    access: "editor",
    audited: true,
    form: async () =>
      formOf({
        version: String((await getFrontPageForEditing()).version),
        layout: JSON.stringify({
          rails: [],
          leads: Array.from({ length: 5 }, () => ({ kind: "auto", source: "newest" })),
        }),
      }),
    call: (form) => saveFrontPageAction(idle, form),
  },
  {
    name: "edit an article",
    access: "editor",
    audited: true,
    form: () =>
      articleForm({ headline: "Edited in the matrix", standfirst: "", topicId: "0" }).then(withOwnTopic),
    call: (form) => editArticleAction(idle, form),
  },
  {
    name: "take an article down",
    access: "editor",
    audited: true,
    form: () => articleForm(),
    call: (form) => takeDownArticleAction(idle, form),
  },
  {
    name: "restore an article",
    access: "editor",
    audited: true,
    form: () => articleForm({}, true),
    call: (form) => restoreArticleAction(idle, form),
  },
  {
    name: "grant a role by email",
    access: "admin",
    audited: true,
    form: async () => formOf({ email: (await createUser()).user.email, role: "editor" }),
    call: (form) => grantRoleAction(idle, form),
  },
  {
    name: "change someone's role",
    access: "admin",
    audited: true,
    form: async () => formOf({ userId: (await createUser()).user.id, role: "editor" }),
    call: (form) => changeRoleAction(idle, form),
  },
  {
    name: "create a title",
    access: "editor",
    audited: true,
    form: async () => formOf(titleFields(`matrix-${Math.random().toString(36).slice(2, 10)}`)),
    // A created title redirects to its page: that is the allowed outcome here.
    call: (form) => createTitleAction(idle, form).catch(redirectedTo("/admin/titles/")),
  },
  {
    name: "edit a title",
    access: "editor",
    audited: true,
    form: async () => {
      const title = await createPublisher();
      return formOf({
        ...titleFields(title.slug),
        id: String(title.id),
        version: String(title.version),
        name: "Renamed in the matrix",
      });
    },
    call: (form) => editTitleAction(idle, form),
  },
  {
    name: "pause a title",
    access: "editor",
    audited: true,
    form: async () => formOf({ id: String((await createPublisher()).id), paused: "true" }),
    call: (form) => pauseTitleAction(idle, form),
  },
  {
    name: "retry a failed job",
    access: "editor",
    audited: true,
    form: async () => formOf(await createFailedJob()),
    call: (form) => retryJobAction(idle, form),
  },
  {
    name: "run the reconciliation with Stripe now",
    access: "admin",
    audited: true,
    form: async () => {
      await createJobQueues(["stripe-reconcile"]);
      return formOf({});
    },
    // Queuing starts this process's engine: stop it, so the next case starts from none.
    call: (form) => runReconciliationAction(idle, form).finally(() => stopJobEngine(1000)),
  },
  {
    name: "close a payout month",
    access: "admin",
    audited: true,
    // Last month: closable once (only the admin's call runs); a closed month redirects to its statement.
    form: async () => formOf({ month: monthsAfter(monthContaining(new Date()), -1).key, confirm: "yes" }),
    call: (form) => closePayoutMonthAction(idle, form).catch(redirectedTo("/admin/payouts")),
  },
];

/** Every route handler under app/admin, called as each role: it checks the caller itself (no layout runs). */
export interface RouteCase {
  name: string;
  access: "editor" | "admin";
  call: () => Promise<Response>;
}

export const adminRouteCases: RouteCase[] = [
  {
    name: "download a payouts CSV",
    access: "admin",
    call: () => getPayoutsCsv(new Request("http://localhost/admin/payouts.csv?month=2026-01")),
  },
];

function titleFields(slug: string): Record<string, string> {
  return {
    name: `Title ${slug}`,
    slug,
    country: "GB",
    language: "en",
    description: "",
    websiteUrl: "",
    feedUrl: "",
  };
}

/** Swallows the redirect to `prefix…` that ends a successful action; anything else is rethrown. */
function redirectedTo(prefix: string) {
  return (error: unknown) => {
    const digest = (error as { digest?: string }).digest ?? "";
    if (!digest.startsWith("NEXT_REDIRECT") || !digest.includes(`;${prefix}`)) throw error;
  };
}

/** The edit form keeps the article's own topic (only the headline changes). */
async function withOwnTopic(form: FormData): Promise<FormData> {
  const article = await getEditableArticle(Number(form.get("id")));
  form.set("topicId", String(article?.topicId ?? 0));
  return form;
}
