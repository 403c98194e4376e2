import { describe, expect, it } from "vitest";
import { nameOnce } from "./article";

describe("nameOnce", () => {
  const name = (paragraphs: string[]) =>
    nameOnce(paragraphs, "Mateo Aldous", "the finance director", "Aldous");

  it("keeps the first full introduction and uses the surname after it", () => {
    expect(
      name([
        "Mateo Aldous, the finance director, was more cautious.",
        '"It is a start," said Mateo Aldous, the finance director.',
        "Mateo Aldous, the finance director, told reporters the plan was better for it.",
        "The best idea came from Mateo Aldous, the finance director, who suggested asking users first.",
        '"There are questions," said Mateo Aldous, the finance director, "and no answers yet."',
        "We will be judged on what happens next, Mateo Aldous said.",
      ]),
    ).toEqual([
      "Mateo Aldous, the finance director, was more cautious.",
      '"It is a start," said Aldous.',
      "Aldous told reporters the plan was better for it.",
      "The best idea came from Aldous, who suggested asking users first.",
      '"There are questions," said Aldous, "and no answers yet."',
      "We will be judged on what happens next, Aldous said.",
    ]);
  });

  it("works across and within paragraphs and leaves stories without the person alone", () => {
    expect(name(["Mateo Aldous said yes. Later Mateo Aldous, the finance director, said no."])).toEqual([
      "Mateo Aldous said yes. Later Aldous said no.",
    ]);
    expect(name(["Nobody is named here."])).toEqual(["Nobody is named here."]);
  });
});
