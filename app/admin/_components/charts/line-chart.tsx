import { scalePoint } from "d3-scale";
import { line } from "d3-shape";
import {
  AxisTitle,
  CHART_WIDTH as W,
  ChartFrame,
  ChartSvg,
  Label,
  valueScale,
  type ChartText,
} from "./chart-frame";
import { seriesClass } from "./palette";

// A line chart drawn on the server with d3-scale and d3-shape (pure functions: no DOM, no client code).

export interface Series {
  name: string;
  values: number[];
}

const H = 260;
const M = { top: 12, right: 16, bottom: 44, left: 72 };

export function LineChart({
  title,
  summary,
  xLabel,
  yLabel,
  categories,
  series,
  format,
}: ChartText & { xLabel: string; yLabel: string; categories: string[]; series: Series[] }) {
  const x = scalePoint<number>()
    .domain(categories.map((_, i) => i))
    .range([M.left, W - M.right])
    .padding(0.5);
  const y = valueScale(
    series.flatMap((s) => s.values),
    [H - M.bottom, M.top],
  );
  const path = line<number>()
    .x((_, i) => x(i) ?? 0)
    .y((v) => y(v));
  const every = Math.max(1, Math.ceil(categories.length / 8)); // at most ~8 x labels
  return (
    <ChartFrame
      title={title}
      summary={summary}
      rowHeader={xLabel}
      rows={categories}
      columns={series.map((s) => ({ label: s.name, values: s.values.map(format) }))}
      keyItems={series.map((s, i) => ({ label: s.name, fill: seriesClass(i).fill }))}
    >
      {(ids) => (
        <ChartSvg ids={ids} width={W} height={H}>
          {y.ticks(5).map((t) => (
            <g key={t}>
              <line
                x1={M.left}
                x2={W - M.right}
                y1={y(t)}
                y2={y(t)}
                className="stroke-neutral-200 dark:stroke-neutral-800"
              />
              <Label x={M.left - 6} y={y(t)} dy="0.32em" textAnchor="end">
                {format(t)}
              </Label>
            </g>
          ))}
          {categories.map((c, i) =>
            i % every === 0 ? (
              <Label key={c} x={x(i)} y={H - M.bottom + 16} textAnchor="middle">
                {c}
              </Label>
            ) : null,
          )}
          <AxisTitle x={(M.left + W - M.right) / 2} y={H - 6}>
            {xLabel}
          </AxisTitle>
          <AxisTitle transform={`translate(14 ${(M.top + H - M.bottom) / 2}) rotate(-90)`}>
            {yLabel}
          </AxisTitle>
          {series.map((s, i) => (
            <path
              key={s.name}
              d={path(s.values) ?? ""}
              fill="none"
              strokeWidth="2"
              className={seriesClass(i).stroke}
            />
          ))}
        </ChartSvg>
      )}
    </ChartFrame>
  );
}
