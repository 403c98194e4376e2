"use client";

import { useActionState } from "react";
import { FormMessage, SubmitButton, TextField } from "@/app/_components/form-parts";
import { idleForm } from "@/lib/auth/form-state";
import { changePassword, requestEmailChange, updateProfile } from "../profile-actions";
import { deleteAccount } from "../session-actions";

export function ProfileForm({ name }: { name: string }) {
  const [state, action] = useActionState(updateProfile, idleForm);
  return (
    <form action={action} className="space-y-4" noValidate aria-label="Your name">
      <FormMessage status={state.status} message={state.message} />
      <TextField
        name="name"
        idPrefix="profile"
        label="Name"
        autoComplete="name"
        maxLength={100}
        defaultValue={state.values?.name ?? name}
        error={state.fieldErrors?.name}
      />
      <SubmitButton tone="secondary" block={false}>
        Save name
      </SubmitButton>
    </form>
  );
}

export function ChangePasswordForm({ hasPassword }: { hasPassword: boolean }) {
  const [state, action] = useActionState(changePassword, idleForm);
  return (
    <form action={action} className="space-y-4" noValidate aria-label="Change password">
      <FormMessage status={state.status} message={state.message} />
      <CurrentPasswordField
        idPrefix="password"
        hasPassword={hasPassword}
        error={state.fieldErrors?.currentPassword}
      />
      <TextField
        name="newPassword"
        idPrefix="password"
        label="New password"
        type="password"
        autoComplete="new-password"
        maxLength={200}
        hint="At least 10 characters. Your other devices will be signed out."
        error={state.fieldErrors?.newPassword}
      />
      <SubmitButton tone="secondary" block={false}>
        {hasPassword ? "Change password" : "Set a password"}
      </SubmitButton>
    </form>
  );
}

export function ChangeEmailForm({ hasPassword }: { hasPassword: boolean }) {
  const [state, action] = useActionState(requestEmailChange, idleForm);
  return (
    <form action={action} className="space-y-4" noValidate aria-label="Change email address">
      <FormMessage status={state.status} message={state.message} />
      <TextField
        name="newEmail"
        idPrefix="email"
        label="New email address"
        type="email"
        autoComplete="email"
        maxLength={254}
        defaultValue={state.values?.newEmail}
        error={state.fieldErrors?.newEmail}
      />
      <CurrentPasswordField
        idPrefix="email"
        hasPassword={hasPassword}
        error={state.fieldErrors?.currentPassword}
      />
      <SubmitButton tone="secondary" block={false}>
        Send confirmation link
      </SubmitButton>
    </form>
  );
}

export function DeleteAccountForm({ email, hasPassword }: { email: string; hasPassword: boolean }) {
  const [state, action] = useActionState(deleteAccount, idleForm);
  return (
    <form action={action} className="space-y-4" noValidate aria-label="Delete account">
      <FormMessage status={state.status} message={state.message} />
      <TextField
        name="confirm"
        idPrefix="delete"
        label={`Type ${email} to confirm`}
        autoComplete="off"
        maxLength={300}
        error={state.fieldErrors?.confirm}
      />
      <CurrentPasswordField
        idPrefix="delete"
        hasPassword={hasPassword}
        error={state.fieldErrors?.currentPassword}
      />
      <SubmitButton tone="danger" block={false}>
        Delete my account
      </SubmitButton>
    </form>
  );
}

// Accounts without a password (email-code or OAuth only) still send the field, empty, so each action parses one shape.
function CurrentPasswordField({
  idPrefix,
  hasPassword,
  error,
}: {
  idPrefix: string;
  hasPassword: boolean;
  error?: string;
}) {
  if (!hasPassword) return <input type="hidden" name="currentPassword" value="" />;
  return (
    <TextField
      name="currentPassword"
      idPrefix={idPrefix}
      label="Current password"
      type="password"
      autoComplete="current-password"
      maxLength={200}
      error={error}
    />
  );
}
