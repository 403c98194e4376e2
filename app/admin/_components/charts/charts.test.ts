import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { BarChart } from "./bar-chart";
import { LineChart } from "./line-chart";

// The charts render to plain HTML on the server: an SVG named by its heading, labelled axes, and a table beneath.

describe("server-rendered charts", () => {
  it("draws a line per series, with named axes and the numbers in a table", () => {
    const html = renderToStaticMarkup(
      createElement(LineChart, {
        title: "Members by state",
        summary: "At each step's end.",
        xLabel: "Step starting",
        yLabel: "Memberships",
        categories: ["2026-03-02", "2026-03-09"],
        series: [
          { name: "Trialing", values: [3, 6] },
          { name: "Active", values: [0, 1] },
        ],
        format: (n) => String(n),
      }),
    );
    expect(html).toMatch(/<svg[^>]*role="img"[^>]*aria-labelledby="([^"]+)-title"/);
    expect(html.match(/<path /g)).toHaveLength(2);
    expect(html).toContain(">Step starting</text>");
    expect(html).toContain(">Memberships</text>");
    expect(html).toContain('<th scope="row" class="py-1 pr-4 font-normal">2026-03-09</th>');
    expect(html).toMatch(/<td[^>]*>6<\/td><td[^>]*>1<\/td>/);
    expect(html).not.toContain("<script");
  });

  it("draws a bar per row, as wide as its value", () => {
    const html = renderToStaticMarkup(
      createElement(BarChart, {
        title: "Minutes by title",
        summary: "In this period.",
        rowHeader: "Title",
        valueLabel: "Minutes",
        rows: ["The Ledger", "The Courier"],
        values: [10, 5],
        format: (n) => String(n),
      }),
    );
    const widths = [...html.matchAll(/<rect x="200" y="[^"]+" width="([^"]+)"/g)].map((m) => Number(m[1]));
    expect(widths).toHaveLength(2);
    expect(widths[0]).toBeCloseTo(2 * (widths[1] ?? 0));
    expect(html).toContain(">Minutes</text>");
  });
});
