import { NotFoundMessage } from "@/app/_components/not-found-message";

// notFound() from a reader page lands here, inside the reader layout's shell. Without this file the root
// not-found (a whole SiteShell) was nested in the layout's <main>, and its copy rode along in every
// reader page's RSC payload.
export default function ReaderNotFound() {
  return <NotFoundMessage />;
}
