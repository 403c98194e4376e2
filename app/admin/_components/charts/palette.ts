// Series colours that read on light and dark backgrounds (stroke for lines, fill for bars and keys).
export const SERIES_CLASSES = [
  { stroke: "stroke-sky-700 dark:stroke-sky-300", fill: "fill-sky-700 dark:fill-sky-300" },
  { stroke: "stroke-emerald-700 dark:stroke-emerald-300", fill: "fill-emerald-700 dark:fill-emerald-300" },
  { stroke: "stroke-amber-700 dark:stroke-amber-300", fill: "fill-amber-700 dark:fill-amber-300" },
  { stroke: "stroke-rose-700 dark:stroke-rose-300", fill: "fill-rose-700 dark:fill-rose-300" },
  { stroke: "stroke-violet-700 dark:stroke-violet-300", fill: "fill-violet-700 dark:fill-violet-300" },
] as const;

export const seriesClass = (i: number) => SERIES_CLASSES[i % SERIES_CLASSES.length] ?? SERIES_CLASSES[0];
