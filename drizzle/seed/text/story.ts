import type { Rng } from "../prng";
import { companies, countriesInText, firstNames, institutions, lastNames, months, weekdays } from "./names";
import { drugs, ordinals, prizes, products, rivers, teamSuffixes } from "./common";

// The facts one story is about, fixed per article so the headline, lead and quotes agree.
export type Slots = Record<string, string>;

const fmt = new Intl.NumberFormat("en-GB");

function personName(rng: Rng): string {
  return `${rng.pick(firstNames)} ${rng.pick(lastNames)}`;
}

function money(rng: Rng): string {
  const currency = rng.pick(["£", "$", "€"]);
  return rng.chance(0.5) ? `${currency}${rng.int(2, 95)}m` : `${currency}${rng.int(1, 9)}.${rng.int(1, 9)}bn`;
}

/** `roles` are the ones that fit the story's kind: who is quoted depends on what the story is about. */
export function buildSlots(
  rng: Rng,
  places: readonly string[],
  allPlaces: readonly string[],
  roles: readonly string[],
): Slots {
  const place = rng.pick(places);
  let place2 = rng.pick(allPlaces);
  if (place2 === place) place2 = rng.pick(allPlaces);
  const person = personName(rng);
  let personB = personName(rng);
  if (personB === person) personB = personName(rng);
  // The person the story is about (a candidate, a coach, a runner): never one of those quoted about it.
  let hero = personName(rng);
  while (hero === person || hero === personB) hero = personName(rng);
  const company = rng.pick(companies);
  let company2 = rng.pick(companies);
  if (company2 === company) company2 = rng.pick(companies);
  let nation2 = rng.pick(countriesInText);
  const nation = rng.pick(countriesInText);
  if (nation2 === nation) nation2 = rng.pick(countriesInText);
  const place2Short = place2.split(" ")[0] ?? place2;
  // A win is a win: the first side scores more. A draw has its own slot.
  const against = rng.int(0, 2);
  const level = rng.int(0, 3);
  return {
    place,
    place2,
    nation,
    nation2,
    person,
    personB,
    hero,
    heroLast: hero.split(" ")[1] ?? hero,
    last: person.split(" ")[1] ?? person,
    lastB: personB.split(" ")[1] ?? personB,
    role: rng.pick(roles),
    roleB: rng.pick(roles),
    org: rng.pick(institutions),
    company,
    company2,
    product: rng.pick(products),
    drug: rng.pick(drugs),
    river: rng.pick(rivers),
    prize: rng.pick(prizes),
    team: `${place.split(" ")[0] ?? place} ${rng.pick(teamSuffixes)}`,
    team2: `${place2Short} ${rng.pick(teamSuffixes)}`,
    score: `${against + rng.int(1, 3)}-${against}`,
    draw: `${level}-${level}`,
    n: String(rng.int(3, 12)),
    n2: String(rng.int(1, 3)),
    n3: String(rng.int(120, 900)),
    n4: String(rng.int(12, 19)),
    n5: String(rng.int(2, 6)),
    n6: String(rng.int(16, 19)),
    n7: String(rng.int(310, 340)),
    n8: String(rng.int(250, 300)),
    n9: String(rng.int(60, 89)),
    big: fmt.format(rng.int(12, 980) * 100),
    pct: String(rng.int(11, 68)),
    pct1: `${rng.int(1, 9)}.${rng.int(1, 9)}`,
    pct2: String(rng.int(8, 30)),
    mag: `${rng.int(5, 7)}.${rng.int(1, 9)}`,
    money: money(rng),
    month: rng.pick(months),
    weekday: rng.pick(weekdays),
    ordinal: rng.pick(ordinals),
    year0: String(rng.int(2009, 2021)),
    year1: String(rng.int(1890, 1975)),
    year: String(rng.int(2027, 2035)),
  };
}

/** Fills `{slot}` markers; an unknown slot is a bug in a template, so it throws. */
export function fill(template: string, slots: Slots): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => {
    const value = slots[key];
    if (value === undefined) throw new Error(`unknown slot {${key}} in "${template}"`);
    return value;
  });
}
