import { z } from "zod";
import { PASSWORD_MAX } from "./password-policy-limits";

// Zod fields shared by the auth and account forms; messages are shown beside the field.

export const emailField = z
  .string()
  .trim()
  .min(1, "Enter your email address.")
  .max(254, "That email address is too long.")
  .pipe(z.email("Enter a valid email address, like name@example.com."))
  .transform((v) => v.toLowerCase());

export const passwordField = z
  .string()
  .min(1, "Enter your password.")
  .max(PASSWORD_MAX, `Use at most ${PASSWORD_MAX} characters.`);

export const newPasswordField = z
  .string()
  .min(1, "Choose a password.")
  .max(PASSWORD_MAX, `Use at most ${PASSWORD_MAX} characters.`);

export const nameField = z.string().trim().max(100, "Use at most 100 characters.");

export const codeField = z
  .string()
  .transform((v) => v.replace(/\s+/g, ""))
  .pipe(z.string().regex(/^\d{6}$/, "Enter the 6-digit code from the email."));

export const tokenField = z.string().min(20, "This link is incomplete.").max(200, "This link is not valid.");
