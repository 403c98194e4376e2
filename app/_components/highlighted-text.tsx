import { HIGHLIGHT_START, HIGHLIGHT_STOP } from "@/lib/content/search-marks";

/** Text with search matches marked by private-use characters, rendered as <mark> — never as HTML. */
export function HighlightedText({ marked }: { marked: string }) {
  const parts: React.ReactNode[] = [];
  let rest = marked;
  let key = 0;
  while (rest.length > 0) {
    const start = rest.indexOf(HIGHLIGHT_START);
    if (start === -1) break;
    const stop = rest.indexOf(HIGHLIGHT_STOP, start);
    if (stop === -1) break;
    if (start > 0) parts.push(rest.slice(0, start));
    // A short component class (globals.css): a page of results repeats it on every match, in HTML and payload.
    parts.push(
      <mark key={key++} className="search-hit">
        {rest.slice(start + 1, stop)}
      </mark>,
    );
    rest = rest.slice(stop + 1);
  }
  parts.push(rest.replaceAll(HIGHLIGHT_START, "").replaceAll(HIGHLIGHT_STOP, ""));
  return <>{parts}</>;
}
