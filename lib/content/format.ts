// Dates and places shown to readers: British English, UTC, so server output is stable.

const dateTime = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "UTC",
  timeZoneName: "short",
});
const shortDate = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });
const countryNames = new Intl.DisplayNames(["en-GB"], { type: "region" });

export function formatDateTime(date: Date): string {
  return dateTime.format(date);
}

export function formatShortDate(date: Date): string {
  return shortDate.format(date);
}

export function formatCountry(code: string): string {
  try {
    return countryNames.of(code) ?? code;
  } catch {
    return code;
  }
}

/** Minutes an article takes to read at 230 words a minute, at least one (the seed and feed ingestion store it). */
export function estimateReadingMinutes(wordCount: number): number {
  return Math.max(1, Math.round(wordCount / 230));
}

export function formatReadingTime(minutes: number): string {
  return `${Math.max(1, minutes)} min read`;
}
