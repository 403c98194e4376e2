// Names and things stories mention; the paragraphs stories share are in kinds.ts.

export const products = [
  "e-bike",
  "heat pump",
  "smart meter",
  "electric van",
  "phone",
  "folding scooter",
  "induction hob",
  "home battery",
];
export const drugs = ["antibiotics for children", "hormone patches", "epilepsy medication", "insulin pens"];
export const rivers = ["River Alder", "River Wend", "Tamsin", "River Corran", "Elsbrook"];
export const prizes = ["Harbourlight", "Millstone", "First Pages", "Saltire Fiction", "Coastline"];
export const teamSuffixes = [
  "Rovers",
  "Athletic",
  "United",
  "Wanderers",
  "City",
  "Harriers",
  "Albion",
  "Rangers",
];
export const ordinals = ["second", "third", "fourth", "fifth", "sixth", "seventh"];
