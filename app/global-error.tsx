"use client";

import "./globals.css";
import { ErrorMessage } from "./_components/error-message";

export default function GlobalError({ retry }: { error: unknown; retry: () => void }) {
  return (
    <html lang="en">
      <body className="min-h-screen font-sans">
        <title>Something went wrong · Newsstand</title>
        <main id="main">
          <ErrorMessage retry={retry} />
        </main>
      </body>
    </html>
  );
}
