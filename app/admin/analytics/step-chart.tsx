import type { ChartText } from "../_components/charts/chart-frame";
import { LineChart } from "../_components/charts/line-chart";

/** A line chart over the period's steps: one point per bucket, each series a figure of the bucket. */
export function StepChart<B extends { key: string }>({
  buckets,
  series,
  ...chart
}: ChartText & { yLabel: string; buckets: B[]; series: { name: string; of: (bucket: B) => number }[] }) {
  return (
    <LineChart
      {...chart}
      xLabel="Step starting"
      categories={buckets.map((b) => b.key)}
      series={series.map((s) => ({ name: s.name, values: buckets.map(s.of) }))}
    />
  );
}
