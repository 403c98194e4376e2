import Link from "next/link";

/**
 * The sections on a phone: a "Sections" button opening a list (a <details>, so it works without JavaScript).
 * Hidden from `sm` up, where the sections bar shows them all. The list opens under the whole header row, in two
 * columns, so every section fits on a phone screen.
 */
export function SectionsMenu({ sections }: { sections: { href: string; label: string }[] }) {
  return (
    <details className="group sm:hidden">
      <summary className="flex cursor-pointer list-none items-center gap-1.5 rounded-full border border-neutral-300 px-3 py-1.5 text-sm font-medium dark:border-neutral-700">
        <span aria-hidden="true">☰</span>
        Sections
      </summary>
      <nav
        aria-label="Sections"
        className="absolute inset-x-4 top-full z-30 mt-1 max-h-[70vh] overflow-y-auto rounded-md border border-neutral-200 bg-white py-1 shadow-lg dark:border-neutral-800 dark:bg-neutral-900"
      >
        <ul className="grid grid-cols-2 text-sm font-medium">
          {sections.map((section) => (
            <li key={section.href}>
              <Link
                href={section.href}
                prefetch={false}
                className="block px-4 py-2.5 hover:bg-neutral-100 dark:hover:bg-neutral-800"
              >
                {section.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </details>
  );
}
