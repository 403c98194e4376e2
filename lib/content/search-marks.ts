// Private-use characters mark a search's highlights (lib/db/queries/search-highlight.ts): the UI splits on these
// and renders plain text instead of trusting markup. Plain constants, for the server and the browser's list.
export const HIGHLIGHT_START = "\uE000";
export const HIGHLIGHT_STOP = "\uE001";
