import { topicSeeds } from "./catalogue";

// Hero images are abstract SVG compositions made by scripts/generate-images.ts and shipped in
// public/images/heroes. This list is shared by that script and the seed, so paths always exist.

export const HERO_WIDTH = 1200;
export const HERO_HEIGHT = 675;
export const HEROES_PER_TOPIC = 4;

export type Composition = "circles" | "stripes" | "waves" | "grid";
export const compositions: readonly Composition[] = ["circles", "stripes", "waves", "grid"];

/** Background, two accents and a light tone per topic. */
export const palettes: Record<string, readonly [string, string, string, string]> = {
  world: ["#12355b", "#d1495b", "#edae49", "#e8eef4"],
  uk: ["#1d3557", "#e63946", "#a8dadc", "#f1faee"],
  us: ["#22223b", "#c9184a", "#4a4e69", "#f2e9e4"],
  politics: ["#3c1642", "#f2a541", "#086375", "#f5e9f7"],
  business: ["#0b3d2e", "#f4a259", "#5b8e7d", "#eef5f1"],
  technology: ["#0d1b2a", "#00b4d8", "#7b2cbf", "#e0fbfc"],
  science: ["#240046", "#ff9e00", "#3c096c", "#f3e8ff"],
  health: ["#005f73", "#ee9b00", "#94d2bd", "#e9f5f2"],
  environment: ["#1b4332", "#95d5b2", "#f4d35e", "#edf6ee"],
  sport: ["#03071e", "#f48c06", "#dc2f02", "#fff3e0"],
  culture: ["#5f0f40", "#fb8b24", "#0f4c5c", "#fcefe6"],
  opinion: ["#2b2d42", "#ef233c", "#8d99ae", "#edf2f4"],
  "good-news": ["#ff7b00", "#ffd166", "#06d6a0", "#fff8e7"],
};

const altByComposition: Record<Composition, string> = {
  circles: "overlapping circles",
  stripes: "diagonal bands of colour",
  waves: "layered rolling waves",
  grid: "a grid of tiles and dots",
};

export interface HeroImage {
  url: string;
  topic: string;
  composition: Composition;
  alt: string;
  width: number;
  height: number;
}

export const heroImages: readonly HeroImage[] = topicSeeds.flatMap((topic) =>
  compositions.slice(0, HEROES_PER_TOPIC).map((composition, i) => ({
    url: `/images/heroes/${topic.slug}-${i + 1}.svg`,
    topic: topic.slug,
    composition,
    alt: `Abstract illustration in the ${topic.name} palette: ${altByComposition[composition]}`,
    width: HERO_WIDTH,
    height: HERO_HEIGHT,
  })),
);

export function heroesForTopic(topicSlug: string): readonly HeroImage[] {
  return heroImages.filter((h) => h.topic === topicSlug);
}
