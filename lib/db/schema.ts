import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  check,
  customType,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";

// Every table of Newsstand. Queries live in lib/db/queries/<domain>.ts.
export * from "./schema-feeds";
export * from "./schema-reading";
export * from "./schema-business";
export * from "./schema-personal";
export * from "./schema-jobs";
export * from "./schema-rollups";

const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });
const createdAt = () => timestamp("created_at", { withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp("updated_at", { withTimezone: true }).notNull().defaultNow();

/* ------------------------------------------------------------------ catalogue */

export const publishers = pgTable(
  "publishers",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    slug: text("slug").notNull().unique(),
    name: text("name").notNull(),
    country: text("country").notNull(), // ISO 3166-1 alpha-2
    language: text("language").notNull().default("en"), // BCP 47
    description: text("description").notNull().default(""),
    logoUrl: text("logo_url"), // site-relative path, never an external URL
    websiteUrl: text("website_url"),
    feedUrl: text("feed_url"),
    active: boolean("active").notNull().default(true),
    // Bumped by every newsroom edit of the title: an edit made from an older version is refused.
    version: integer("version").notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("publishers_country_name_idx").on(t.country, t.name)],
);

export const topics = pgTable("topics", {
  id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
  slug: text("slug").notNull().unique(),
  name: text("name").notNull(),
  description: text("description").notNull().default(""),
  position: integer("position").notNull().default(0),
});

export const authors = pgTable(
  "authors",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    slug: text("slug").notNull().unique(),
    name: text("name").notNull(),
    publisherId: integer("publisher_id").references(() => publishers.id, { onDelete: "set null" }),
    bio: text("bio").notNull().default(""),
  },
  (t) => [index("authors_publisher_idx").on(t.publisherId)],
);

export const articleStatus = pgEnum("article_status", ["draft", "published", "withdrawn"]);

export const articles = pgTable(
  "articles",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    slug: text("slug").notNull().unique(),
    publisherId: integer("publisher_id")
      .notNull()
      .references(() => publishers.id),
    topicId: integer("topic_id")
      .notNull()
      .references(() => topics.id),
    headline: text("headline").notNull(),
    standfirst: text("standfirst").notNull().default(""),
    // The free part (first paragraphs) is stored apart from the whole body so that
    // reader queries for non-members never select the gated text at all.
    teaserHtml: text("teaser_html").notNull(),
    bodyHtml: text("body_html").notNull(), // sanitised HTML of the whole article
    heroImageUrl: text("hero_image_url"),
    heroImageAlt: text("hero_image_alt").notNull().default(""),
    heroImageCaption: text("hero_image_caption").notNull().default(""),
    heroImageCredit: text("hero_image_credit").notNull().default(""),
    heroImageWidth: integer("hero_image_width"),
    heroImageHeight: integer("hero_image_height"),
    wordCount: integer("word_count").notNull().default(0),
    readingMinutes: integer("reading_minutes").notNull().default(1),
    canonicalUrl: text("canonical_url"),
    sourceGuid: text("source_guid"), // feed item id, for idempotent ingestion
    // The feed gave an excerpt only: shown to everyone with a link to the source (canonicalUrl), no paywall.
    sourcePartial: boolean("source_partial").notNull().default(false),
    status: articleStatus("status").notNull().default("published"),
    // Ranking signal refreshed from `reads`; kept on the row so top stories is one index scan.
    popularity: integer("popularity").notNull().default(0),
    // Bumped by every newsroom edit: an edit made from an older version is refused, never overwritten.
    version: integer("version").notNull().default(0),
    takenDownAt: timestamp("taken_down_at", { withTimezone: true }),
    publishedAt: timestamp("published_at", { withTimezone: true }).notNull(),
    updatedAt: updatedAt(),
    createdAt: createdAt(),
    // What search matches: only the text everyone may read (headline, standfirst, teaser), never the gated
    // body. A word or phrase search over the body would tell a visitor what a members-only text says,
    // word by word (README, "Search and the paywall").
    search: tsvector("search")
      .notNull()
      .generatedAlwaysAs(
        sql`setweight(to_tsvector('english', coalesce(headline, '')), 'A') || setweight(to_tsvector('english', coalesce(standfirst, '')), 'B') || setweight(to_tsvector('english', coalesce(teaser_html, '')), 'C')`,
      ),
  },
  (t) => [
    index("articles_published_idx")
      .on(t.publishedAt.desc(), t.id.desc())
      .where(sql`status = 'published'`),
    index("articles_publisher_published_idx")
      .on(t.publisherId, t.publishedAt.desc(), t.id.desc())
      .where(sql`status = 'published'`),
    index("articles_topic_published_idx")
      .on(t.topicId, t.publishedAt.desc(), t.id.desc())
      .where(sql`status = 'published'`),
    index("articles_search_idx").using("gin", t.search),
    uniqueIndex("articles_publisher_guid_idx").on(t.publisherId, t.sourceGuid),
  ],
);

