import { createRng, pickDistinct, slugify } from "./prng";

// The fictional titles and the topics. Every place name is invented so that no
// combination with a masthead word can match a real newspaper.

export interface CountrySpec {
  code: string;
  name: string;
  places: readonly string[];
}

export const countries: readonly CountrySpec[] = [
  {
    code: "GB",
    name: "United Kingdom",
    places: [
      "Northgate",
      "Harbourside",
      "Wrenmouth",
      "Calder Reach",
      "Brindlemoor",
      "Saltmarsh",
      "Kestrel Bay",
      "Ambleford",
      "Dunmarrow",
      "Fallowfield Vale",
      "Gullhaven",
      "Thornbury Cross",
      "Millbeck",
      "Hollowmere",
      "Craigdarrow",
      "Pennock Sands",
      "Lower Swale",
      "Marshby",
      "Ravenscleugh",
      "Westerholt",
      "Copperdale",
      "St Ives-on-Teal",
    ],
  },
  {
    code: "US",
    name: "United States",
    places: [
      "Cedar Hollow",
      "Port Ellery",
      "Redmesa",
      "Lake Tamsin",
      "Granite Falls County",
      "Marlow Springs",
      "Sycamore Flats",
      "Bluewater Junction",
      "Hatcher Ridge",
      "Orchard Prairie",
      "Willow Bend",
      "East Calloway",
      "Fort Merritt",
      "Prairie Rose",
      "Silver Arroyo",
      "Copper Hollow",
      "North Branford Mills",
      "Juniper Flats",
      "Magnolia Landing",
      "Stillwater Gap",
      "Kettle River",
      "Ashby Crossing",
    ],
  },
  {
    code: "IE",
    name: "Ireland",
    places: [
      "Ballykeeran Mor",
      "Glenshannagh",
      "Kilderrow",
      "Inishmara",
      "Lough Carrow",
      "Dromaleen",
      "Carrigvale",
      "Rossmullen",
      "Ardnagleann",
    ],
  },
  {
    code: "CA",
    name: "Canada",
    places: [
      "Loonwater",
      "Fort Alder",
      "Maplecrest",
      "North Tamarack",
      "Caribou Sound",
      "Pinebrook",
      "Riviere-aux-Cygnes",
      "Ironwood Bay",
      "Frostfield",
    ],
  },
  {
    code: "AU",
    name: "Australia",
    places: [
      "Wattle Creek",
      "Coral Point",
      "Banksia Heads",
      "Red Gum Plains",
      "Port Kellan",
      "Jacaranda Hills",
      "Saltbush",
      "Mallee Downs",
      "Lyrebird Bay",
    ],
  },
  {
    code: "NZ",
    name: "New Zealand",
    places: [
      "Kowhai Bay",
      "Te Awaroa",
      "Ferncliff",
      "Pohutu Harbour",
      "Southkeld",
      "Manuka Flat",
      "Greystone Sound",
      "Tarawhiti",
    ],
  },
  {
    code: "ZA",
    name: "South Africa",
    places: [
      "Proteaville",
      "Karoo Ridge",
      "Baobab Drift",
      "Port Amandla",
      "Suikerkloof",
      "Umhlazi",
      "Fynbos Bay",
      "Kliprivier Heights",
    ],
  },
  {
    code: "IN",
    name: "India",
    places: [
      "Neelapuram",
      "Kesarganj",
      "Ambermalai",
      "Sagarkot",
      "Tulsinagar",
      "Devgiri Hills",
      "Chandanpur",
      "Mayurvan",
    ],
  },
  {
    code: "SG",
    name: "Singapore",
    places: [
      "Marina Tenggara",
      "Pulau Kecil",
      "Jurong Pinnacle",
      "Serangoon Reach",
      "Changi Bayfront",
      "Kallang Quay",
      "Orchid Point",
    ],
  },
  {
    code: "FR",
    name: "France",
    places: [
      "Valbrune",
      "Saint-Arvel",
      "Montclary",
      "Bellerive-sur-Ondine",
      "Lacombe-les-Pins",
      "Rochemaure",
      "Pont-Ardent",
      "Clairvaux-en-Lys",
    ],
  },
  {
    code: "DE",
    name: "Germany",
    places: [
      "Lindenau am See",
      "Birkenhain-Ost",
      "Hohenwasser",
      "Eichenstadt",
      "Rabenmoor",
      "Sonnenkamp",
      "Falkenried",
      "Wiesenquell",
    ],
  },
  {
    code: "NL",
    name: "Netherlands",
    places: ["Zeewaarde", "Molenveen", "Oosterwaard", "Dijkhaven", "Tulpendam", "Brugwater", "Heidekamp"],
  },
  {
    code: "SE",
    name: "Sweden",
    places: ["Björkvinge", "Sjöholm", "Granudden", "Älvsby Strand", "Tallbacken", "Norrfjärd", "Vinterö"],
  },
  {
    code: "KE",
    name: "Kenya",
    places: [
      "Simba Ridge",
      "Mto Mweupe",
      "Lake Nyota",
      "Acacia Plains",
      "Kilima Heights",
      "Pwani Bay",
      "Mawingu",
    ],
  },
  {
    code: "JP",
    name: "Japan",
    places: [
      "Sakuramori",
      "Kitanagisa",
      "Minatoyama",
      "Aozora Bay",
      "Hoshinomori",
      "Tsukishima Heights",
      "Kawasemi Cove",
    ],
  },
];

