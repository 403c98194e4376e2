import { scaleBand } from "d3-scale";
import {
  AxisTitle,
  CHART_WIDTH as W,
  ChartFrame,
  ChartSvg,
  Label,
  valueScale,
  type ChartText,
  type Column,
} from "./chart-frame";
import { seriesClass } from "./palette";

// Horizontal bars (one per row: a topic, a title, a cohort), drawn on the server with d3-scale.

const ROW = 22;
const M = { top: 8, right: 80, bottom: 36, left: 200 };

export function BarChart({
  title,
  summary,
  rowHeader,
  valueLabel,
  rows,
  values,
  format,
  extraColumns = [],
}: ChartText & {
  rowHeader: string;
  valueLabel: string;
  rows: string[];
  values: number[];
  extraColumns?: Column[];
}) {
  const H = M.top + M.bottom + Math.max(1, rows.length) * ROW;
  const x = valueScale(values, [M.left, W - M.right]);
  const y = scaleBand<number>()
    .domain(rows.map((_, i) => i))
    .range([M.top, H - M.bottom])
    .padding(0.2);
  return (
    <ChartFrame
      title={title}
      summary={summary}
      rowHeader={rowHeader}
      rows={rows}
      columns={[{ label: valueLabel, values: values.map(format) }, ...extraColumns]}
    >
      {(ids) => (
        <ChartSvg ids={ids} width={W} height={H}>
          {rows.map((row, i) => (
            <g key={row}>
              <Label x={M.left - 6} y={(y(i) ?? 0) + y.bandwidth() / 2} dy="0.32em" textAnchor="end">
                {row.length > 30 ? `${row.slice(0, 29)}…` : row}
              </Label>
              <rect
                x={M.left}
                y={y(i)}
                width={Math.max(0, x(values[i] ?? 0) - M.left)}
                height={y.bandwidth()}
                className={seriesClass(0).fill}
              />
              <Label x={x(values[i] ?? 0) + 4} y={(y(i) ?? 0) + y.bandwidth() / 2} dy="0.32em">
                {format(values[i] ?? 0)}
              </Label>
            </g>
          ))}
          {x.ticks(4).map((t) => (
            <Label key={t} x={x(t)} y={H - M.bottom + 14} textAnchor="middle">
              {format(t)}
            </Label>
          ))}
          <AxisTitle x={(M.left + W - M.right) / 2} y={H - 4}>
            {valueLabel}
          </AxisTitle>
        </ChartSvg>
      )}
    </ChartFrame>
  );
}