export const articleAuthors = pgTable(
  "article_authors",
  {
    articleId: bigint("article_id", { mode: "number" })
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    authorId: integer("author_id")
      .notNull()
      .references(() => authors.id, { onDelete: "cascade" }),
    position: integer("position").notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.articleId, t.authorId] }),
    index("article_authors_author_idx").on(t.authorId),
  ],
);

export const editorsPicks = pgTable(
  "editors_picks",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    articleId: bigint("article_id", { mode: "number" })
      .notNull()
      .unique()
      .references(() => articles.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    pinned: boolean("pinned").notNull().default(false),
    // A pick shows from starts_at (null: at once) until ends_at (null: until removed); readers' queries filter by now.
    startsAt: timestamp("starts_at", { withTimezone: true }),
    endsAt: timestamp("ends_at", { withTimezone: true }),
    pickedBy: text("picked_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [index("editors_picks_position_idx").on(t.position)],
);

// Editor-curated settings saved as a whole (the picks list's version, the front page's layout). Each save
// bumps `version`; a save made from an older version is refused so two editors never overwrite each other.
export const curations = pgTable("curations", {
  key: text("key").primaryKey(),
  version: integer("version").notNull().default(0),
  config: jsonb("config").$type<Record<string, unknown>>().notNull().default({}),
  updatedBy: text("updated_by").references(() => users.id, { onDelete: "set null" }),
  updatedAt: updatedAt(),
});

// Every editorial and role action: who, what, before → after, when. Append-only (the code only inserts),
// written in the same transaction as the change it records.
export const auditLog = pgTable(
  "audit_log",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    actorId: text("actor_id").references(() => users.id, { onDelete: "set null" }),
    actorEmail: text("actor_email").notNull(), // kept when the account is deleted
    action: text("action").notNull(), // e.g. "picks.save", "article.take-down", "role.grant"
    entityType: text("entity_type").notNull(),
    entityId: text("entity_id").notNull(),
    summary: text("summary").notNull(),
    before: jsonb("before").$type<unknown>(),
    after: jsonb("after").$type<unknown>(),
    createdAt: createdAt(),
  },
  (t) => [
    index("audit_log_created_idx").on(t.createdAt.desc(), t.id.desc()),
    index("audit_log_entity_idx").on(t.entityType, t.entityId, t.createdAt.desc()),
    index("audit_log_actor_idx").on(t.actorId, t.createdAt.desc()),
  ],
);

// Reading time, the ledger publishers are paid from (and a ranking signal). What a row means:
// - `seconds`: time a reader actually spent reading `article_id` (a title: `publisher_id`), already capped: for a
//   signed-in reader at most the article's daily cap per UTC day (`read_day`) and audience; never more than the
//   wall time since the server issued the view (lib/reading/reading-time.ts).
// - `read_at`: when the server last recorded seconds on this row (server clock, within `read_day`).
// - `audience`: 'member' (a paying or trial membership: the only seconds payouts count), 'non_member'
//   (signed in, no membership: teasers) or 'bot' (an automated client, by its user agent).
// - `user_id`: the reader, or null for rows without one (sample data, a deleted account: kept, without the person).
// Signed-in readers have one row per (user, article, day, audience), its seconds accumulated up to the cap.
// Payouts: sum(seconds) where audience = 'member', by publisher_id and month of read_at.
export const readAudience = ["member", "non_member", "bot"] as const;
export type ReadAudience = (typeof readAudience)[number];

export const reads = pgTable(
  "reads",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    articleId: bigint("article_id", { mode: "number" })
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    publisherId: integer("publisher_id")
      .notNull()
      .references(() => publishers.id),
    userId: text("user_id").references(() => users.id, { onDelete: "set null" }),
    seconds: integer("seconds").notNull().default(0),
    readAt: timestamp("read_at", { withTimezone: true }).notNull().defaultNow(),
    audience: text("audience").$type<ReadAudience>().notNull().default("member"),
    readDay: date("read_day", { mode: "string" })
      .notNull()
      .default(sql`((now() at time zone 'UTC')::date)`),
  },
  (t) => [
    index("reads_article_read_at_idx").on(t.articleId, t.readAt),
    index("reads_read_at_idx").on(t.readAt),
    index("reads_user_read_at_idx").on(t.userId, t.readAt.desc()),
    index("reads_publisher_read_at_idx").on(t.publisherId, t.readAt),
    uniqueIndex("reads_user_article_day_idx").on(t.userId, t.articleId, t.readDay, t.audience),
    check("reads_audience_check", sql`${t.audience} in ('member', 'non_member', 'bot')`),
  ],
);

