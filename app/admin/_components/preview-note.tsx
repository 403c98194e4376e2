/** The banner on a newsroom preview: what it shows, and that nothing is saved until the editor saves. */
export function PreviewNote({ children }: { children: React.ReactNode }) {
  return (
    <div
      role="note"
      className="mb-6 rounded-md border border-amber-400 bg-amber-50 px-4 py-3 text-amber-950 dark:bg-amber-950 dark:text-amber-100"
    >
      <h1 className="font-semibold">Preview — not saved</h1>
      <p className="text-sm">{children}</p>
    </div>
  );
}
