// The frame of every sign-in/sign-up page: one narrow column with a heading.
export function AuthCard({
  title,
  intro,
  children,
}: {
  title: string;
  intro?: React.ReactNode;
  children: React.ReactNode;
}) {
  return (
    <div className="mx-auto max-w-md py-4 sm:py-8">
      <h1 className="font-serif text-3xl font-bold tracking-tight">{title}</h1>
      {intro ? <div className="mt-2 text-neutral-700 dark:text-neutral-300">{intro}</div> : null}
      <div className="mt-6 space-y-6">{children}</div>
    </div>
  );
}
