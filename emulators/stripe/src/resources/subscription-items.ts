import type Stripe from "stripe";
import { z } from "zod";
import type { Emulator } from "../engine/context";
import type { Route } from "../router";
import { requireFound } from "../wire/errors";
import { expand, listParams, parseParams, str } from "../wire/params";
import { paginate } from "../wire/pagination";
import { param } from "./common";
import { getSubscription } from "./subscriptions";

export function findSubscriptionItem(em: Emulator, id: string): Stripe.SubscriptionItem | undefined {
  for (const rec of Object.values(em.state.subscriptions)) {
    const item = rec.sub.items.data.find((i) => i.id === id);
    if (item) return item;
  }
  return undefined;
}

export const subscriptionItemRoutes: Route[] = [
  {
    method: "GET",
    path: "/v1/subscription_items/:id",
    handle: (em, req) => {
      parseParams(z.strictObject({ expand }), req.input);
      return requireFound(findSubscriptionItem(em, param(req)), "subscription_item", param(req));
    },
  },
  {
    method: "GET",
    path: "/v1/subscription_items",
    handle: (em, req) => {
      const p = parseParams(z.strictObject({ ...listParams, subscription: str }), req.input);
      const rec = getSubscription(em, p.subscription, "subscription");
      return paginate(rec.sub.items.data, p, `/v1/subscription_items?subscription=${rec.sub.id}`);
    },
  },
];
