import { z } from "zod";

// Why a member cancels: a short list to pick from (optional) and a few words of their own (optional).

export const CANCEL_REASONS = {
  "too-expensive": "It costs more than it's worth to me",
  "not-reading": "I don't read enough",
  "missing-titles": "The titles I want aren't here",
  elsewhere: "I get my news elsewhere",
  break: "I'm taking a break",
  other: "Something else",
} as const;

export type CancelReasonKey = keyof typeof CANCEL_REASONS;
const reasonKeys = Object.keys(CANCEL_REASONS) as [CancelReasonKey, ...CancelReasonKey[]];

export const COMMENT_MAX = 1000;

export const cancelFormSchema = z.object({
  reason: z
    .enum(reasonKeys, { message: "Please pick one of the reasons shown, or none." })
    .optional()
    .or(z.literal("").transform(() => undefined)),
  comment: z
    .string()
    .max(COMMENT_MAX, `Please keep it under ${COMMENT_MAX} characters.`)
    .optional()
    .transform((v) => v?.trim() || undefined),
});

export interface CancelReason {
  reason: CancelReasonKey | null;
  comment: string | null;
}
