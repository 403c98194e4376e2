import Link from "next/link";

/** The membership pages' top: a way back up, then the page's title. */
export function PageHeading({ back, title }: { back: { href: string; label: string }; title: string }) {
  return (
    <>
      <p>
        <Link href={back.href} className="underline">
          {back.label}
        </Link>
      </p>
      <h1 className="mt-2 font-serif text-4xl font-bold">{title}</h1>
    </>
  );
}
