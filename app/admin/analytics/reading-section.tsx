import type { ReadingFigures } from "@/lib/business/reading-figures";
import { BarChart } from "../_components/charts/bar-chart";
import { StepChart } from "./step-chart";
import { count } from "../_lib/format";

const minutes = (n: number) => Math.round(n).toLocaleString("en-GB");
const TOP = 20;

export function ReadingSection({ figures }: { figures: ReadingFigures }) {
  const topics = figures.byTopic.slice(0, TOP);
  const titles = figures.byTitle.slice(0, TOP);
  return (
    <section aria-labelledby="reading-heading">
      <h2 id="reading-heading" className="mb-2 font-serif text-2xl font-bold">
        Reading
      </h2>
      <p className="mb-4 text-sm text-neutral-700 dark:text-neutral-300">
        {count(figures.totals.reads)} reads, {minutes(figures.totals.minutes)} minutes in this period (members
        and signed-in readers; automated clients left out).
      </p>
      <StepChart
        title="Minutes read"
        summary="Minutes read in each step, in all and by members (the minutes payouts are shared by)."
        yLabel="Minutes"
        buckets={figures.buckets}
        series={[
          { name: "All readers", of: (b) => b.minutes },
          { name: "Members", of: (b) => b.memberMinutes },
        ]}
        format={minutes}
      />
      <StepChart
        title="Reads"
        summary="Reads in each step: one reader reading one story on one day."
        yLabel="Reads"
        buckets={figures.buckets}
        series={[{ name: "Reads", of: (b) => b.reads }]}
        format={count}
      />
      {[
        { what: "topic", rows: topics, all: figures.byTopic.length, header: "Topic" },
        { what: "title", rows: titles, all: figures.byTitle.length, header: "Title" },
      ].map(({ what, rows, all, header }) => (
        <BarChart
          key={what}
          title={`Minutes read by ${what}${all > TOP ? ` (top ${TOP})` : ""}`}
          summary={`Minutes read in this period, by ${what === "topic" ? "the story's topic" : "title"}.`}
          rowHeader={header}
          valueLabel="Minutes"
          rows={rows.map((t) => t.name)}
          values={rows.map((t) => t.minutes)}
          format={minutes}
          extraColumns={[{ label: "Reads", values: rows.map((t) => count(t.reads)) }]}
        />
      ))}
    </section>
  );
}
