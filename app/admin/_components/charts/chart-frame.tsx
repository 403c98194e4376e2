import { scaleLinear } from "d3-scale";
import { useId } from "react";
import { TableRegion } from "../table-region";

export interface Column {
  label: string;
  values: string[];
}

/**
 * A chart's figure: its heading, the SVG (named and described for screen readers), a key, and the same
 * numbers as a table beneath, so nothing depends on seeing the picture or on client JavaScript.
 */
export function ChartFrame({
  title,
  summary,
  rowHeader,
  rows,
  columns,
  keyItems,
  children,
}: {
  title: string;
  summary: string;
  rowHeader: string;
  rows: string[];
  columns: Column[];
  keyItems?: { label: string; fill: string }[];
  children: (ids: { titleId: string; descId: string }) => React.ReactNode;
}) {
  const id = useId();
  const titleId = `${id}-title`;
  const descId = `${id}-desc`;
  return (
    <figure className="mb-10 rounded-md border border-neutral-200 p-4 dark:border-neutral-800">
      <h3 id={titleId} className="mb-1 text-lg font-semibold">
        {title}
      </h3>
      <p id={descId} className="mb-3 text-sm text-neutral-700 dark:text-neutral-300">
        {summary}
      </p>
      {keyItems && keyItems.length > 1 ? (
        <ul className="mb-2 flex flex-wrap gap-4 text-sm" aria-label="Key">
          {keyItems.map((k) => (
            <li key={k.label} className="flex items-center gap-1">
              <svg width="12" height="12" aria-hidden="true">
                <rect width="12" height="12" className={k.fill} />
              </svg>
              {k.label}
            </li>
          ))}
        </ul>
      ) : null}
      {children({ titleId, descId })}
      <TableRegion label={`${title}: the numbers`} className="mt-4">
        <table className="w-full text-left text-sm tabular-nums">
          <caption className="sr-only">{title}: the numbers</caption>
          <thead>
            <tr className="border-b border-neutral-300 dark:border-neutral-700">
              <th scope="col" className="py-1 pr-4">
                {rowHeader}
              </th>
              {columns.map((c) => (
                <th key={c.label} scope="col" className="py-1 pr-4 text-right">
                  {c.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => (
              <tr key={row} className="border-b border-neutral-100 dark:border-neutral-900">
                <th scope="row" className="py-1 pr-4 font-normal">
                  {row}
                </th>
                {columns.map((c) => (
                  <td key={c.label} className="py-1 pr-4 text-right">
                    {c.values[i]}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
    </figure>
  );
}

/** What every chart is given: its heading, a sentence saying what it shows, and how to write a value. */
export interface ChartText {
  title: string;
  summary: string;
  format: (n: number) => string;
}

/** The SVG of a chart, named by its figure's heading and described by its summary. */
export function ChartSvg({
  ids,
  width,
  height,
  children,
}: {
  ids: { titleId: string; descId: string };
  width: number;
  height: number;
  children: React.ReactNode;
}) {
  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-labelledby={ids.titleId}
      aria-describedby={ids.descId}
      className="h-auto w-full text-neutral-700 dark:text-neutral-300"
    >
      {children}
    </svg>
  );
}

/** A label in the chart's text colour (axes, ticks, values). */
export function Label({ children, ...at }: React.SVGProps<SVGTextElement>) {
  return (
    <text fontSize="11" fill="currentColor" {...at}>
      {children}
    </text>
  );
}

/** An axis's name: centred on where it is put, a size above the tick labels. */
export function AxisTitle({ children, ...at }: React.SVGProps<SVGTextElement>) {
  return (
    <Label {...at} textAnchor="middle" fontSize="12">
      {children}
    </Label>
  );
}

/** Every chart's width in SVG units (the SVG scales to its column). */
export const CHART_WIDTH = 720;

/** The value axis: from 0 to the largest value (at least 1), rounded out to nice ticks, over `range`. */
export function valueScale(values: number[], range: [number, number]) {
  return scaleLinear()
    .domain([0, Math.max(1, ...values)])
    .nice()
    .range(range);
}
