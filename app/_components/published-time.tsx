import { formatDateTime, formatShortDate } from "@/lib/content/format";

export function PublishedTime({ date, long = false }: { date: Date; long?: boolean }) {
  return <time dateTime={date.toISOString()}>{long ? formatDateTime(date) : formatShortDate(date)}</time>;
}
