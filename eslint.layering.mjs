// The layering rules (README "Layout", ARCHITECTURE "How data flows") as `no-restricted-imports`.
// Flat config does not merge a rule's options across objects, so the files are cut into disjoint
// zones and each zone gets one rule entry with every restriction that applies to it.

const sdk = (names, home) =>
  names.flatMap((name) => [{ group: [name, `${name}/**`], message: `${name} is imported only in ${home}.` }]);

// Outside SDKs and the one place each may be imported from.
const DATABASE_SDK = sdk(
  ["drizzle-orm", "postgres", "@electric-sql/pglite"],
  "lib/db (and the seed and scripts)",
);
const STRIPE_SDK = sdk(["stripe"], "lib/billing (and the Stripe emulator)");
const AUTH_SDK = sdk(["next-auth"], "lib/auth and auth.ts");

const APP_FROM_LIB = [
  {
    group: ["@/app", "@/app/**", "../**/app", "../**/app/**"],
    message: "lib/ never imports app/: move the shared code into lib/.",
  },
];
const DB_FROM_APP = [
  {
    group: ["@/lib/db", "@/lib/db/**", "../**/lib/db", "../**/lib/db/**"],
    message: "app/ reaches the database through lib/ domain functions, never lib/db.",
  },
];
const APP_FROM_EMULATOR = [
  {
    group: ["@/*", "@/**", "../../../*", "../../../**"],
    message: "An emulator is its own service: it imports nothing of the app.",
  },
];

const ROUTE_GROUPS = ["(account)", "(auth)", "(reader)"];
const otherGroups = (group) =>
  ROUTE_GROUPS.filter((other) => other !== group).map((other) => ({
    group: [`@/app/${other}/**`, `../${other}/**`, `../../${other}/**`, `../../../${other}/**`],
    message: `A route group does not import another group's files: move what ${group} shares with ${other} to app/_components or lib/.`,
  }));

// Each zone: its files, the zones it must not overlap, and its restrictions.
const zones = [
  { files: ["lib/db/**"], patterns: [...STRIPE_SDK, ...AUTH_SDK, ...APP_FROM_LIB] },
  { files: ["lib/billing/**"], patterns: [...DATABASE_SDK, ...AUTH_SDK, ...APP_FROM_LIB] },
  { files: ["lib/auth/**"], patterns: [...DATABASE_SDK, ...STRIPE_SDK, ...APP_FROM_LIB] },
  {
    files: ["lib/**"],
    ignores: ["lib/db/**", "lib/billing/**", "lib/auth/**"],
    patterns: [...DATABASE_SDK, ...STRIPE_SDK, ...AUTH_SDK, ...APP_FROM_LIB],
  },
  { files: ["auth.ts"], patterns: [...DATABASE_SDK, ...STRIPE_SDK] },
  ...ROUTE_GROUPS.map((group) => ({
    files: [`app/${group}/**`],
    patterns: [...DATABASE_SDK, ...STRIPE_SDK, ...AUTH_SDK, ...DB_FROM_APP, ...otherGroups(group)],
  })),
  {
    files: ["app/**"],
    ignores: ROUTE_GROUPS.map((group) => `app/${group}/**`),
    patterns: [...DATABASE_SDK, ...STRIPE_SDK, ...AUTH_SDK, ...DB_FROM_APP],
  },
  { files: ["emulators/**"], patterns: [...DATABASE_SDK, ...AUTH_SDK, ...APP_FROM_EMULATOR] },
  {
    files: ["e2e/**", "proxy.ts", "instrumentation.ts"],
    patterns: [...DATABASE_SDK, ...STRIPE_SDK, ...AUTH_SDK],
  },
];

export const layeringRules = zones.map(({ files, ignores, patterns }) => ({
  files: files.map((glob) => (glob.endsWith("/**") ? `${glob}/*.{ts,tsx,js,mjs}` : glob)),
  ...(ignores ? { ignores: ignores.map((glob) => `${glob}/*.{ts,tsx,js,mjs}`) } : {}),
  rules: { "no-restricted-imports": ["error", { patterns }] },
}));
