// "Try again in …", shared by the server actions and the sign-in error mapping (no server-only imports).

function describeRetry(seconds: number): string {
  if (seconds < 90) return `${seconds} second${seconds === 1 ? "" : "s"}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minute${minutes === 1 ? "" : "s"}`;
}

export function rateLimitMessage(seconds: number): string {
  return `Too many attempts. Please try again in ${describeRetry(seconds)}.`;
}
