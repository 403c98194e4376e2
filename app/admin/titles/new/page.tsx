import { requireRole } from "@/lib/auth/session";
import { TitleForm } from "../title-form";

export const metadata = { title: "New title" };

export default async function NewTitlePage() {
  await requireRole("editor", "/admin/titles/new");
  return (
    <>
      <h1 className="mb-4 font-serif text-3xl font-bold">New title</h1>
      <TitleForm
        title={{
          name: "",
          slug: "",
          country: "",
          language: "en",
          description: "",
          websiteUrl: "",
          feedUrl: "",
          logoUrl: null,
        }}
      />
    </>
  );
}
