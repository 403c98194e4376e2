import "server-only";
import { createHash } from "node:crypto";
import { mkdir, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";
import { mediaDir } from "@/lib/feeds/images";
import { EditorialInputError } from "./errors";

// A title's logo, uploaded by an editor: checked to be a raster image of an accepted type and size, re-encoded
// to WebP (which drops metadata and anything riding inside the file; an SVG, and so any script in one, is
// refused outright) and stored under DATA_DIR/media beside the feeds' images, served at /media/<hash>.webp.

export const MAX_LOGO_BYTES = 2 * 1024 * 1024;
const ACCEPTED = new Set(["jpeg", "png", "webp", "gif", "avif"]);
const MAX_SIDE = 400;
const TYPES_WORDS = "a PNG, JPEG, WebP, GIF or AVIF image";

/** Stores the logo and answers its site path; throws EditorialInputError with words for anything refused. */
export async function storeLogo(file: File): Promise<string> {
  if (file.size > MAX_LOGO_BYTES) {
    throw new EditorialInputError(
      `The logo is ${(file.size / 1024 / 1024).toFixed(1)} MB; the limit is 2 MB.`,
    );
  }
  const bytes = Buffer.from(await file.arrayBuffer());
  const format = await sharp(bytes, { limitInputPixels: 40_000_000 })
    .metadata()
    .then((m) => m.format)
    .catch(() => undefined);
  const looksLikeSvg = /<svg[\s>]/i.test(bytes.subarray(0, 1024).toString("utf8"));
  if (format === "svg" || looksLikeSvg)
    throw new EditorialInputError(`SVG logos are not accepted: upload ${TYPES_WORDS}.`);
  if (!format || !ACCEPTED.has(format)) throw new EditorialInputError(`The logo must be ${TYPES_WORDS}.`);
  const data = await sharp(bytes, { limitInputPixels: 40_000_000, animated: false })
    .resize({ width: MAX_SIDE, height: MAX_SIDE, fit: "inside", withoutEnlargement: true })
    .webp({ quality: 90 })
    .toBuffer();
  const name = `${createHash("sha1").update(data).digest("hex")}.webp`;
  await mkdir(mediaDir(), { recursive: true });
  const target = path.join(mediaDir(), name);
  await writeFile(`${target}.tmp`, data);
  await rename(`${target}.tmp`, target);
  return `/media/${name}`;
}
