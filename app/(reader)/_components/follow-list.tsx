import type { FollowedTarget } from "@/lib/personal/reader-parts-shape";
import type { FollowKind } from "@/lib/personal/follows";
import { FollowButtons, type FollowState } from "./follow-buttons";

export interface Followable {
  kind: FollowKind;
  slug: string;
  name: string;
}

/** Each target's state for this reader: a mute wins over a follow. */
export function followStates(
  targets: readonly Followable[],
  follows: readonly FollowedTarget[],
  mutes: readonly FollowedTarget[],
): FollowState[] {
  const has = (list: readonly FollowedTarget[], t: Followable) =>
    list.some((f) => f.kind === t.kind && f.slug === t.slug);
  return targets.map((t) => (has(mutes, t) ? "muted" : has(follows, t) ? "following" : "none"));
}

/** Follow and mute buttons for each target, in the state `states` gives (same order as `targets`). */
export function FollowList({
  targets,
  states,
  labelled,
}: {
  targets: readonly Followable[];
  states: readonly FollowState[];
  labelled: boolean;
}) {
  return (
    <ul aria-label="Follow or mute" className="flex flex-wrap gap-x-6 gap-y-2 text-sm">
      {targets.map((target, i) => (
        <li key={`${target.kind}:${target.slug}`} className="flex items-center gap-2">
          {labelled && <span className="font-medium">{target.name}</span>}
          <FollowButtons {...target} state={states[i] ?? "none"} />
        </li>
      ))}
    </ul>
  );
}
