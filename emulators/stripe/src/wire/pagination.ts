import type Stripe from "stripe";
import { invalidRequest } from "./errors";

interface Listable {
  id: string;
  created: number;
}

interface PageParams {
  limit?: number | undefined;
  starting_after?: string | undefined;
  ending_before?: string | undefined;
}

type CreatedFilter =
  | number
  | { gt?: number | undefined; gte?: number | undefined; lt?: number | undefined; lte?: number | undefined }
  | undefined;

export function matchesCreated(created: number, filter: CreatedFilter): boolean {
  if (filter === undefined) return true;
  if (typeof filter === "number") return created === filter;
  return (
    (filter.gt === undefined || created > filter.gt) &&
    (filter.gte === undefined || created >= filter.gte) &&
    (filter.lt === undefined || created < filter.lt) &&
    (filter.lte === undefined || created <= filter.lte)
  );
}

// Newest first, like Stripe; ties keep reverse insertion order.
export function paginate<T extends Listable>(items: T[], params: PageParams, url: string): Stripe.ApiList<T> {
  return paginateInOrder(
    [...items].reverse().sort((a, b) => b.created - a.created),
    params,
    url,
  );
}

// For lists with a natural order of their own (invoice lines, checkout line items).
export function paginateInOrder<T extends { id: string }>(
  sorted: T[],
  params: PageParams,
  url: string,
): Stripe.ApiList<T> {
  const limit = params.limit ?? 10;
  if (params.starting_after !== undefined && params.ending_before !== undefined) {
    throw invalidRequest(
      "You may only specify one of these parameters: ending_before, starting_after.",
      "ending_before",
    );
  }
  const cursor = params.starting_after ?? params.ending_before;
  let index = -1;
  if (cursor !== undefined) {
    index = sorted.findIndex((item) => item.id === cursor);
    if (index === -1) {
      const param = params.starting_after !== undefined ? "starting_after" : "ending_before";
      throw invalidRequest(`No such object: '${cursor}'`, param, "resource_missing");
    }
  }
  if (params.ending_before !== undefined) {
    const before = sorted.slice(0, index);
    return { object: "list", data: before.slice(-limit), has_more: before.length > limit, url };
  }
  const after = sorted.slice(index + 1);
  return { object: "list", data: after.slice(0, limit), has_more: after.length > limit, url };
}
