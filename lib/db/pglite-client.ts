import { types, type PGlite } from "@electric-sql/pglite";

// The embedded database's client as Drizzle is given it (lib/db/open.ts): two things PGlite does its own way.
//
// Drizzle asks PGlite to keep dates, timestamps and intervals (and their arrays) as the database's text, and it
// does so by passing its own parsers with every query. PGlite then merges them into its ~320 default parsers with
// an object spread on every statement: ~0.1 ms each (measured here: `select 1` 0.33 ms with them, 0.18 without),
// about a tenth of a search's time in the embedded database. So the database is opened with those parsers as its
// defaults, and the copy Drizzle passes is dropped on the way in: what every statement answers is the same, without
// the merge. Raw users of the client (the job engine) get text for these types too, as on PostgreSQL, where
// Drizzle's postgres.js driver sets the same pass-throughs on the client itself.

const asText = (value: string) => value;

/** The parsers Drizzle's PGlite driver passes with each query (drizzle-orm/pglite/session.js), as defaults. */
export const KEPT_AS_TEXT: Record<number, (value: string) => unknown> = {
  [types.TIMESTAMP]: asText,
  [types.TIMESTAMPTZ]: asText,
  [types.INTERVAL]: asText,
  [types.DATE]: asText,
  1231: asText, // numeric[]
  1115: asText, // timestamp[]
  1185: asText, // timestamptz[]
  1187: asText, // interval[]
  1182: asText, // date[]
};

// Each statement starts on a turn of the event loop of its own. PGlite runs in this thread and answers through
// promises, so without a turn between them the statements of every waiting request ran back to back in one drain of
// the microtask queue, and Node drains that queue after each socket it accepts: under load a new connection waited
// for a whole queue of searches (~200 ms) per connection ahead of it (the first request of 12 of 50 new connections
// took 1.7–3.8 s in the search bench, the server's own time for each under 1 s). Between statements the server now
// reads, accepts and answers what is ready.
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

interface Queryable {
  query(text: string, params?: unknown[], options?: { parsers?: unknown }): Promise<unknown>;
}

/**
 * `client` (opened with KEPT_AS_TEXT as its parsers) as Drizzle should see it: queries, in and out of transactions,
 * without their per-query parsers and each on a turn of the event loop of its own. Everything else is the client's.
 */
export function forDrizzle(client: PGlite): PGlite {
  return wrap(client) as PGlite;
}

function wrap<T extends object>(target: T): T {
  // Made once for this client or transaction (Drizzle reads `query` for every statement); each calls the method on
  // the target itself, as PGlite keeps its state in private fields.
  const client = target as unknown as Queryable & Pick<PGlite, "transaction">;
  const query = async (text: string, params?: unknown[], options?: { parsers?: unknown }) => {
    await nextTurn();
    return client.query(text, params, options?.parsers ? { ...options, parsers: undefined } : options);
  };
  const transaction = <R>(callback: (tx: object) => Promise<R>) =>
    client.transaction((tx) => callback(wrap(tx)));
  return new Proxy(target, {
    get(object, property) {
      if (property === "query") return query;
      if (property === "transaction") return transaction;
      const value: unknown = Reflect.get(object, property, object);
      return typeof value === "function" ? value.bind(object) : value;
    },
  });
}
