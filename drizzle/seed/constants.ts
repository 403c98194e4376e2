// Shared by the seed and scripts/generate-images.ts: logos are drawn for this seed's titles.
export const DEFAULT_SEED = 20261124;
export const DEFAULT_ARTICLES = 3000;