// Masthead words; none is combined with a real town, so no title matches a real paper.
const mastheads = [
  "Ledger",
  "Courier",
  "Chronicle",
  "Gazette",
  "Dispatch",
  "Sentinel",
  "Bulletin",
  "Review",
  "Register",
  "Record",
  "Beacon",
  "Lantern",
  "Compass",
  "Messenger",
  "Signal",
  "Clarion",
  "Almanac",
  "Weekly",
  "Packet",
  "Quarterly",
];
const descriptions = [
  "Independent reporting from {place} and across {country}, published since {year}.",
  "{place}'s paper of record: council, courts, business and the stories behind them.",
  "Long-form journalism and sharp analysis from a small newsroom in {place}.",
  "News, culture and sport for readers across {country}, edited in {place}.",
  "A reader-funded title covering politics, the economy and ideas, based in {place}.",
  "Investigations, features and daily briefings from {place}, since {year}.",
];

export interface PublisherSeed {
  slug: string;
  name: string;
  country: string;
  language: string;
  description: string;
  logoUrl: string;
  websiteUrl: string;
  /** The local wire's feed for the title, or none (a placeholder would only be polled and fail). */
  feedUrl: string | null;
  active: boolean;
}

/** The titles: `perCountry` per country, all names distinct. Deterministic for a seed. */
/** `feedBase`: the local feed wire's address, when it runs (the titles' feeds then come from it). */
export function buildPublishers(seed: number, perCountry = 9, feedBase?: string): PublisherSeed[] {
  const rng = createRng(seed);
  const out: PublisherSeed[] = [];
  const used = new Set<string>();
  for (const country of countries) {
    const places = pickDistinct(rng, country.places, Math.min(perCountry, country.places.length));
    while (places.length < perCountry) places.push(rng.pick(country.places));
    for (const place of places) {
      let name = "";
      do name = `The ${place} ${rng.pick(mastheads)}`;
      while (used.has(name));
      used.add(name);
      const slug = slugify(name.replace(/^The /, ""));
      const description = rng
        .pick(descriptions)
        .replace("{place}", place)
        .replace("{country}", country.name)
        .replace("{year}", String(rng.int(1871, 2019)));
      out.push({
        slug,
        name,
        country: country.code,
        language: "en",
        description,
        logoUrl: `/images/logos/${slug}.svg`,
        websiteUrl: `https://${slug}.example`,
        feedUrl: feedBase ? `${feedBase}/titles/${slug}/feed.xml` : null,
        active: true,
      });
    }
  }
  return out;
}

export interface TopicSeed {
  slug: string;
  name: string;
  position: number;
  description: string;
}

export const topicSeeds: readonly TopicSeed[] = [
  ["world", "World", "Diplomacy, conflict and change across every continent."],
  ["uk", "UK", "Politics, public services and life across the four nations."],
  ["us", "US", "Statehouses, courts and communities across America."],
  ["politics", "Politics", "Elections, parliaments, policy and power."],
  ["business", "Business", "Companies, markets, jobs and the cost of living."],
  ["technology", "Technology", "The tools, platforms and people reshaping daily life."],
  ["science", "Science", "Discoveries, research and the people behind them."],
  ["health", "Health", "Medicine, care, wellbeing and the health service."],
  ["environment", "Environment", "Climate, nature, energy and the places we live."],
  ["sport", "Sport", "Results, rivalries and the stories beyond the score."],
  ["culture", "Culture", "Books, film, music, art and the stage."],
  ["opinion", "Opinion", "Columnists and guest writers argue the week's questions."],
  ["good-news", "Good News", "Solutions, kindness and things going right."],
].map(([slug, name, description], position) => ({
  slug: slug ?? "",
  name: name ?? "",
  description: description ?? "",
  position,
}));
