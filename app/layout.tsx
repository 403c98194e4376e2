import type { Metadata, Viewport } from "next";
import "./globals.css";
import { settings } from "@/lib/config/settings";

export const metadata: Metadata = {
  metadataBase: new URL(settings.appUrl),
  title: { default: "Newsstand — all your news in one place", template: "%s · Newsstand" },
  description: "Over a hundred premium titles, one membership.",
};

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#0a0a0a" },
  ],
};

export default function RootLayout({ children }: Readonly<{ children: React.ReactNode }>) {
  return (
    <html lang="en">
      <body className="min-h-screen font-sans">{children}</body>
    </html>
  );
}
