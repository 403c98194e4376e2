"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { signOut } from "@/auth";
import { endEverySession, eraseUser } from "@/lib/auth/accounts";
import { formError, type FormState } from "@/lib/auth/form-state";
import { requireUser } from "@/lib/auth/session";
import { cancelMembershipForDeletedUser } from "@/lib/billing/account-deletion";
import { PaymentsUnavailableError } from "@/lib/billing/errors";
import { checkCurrentPassword } from "./current-password";

// Signing out, everywhere, and deleting the account.

export async function signOutHere(): Promise<void> {
  await signOut({ redirectTo: "/" });
}

/** Every device's session (this one too) stops working at its next request: the JWTs carry the old version. */
export async function signOutEverywhere(): Promise<void> {
  const user = await requireUser("/account");
  await endEverySession(user.id);
  await signOut({ redirect: false });
  redirect("/sign-in?notice=signed-out-everywhere");
}

const deleteForm = z.object({ confirm: z.string().max(300), currentPassword: z.string().max(200) });

/** Cancels the membership in Stripe, then removes the user and everything personal that hangs off them. */
export async function deleteAccount(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser("/account");
  const parsed = deleteForm.safeParse({
    confirm: formData.get("confirm") ?? "",
    currentPassword: formData.get("currentPassword") ?? "",
  });
  if (!parsed.success) return formError("Please check what you typed.");
  if (parsed.data.confirm.trim().toLowerCase() !== user.email) {
    return {
      status: "error",
      message: "Please check the highlighted fields.",
      fieldErrors: { confirm: `Type ${user.email} to confirm.` },
    };
  }
  const wrong = await checkCurrentPassword(user, parsed.data.currentPassword);
  if (wrong) return wrong;
  try {
    await cancelMembershipForDeletedUser(user.id);
  } catch (error) {
    if (error instanceof PaymentsUnavailableError)
      return formError(`${error.message} Your account was not deleted.`);
    console.error("cancelling membership before deletion failed", { userId: user.id, error });
    return formError("Something went wrong, and your account was not deleted. Please try again.");
  }
  // Reading history is kept without the user (set null).
  await eraseUser(user);
  await signOut({ redirect: false });
  redirect("/?notice=account-deleted");
}
