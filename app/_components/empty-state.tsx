import Link from "next/link";

export function EmptyState({
  title,
  children,
  href,
  linkLabel,
}: {
  title: string;
  children?: React.ReactNode;
  href?: string;
  linkLabel?: string;
}) {
  return (
    <div className="rounded-lg border border-dashed border-neutral-300 px-6 py-12 text-center dark:border-neutral-700">
      <p className="font-serif text-xl font-bold">{title}</p>
      {children && <div className="mt-2 text-neutral-700 dark:text-neutral-300">{children}</div>}
      {href && (
        <Link
          href={href}
          className="mt-4 inline-block font-medium text-brand-700 hover:underline dark:text-brand-500"
        >
          {linkLabel ?? "Back to the first page"}
        </Link>
      )}
    </div>
  );
}
