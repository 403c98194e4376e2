import { readFile } from "node:fs/promises";
import { mediaFilePath } from "@/lib/feeds/images";

// Images brought in by feeds, stored re-encoded under DATA_DIR/media (lib/feeds/images.ts). Public like the
// articles' teasers; names are content hashes, so a file never changes and may be cached for good.

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const file = mediaFilePath((await params).file);
  const data = file ? await readFile(file).catch(() => null) : null;
  if (!data) return new Response("Not found", { status: 404 });
  return new Response(new Uint8Array(data), {
    headers: {
      "content-type": "image/webp",
      "cache-control": "public, max-age=31536000, immutable",
      "x-content-type-options": "nosniff",
    },
  });
}