/* ------------------------------------------------------------------ accounts (Auth.js) */

export const userRole = pgEnum("user_role", ["reader", "editor", "admin"]);

export const users = pgTable("users", {
  id: text("id")
    .primaryKey()
    .$defaultFn(() => crypto.randomUUID()),
  name: text("name"),
  email: text("email").notNull().unique(), // stored lower-cased
  emailVerified: timestamp("email_verified", { withTimezone: true, mode: "date" }),
  image: text("image"),
  passwordHash: text("password_hash"),
  role: userRole("role").notNull().default("reader"),
  // Bumped by "sign out everywhere"; JWTs carrying an older version are rejected.
  sessionVersion: integer("session_version").notNull().default(0),
  stripeCustomerId: text("stripe_customer_id").unique(),
  trialStartedAt: timestamp("trial_started_at", { withTimezone: true }),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

export const accounts = pgTable(
  "accounts",
  {
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    type: text("type").notNull(),
    provider: text("provider").notNull(),
    providerAccountId: text("provider_account_id").notNull(),
    refresh_token: text("refresh_token"),
    access_token: text("access_token"),
    expires_at: integer("expires_at"),
    token_type: text("token_type"),
    scope: text("scope"),
    id_token: text("id_token"),
    session_state: text("session_state"),
  },
  (t) => [
    primaryKey({ columns: [t.provider, t.providerAccountId] }),
    index("accounts_user_idx").on(t.userId),
  ],
);

export const sessions = pgTable("sessions", {
  sessionToken: text("session_token").primaryKey(),
  userId: text("user_id")
    .notNull()
    .references(() => users.id, { onDelete: "cascade" }),
  expires: timestamp("expires", { withTimezone: true, mode: "date" }).notNull(),
});

export const verificationTokens = pgTable(
  "verification_tokens",
  {
    identifier: text("identifier").notNull(),
    token: text("token").notNull(),
    expires: timestamp("expires", { withTimezone: true, mode: "date" }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.identifier, t.token] })],
);

export const oneTimePurpose = pgEnum("one_time_purpose", [
  "sign_in",
  "reset_password",
  "verify_email",
  "change_email",
]);

// Email links and codes. Only hashes are stored; a row is spent once (used_at).
export const oneTimeTokens = pgTable(
  "one_time_tokens",
  {
    id: text("id")
      .primaryKey()
      .$defaultFn(() => crypto.randomUUID()),
    purpose: oneTimePurpose("purpose").notNull(),
    email: text("email").notNull(),
    userId: text("user_id").references(() => users.id, { onDelete: "cascade" }),
    tokenHash: text("token_hash").notNull().unique(),
    codeHash: text("code_hash"),
    payload: jsonb("payload").$type<Record<string, string>>(),
    attempts: integer("attempts").notNull().default(0),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index("one_time_tokens_email_purpose_idx").on(t.email, t.purpose, t.createdAt.desc())],
);

// Sessions signed out before their JWT expires (sign-out on one device). Kept until the token could no
// longer be valid anyway (its session's maxAge after the sign-out), then deleted.
export const revokedSessions = pgTable(
  "revoked_sessions",
  {
    id: text("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("revoked_sessions_expires_idx").on(t.expiresAt)],
);

// Fixed-window counters shared by every app instance.
export const rateLimits = pgTable(
  "rate_limits",
  {
    key: text("key").notNull(),
    windowStart: timestamp("window_start", { withTimezone: true }).notNull(),
    count: integer("count").notNull().default(0),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.key, t.windowStart] }), index("rate_limits_expires_idx").on(t.expiresAt)],
);

