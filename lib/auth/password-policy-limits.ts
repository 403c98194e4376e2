// Shared by the policy (server) and the form fields.
export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 200;
