import { WITHOUT_SCRIPT_PARAM, WITHOUT_SCRIPT_VALUE } from "@/lib/content/search-without-script";

/**
 * A search form's field that only a browser without JavaScript submits: with scripts on, a <noscript>'s content
 * is text, not a field. It asks for the search page with its results rendered (search-without-script.ts).
 */
export function NoScriptField() {
  return (
    <noscript>
      <input type="hidden" name={WITHOUT_SCRIPT_PARAM} value={WITHOUT_SCRIPT_VALUE} />
    </noscript>
  );
}
