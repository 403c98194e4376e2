"use client";

import { ErrorMessage } from "./_components/error-message";

// The error itself is logged on the server (with its digest); the page shows none of it.
export default function ErrorPage({ retry }: { error: unknown; retry: () => void }) {
  return (
    <main id="main">
      <ErrorMessage retry={retry} />
    </main>
  );
}
