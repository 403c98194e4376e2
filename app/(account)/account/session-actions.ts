"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { signOut } from "@/auth";
import { buttonAction, formAction } from "@/lib/auth/action";
import { endEverySession, eraseUser } from "@/lib/auth/accounts";
import { pathAfterSignOut } from "@/lib/auth/callback-url";
import { fieldError, formError } from "@/lib/auth/form-state";
import { cancelMembershipForDeletedUser, sendAccountDeletedMail } from "@/lib/billing/account-deletion";
import { isPaymentsUnavailable } from "@/lib/billing/errors";
import { checkCurrentPassword } from "./current-password";

// Signing out, everywhere, and deleting the account.

const noFields = z.object({});

/** Signs out and lands on the page the reader was on (`returnTo`, see SignOutButton), or home. */
export const signOutHere = buttonAction(
  { name: "signOutHere", access: "public", schema: z.object({ returnTo: z.string().max(2000).optional() }) },
  async ({ returnTo }) => {
    await signOut({ redirectTo: pathAfterSignOut(returnTo) });
  },
);

/** Every device's session (this one too) stops working at its next request: the JWTs carry the old version. */
export const signOutEverywhere = buttonAction(
  { name: "signOutEverywhere", access: "user", signInReturn: "/account", schema: noFields },
  async (_input, { user }) => {
    await endEverySession(user.id);
    await signOut({ redirect: false });
    redirect("/sign-in?notice=signed-out-everywhere");
  },
);

const deleteForm = z.object({ confirm: z.string().max(300), currentPassword: z.string().max(200) });

/** Cancels the membership in Stripe, then removes the user and everything personal that hangs off them. */
export const deleteAccount = formAction(
  {
    name: "deleteAccount",
    access: "user",
    signInReturn: "/account",
    schema: deleteForm,
    invalidMessage: "Please check what you typed.",
  },
  async ({ confirm, currentPassword }, { user }) => {
    if (confirm.trim().toLowerCase() !== user.email) {
      return fieldError("Please check the highlighted fields.", "confirm", `Type ${user.email} to confirm.`);
    }
    const wrong = await checkCurrentPassword(user, currentPassword);
    if (wrong) return wrong;
    try {
      await cancelMembershipForDeletedUser(user.id);
    } catch (error) {
      if (isPaymentsUnavailable(error)) return formError(`${error.message} Your account was not deleted.`);
      console.error("cancelling membership before deletion failed", { userId: user.id, error });
      return formError("Something went wrong, and your account was not deleted. Please try again.");
    }
    // Follows, mutes, saved stories and history go by cascade; reading time (reads) stays without the user.
    await eraseUser(user);
    await sendAccountDeletedMail(user.email);
    await signOut({ redirect: false });
    redirect("/?notice=account-deleted");
  },
);
