import "server-only";
import { absoluteUrl, composeMail } from "./layout";
import type { Mail } from "./send";

// Every mail Newsstand sends about an account. Each has a text and an HTML part (composeMail).

const MINUTES = "This link and code work once, for 15 minutes.";

export function signInMail(to: string, link: string, code: string): Mail {
  return composeMail(to, `Your Newsstand sign-in code: ${code}`, {
    heading: "Sign in to Newsstand",
    paragraphs: ["Use the button below, or type this code on the sign-in page.", MINUTES],
    code,
    action: { label: "Sign in", url: absoluteUrl(link) },
  });
}

export function confirmSignUpMail(to: string, link: string, code: string): Mail {
  return composeMail(to, `Confirm your email: ${code}`, {
    heading: "Welcome to Newsstand",
    paragraphs: ["Confirm your email address to finish creating your account.", MINUTES],
    code,
    action: { label: "Confirm and sign in", url: absoluteUrl(link) },
  });
}

/** Sent instead of a sign-up confirmation when the address already has an account: the page answered the same. */
export function alreadyRegisteredMail(to: string, link: string, code: string): Mail {
  return composeMail(to, `You already have a Newsstand account: ${code}`, {
    heading: "You already have an account",
    paragraphs: [
      "Someone (probably you) tried to sign up with this address, which already has a Newsstand account.",
      "You can sign in with the button or code below, or reset your password from the sign-in page.",
      MINUTES,
    ],
    code,
    action: { label: "Sign in", url: absoluteUrl(link) },
  });
}

export function noAccountMail(to: string): Mail {
  return composeMail(to, "Signing in to Newsstand", {
    heading: "There is no account for this address",
    paragraphs: [
      "Someone asked to sign in to Newsstand with this email address, but it has no account.",
      "If it was you, you can create an account — reading starts with a free trial.",
    ],
    action: { label: "Create an account", url: absoluteUrl("/sign-up") },
  });
}

export function resetPasswordMail(to: string, link: string): Mail {
  return composeMail(to, "Reset your Newsstand password", {
    heading: "Reset your password",
    paragraphs: [
      "Choose a new password with the button below. It signs you out on your other devices.",
      "This link works once, for 15 minutes.",
    ],
    action: { label: "Choose a new password", url: absoluteUrl(link) },
  });
}

export function noAccountResetMail(to: string): Mail {
  return composeMail(to, "Password reset requested", {
    heading: "There is no account for this address",
    paragraphs: [
      "Someone asked to reset the Newsstand password for this email address, but it has no account.",
    ],
    action: { label: "Create an account", url: absoluteUrl("/sign-up") },
  });
}

export function changeEmailMail(to: string, link: string): Mail {
  return composeMail(to, "Confirm your new email address", {
    heading: "Confirm your new email address",
    paragraphs: [
      "Your Newsstand account will use this address once you confirm it.",
      "This link works once, for 15 minutes.",
    ],
    action: { label: "Confirm new address", url: absoluteUrl(link) },
  });
}

export function emailChangedNoticeMail(to: string, newEmail: string): Mail {
  return composeMail(to, "Your Newsstand email address was changed", {
    heading: "Your email address was changed",
    paragraphs: [
      `Your account now uses ${newEmail}. If you did not do this, reply to this email straight away.`,
    ],
    footer: "This is a security notice about your account.",
  });
}

export function passwordChangedMail(to: string): Mail {
  return composeMail(to, "Your Newsstand password was changed", {
    heading: "Your password was changed",
    paragraphs: [
      "Your password was changed and your other devices were signed out. If this was not you, reset your password now.",
    ],
    action: { label: "Reset password", url: absoluteUrl("/forgot-password") },
    footer: "This is a security notice about your account.",
  });
}
