import "server-only";
import { createHash } from "node:crypto";
import { mkdir, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import sharp, { type Metadata } from "sharp";
import { settings } from "@/lib/config/settings";
import { fetchGuarded } from "./guarded-fetch";

// Feed images are fetched once (keyed by URL), checked to really be an image of an accepted type and size, re-encoded
// to WebP (dropping metadata and anything riding inside the file) and kept under DATA_DIR/media, served by the site at
// /media/<file> — a reader's browser never asks a publisher's server for anything.

const ACCEPTED = new Set(["jpeg", "png", "webp", "gif", "avif"]);
const MAX_PIXELS = 40_000_000;
const MAX_WIDTH = 1600;

export interface StoredImage {
  url: string;
  width: number;
  height: number;
}

export const mediaDir = () => path.resolve(settings.DATA_DIR, "media");

/** The stored file's name for a served path's last segment, or null when it is not one of ours. */
export function mediaFilePath(name: string): string | null {
  return /^[a-f0-9]{40}\.webp$/.test(name) ? path.join(mediaDir(), name) : null;
}

/** Re-encodes bytes that must be an accepted image; throws with a readable reason otherwise. */
export async function reencodeImage(bytes: Buffer): Promise<{ data: Buffer; width: number; height: number }> {
  let meta: Metadata;
  try {
    meta = await sharp(bytes, { limitInputPixels: MAX_PIXELS }).metadata();
  } catch {
    throw new Error("not an image");
  }
  if (!meta.format || !ACCEPTED.has(meta.format))
    throw new Error(`image type ${meta.format ?? "unknown"} refused`);
  const { data, info } = await sharp(bytes, { limitInputPixels: MAX_PIXELS, animated: false })
    .rotate()
    .resize({ width: MAX_WIDTH, withoutEnlargement: true })
    .webp({ quality: 80 })
    .toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

/** Fetches and stores an image once; a second call for the same URL reads the stored one. */
export async function storeRemoteImage(url: string): Promise<StoredImage> {
  const name = `${createHash("sha1").update(url).digest("hex")}.webp`;
  const file = path.join(mediaDir(), name);
  const served = `/media/${name}`;
  // Stored already: its header gives the size (no second fetch, no whole-file read).
  const known = await sharp(file)
    .metadata()
    .catch(() => null);
  if (known) return { url: served, width: known.width ?? 0, height: known.height ?? 0 };
  const fetched = await fetchGuarded(url, { accept: "image/*", maxBytes: settings.IMAGES_MAX_BYTES });
  if (fetched.kind !== "ok") throw new Error("image answered 304 to a first request");
  const image = await reencodeImage(fetched.body);
  await mkdir(mediaDir(), { recursive: true });
  await writeFile(`${file}.tmp`, image.data);
  await rename(`${file}.tmp`, file);
  return { url: served, width: image.width, height: image.height };
}