/* ------------------------------------------------------------------ billing */

// Mirrors Stripe: one row per Stripe subscription, upserted from the subscription object.
export const memberships = pgTable(
  "memberships",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    stripeCustomerId: text("stripe_customer_id").notNull(),
    stripeSubscriptionId: text("stripe_subscription_id").notNull().unique(),
    stripePriceId: text("stripe_price_id"),
    plan: text("plan").$type<"monthly" | "annual">().notNull(),
    // Stripe's values: trialing, active, past_due, canceled, unpaid, incomplete, incomplete_expired, paused
    status: text("status").notNull(),
    trialEnd: timestamp("trial_end", { withTimezone: true }),
    currentPeriodEnd: timestamp("current_period_end", { withTimezone: true }),
    cancelAtPeriodEnd: boolean("cancel_at_period_end").notNull().default(false),
    cancelAt: timestamp("cancel_at", { withTimezone: true }),
    canceledAt: timestamp("canceled_at", { withTimezone: true }),
    // When the subscription first went past_due; starts the grace period.
    pastDueSince: timestamp("past_due_since", { withTimezone: true }),
    // The subscription's default card (Stripe id), so a sync can see a card added or replaced.
    paymentMethodId: text("payment_method_id"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("memberships_user_idx").on(t.userId, t.updatedAt.desc())],
);

// Why members cancel, as they chose to say (both optional), for the admins. Kept when the account goes,
// without the person (set null): a reason is not personal once it is no longer tied to anyone.
export const cancellationReasons = pgTable(
  "cancellation_reasons",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    userId: text("user_id").references(() => users.id, { onDelete: "set null" }),
    stripeSubscriptionId: text("stripe_subscription_id").notNull(),
    // One of CANCEL_REASONS in lib/billing/cancel-reasons.ts, or null when none was picked.
    reason: text("reason"),
    comment: text("comment"),
    createdAt: createdAt(),
  },
  (t) => [index("cancellation_reasons_created_idx").on(t.createdAt.desc())],
);

// Each Stripe event id is recorded once; duplicates are acknowledged and skipped.
export const stripeEvents = pgTable("stripe_events", {
  id: text("id").primaryKey(),
  type: text("type").notNull(),
  receivedAt: timestamp("received_at", { withTimezone: true }).notNull().defaultNow(),
  processedAt: timestamp("processed_at", { withTimezone: true }),
});

/* ------------------------------------------------------------------ mail */

// Every mail, written before it is sent. With SMTP_URL unset it is the local outbox (stored as sent, read by the
// dev-only outbox page); with SMTP_URL, a queue: "queued" rows are claimed (next_attempt_at doubles as the claim's
// lease), sent, and retried with backoff until "sent" or "failed". See lib/email/delivery.ts.
export const mailStatus = pgEnum("mail_status", ["queued", "sent", "failed"]);

export const outboxEmails = pgTable(
  "outbox_emails",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    to: text("to").notNull(),
    subject: text("subject").notNull(),
    text: text("text").notNull(),
    html: text("html").notNull(),
    // Extra headers a mail carries (the briefing's List-Unsubscribe, RFC 8058); null for most.
    headers: jsonb("headers").$type<Record<string, string>>(),
    status: mailStatus("status").notNull().default("queued"),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: timestamp("next_attempt_at", { withTimezone: true }).notNull().defaultNow(),
    lastError: text("last_error"),
    sentAt: timestamp("sent_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    index("outbox_emails_to_idx").on(t.to, t.createdAt.desc()),
    index("outbox_emails_due_idx")
      .on(t.nextAttemptAt)
      .where(sql`${t.status} = 'queued'`),
  ],
);

export type Publisher = typeof publishers.$inferSelect;
export type NewPublisher = typeof publishers.$inferInsert;
export type Topic = typeof topics.$inferSelect;
export type Author = typeof authors.$inferSelect;
export type Article = typeof articles.$inferSelect;
export type NewArticle = typeof articles.$inferInsert;
export type User = typeof users.$inferSelect;
export type AuditEntry = typeof auditLog.$inferSelect;
export type NewAuditEntry = typeof auditLog.$inferInsert;
export type Membership = typeof memberships.$inferSelect;
export type NewMembership = typeof memberships.$inferInsert;
export type CancellationReason = typeof cancellationReasons.$inferSelect;
