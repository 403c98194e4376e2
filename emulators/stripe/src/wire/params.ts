import { z } from "zod";
import { invalidRequest, type StripeApiError } from "./errors";
import { formatParam, type FormObject } from "./form";

// Form values arrive as strings; these schemas coerce them the way Stripe does and tag
// failures so they can be reported with Stripe's error codes.
export const int = z
  .string()
  .regex(/^-?\d+$/, { message: "parameter_invalid_integer" })
  .transform(Number);
export const bool = z
  .enum(["true", "false"], { message: "parameter_invalid_boolean" })
  .transform((v) => v === "true");
// Stripe refuses "" for a parameter that cannot be unset (parameter_invalid_empty); `unsettable` marks those that can.
export const str = z
  .string({ message: "parameter_invalid_string" })
  .min(1, { message: "parameter_invalid_empty" });
// Counts (quantity, trial days) are never negative at Stripe.
export const nonNegativeInt = int.pipe(z.number().min(0, { message: "parameter_negative" }));
export const expand = z.array(str).optional();
// `metadata[key]=` removes a key; `metadata=` clears everything.
export const metadata = z.union([z.literal(""), z.record(z.string(), z.string())]).optional();
// Many fields accept "" to unset them.
export const unsettable = <T extends z.ZodType>(schema: T) => z.union([z.literal(""), schema]);

export const listParams = {
  limit: int
    .pipe(z.number().min(1, { message: "limit_range" }).max(100, { message: "limit_range" }))
    .optional(),
  starting_after: str.optional(),
  ending_before: str.optional(),
  expand,
};

export const createdFilter = z
  .union([
    int,
    z.strictObject({ gt: int.optional(), gte: int.optional(), lt: int.optional(), lte: int.optional() }),
  ])
  .optional();

function valueAt(input: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let node: unknown = input;
  for (const key of path) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

function toStripeError(issue: z.core.$ZodIssue, input: unknown): StripeApiError {
  const path = issue.path;
  const param = formatParam(path);
  if (issue.code === "unrecognized_keys") {
    const key = issue.keys[0] ?? "";
    const name = formatParam([...path, key]);
    return invalidRequest(`Received unknown parameter: ${name}`, name, "parameter_unknown");
  }
  const value = valueAt(input, path);
  if (value === undefined)
    return invalidRequest(`Missing required param: ${param}.`, param, "parameter_missing");
  if (issue.message === "parameter_invalid_integer") {
    return invalidRequest(`Invalid integer: ${String(value)}`, param, "parameter_invalid_integer");
  }
  if (issue.message === "parameter_invalid_empty") {
    return invalidRequest(
      `You passed an empty string for '${param}'. We assume empty values are an attempt to unset a parameter; however '${param}' cannot be unset. You should remove '${param}' from your request or supply a non-empty value.`,
      param,
      "parameter_invalid_empty",
    );
  }
  if (issue.message === "parameter_negative") {
    return invalidRequest(
      "This value must be greater than or equal to 0.",
      param,
      "parameter_invalid_integer",
    );
  }
  if (issue.message === "trial_days_range") {
    return invalidRequest(
      "This value must be greater than or equal to 1 and less than or equal to 730.",
      param,
    );
  }
  if (issue.message === "limit_range") {
    return invalidRequest(
      "This value must be greater than or equal to 1 and less than or equal to 100.",
      param,
    );
  }
  if (issue.code === "invalid_value") {
    const options = issue.values.map(String).join(", ");
    return invalidRequest(`Invalid ${param}: must be one of ${options}`, param);
  }
  if (typeof value === "object") {
    return invalidRequest(`Invalid ${Array.isArray(value) ? "array" : "object"} for ${param}.`, param);
  }
  return invalidRequest(`Invalid value for ${param}: ${String(value)}`, param);
}

export function parseParams<T extends z.ZodType>(schema: T, input: FormObject): z.output<T> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const first = parsed.error.issues[0];
  throw first ? toStripeError(first, input) : invalidRequest("Invalid request.");
}

// subscription trial_settings (subscriptions, checkout subscription_data).
export const trialSettings = z
  .strictObject({
    end_behavior: z.strictObject({ missing_payment_method: z.enum(["cancel", "pause", "create_invoice"]) }),
  })
  .optional();

// Stripe's cancellation feedback values (subscriptions, portal configuration, portal form).
export const cancellationFeedback = z.enum([
  "customer_service",
  "low_quality",
  "missing_features",
  "other",
  "switched_service",
  "too_complex",
  "too_expensive",
  "unused",
]);
