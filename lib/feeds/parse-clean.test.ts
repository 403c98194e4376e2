import { describe, expect, it } from "vitest";
import { cleanItem } from "./clean-item";
import { decodeFeedBody } from "./decode";
import { parseFeedText } from "./parse-feed";
import { chooseTopic } from "./topic-rules";
import { item, rss } from "./testing/feed-server";

// Parsing and cleaning without a database: formats, encodings, entity attacks, hostile markup.

const FEED = "https://feeds.example.test/news.xml";
const only = (xml: string) => {
  const [first] = parseFeedText(xml).items;
  if (!first) throw new Error("no item");
  return first;
};

describe("parsing", () => {
  it("reads RSS 2.0, RSS 1.0, Atom and JSON Feed into one shape", () => {
    expect(only(rss(item({ title: "R", guid: "g1", link: "https://e.test/1" })))).toMatchObject({
      guid: "g1",
      title: "R",
    });
    const rdf = `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"><channel><title>C</title></channel><item rdf:about="https://e.test/2"><title>D</title><link>https://e.test/2</link><description>d</description></item></rdf:RDF>`;
    expect(only(rdf)).toMatchObject({ guid: "https://e.test/2", url: "https://e.test/2", title: "D" });
    const atom = `<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title><entry><id>urn:a</id><title>At</title><link href="https://e.test/3"/><updated>2026-11-30T00:00:00Z</updated><content type="html">&lt;p&gt;b&lt;/p&gt;</content><category term="Science"/></entry></feed>`;
    expect(only(atom)).toMatchObject({
      guid: "urn:a",
      url: "https://e.test/3",
      content: "<p>b</p>",
      categories: ["Science"],
    });
    const json = JSON.stringify({
      version: "https://jsonfeed.org/version/1.1",
      title: "J",
      items: [{ id: "j1", title: "Jt", content_text: "a < b" }],
    });
    expect(only(json)).toMatchObject({ guid: "j1", content: "<p>a &#60; b</p>" });
  });

  it("refuses billion-laughs and XXE documents, and says why", () => {
    const laughs = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>${rss(item({ title: "&lol2;" }), "")}`;
    expect(() => parseFeedText(laughs)).toThrow(/declares XML entities/);
    const xxe = `<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>${rss(item({ title: "&x;" }), "")}`;
    expect(() => parseFeedText(xxe)).toThrow(/declares XML entities/);
  });

  it("refuses malformed documents with an error instead of crashing", () => {
    expect(() => parseFeedText("<rss><channel><item><title>unclosed</channel>")).toThrow(/not a feed/);
    expect(() => parseFeedText("\u0000\u0001binary")).toThrow(/not a feed/);
  });
});

describe("encodings", () => {
  it("reads Windows-1252 and a UTF-8 body that declares ISO-8859-1", () => {
    const cp1252 = Buffer.concat([
      Buffer.from('<?xml version="1.0" encoding="windows-1252"?><t>'),
      Buffer.from([0x93, 0x43, 0x61, 0x66, 0xe9, 0x94, 0x20, 0x80]),
      Buffer.from("</t>"),
    ]);
    expect(decodeFeedBody(cp1252)).toContain("“Café” €");
    const lying = Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?><t>Café — naïve</t>', "utf8");
    expect(decodeFeedBody(lying)).toContain("Café — naïve");
    const latin1 = Buffer.concat([
      Buffer.from("<t>"),
      Buffer.from([0x43, 0x61, 0x66, 0xe9]),
      Buffer.from("</t>"),
    ]);
    expect(decodeFeedBody(latin1, "text/xml; charset=ISO-8859-1")).toContain("Café");
  });
});

describe("cleaning", () => {
  const hostile = {
    guid: "h1",
    title: "<![CDATA[<script>alert(1)</script>Council <b>votes</b> &amp; wins]]>",
    link: "/story?utm_source=rss&amp;id=7",
    description: "<![CDATA[<img src=x onerror=alert(1)>Short <i>summary</i>]]>",
    "content:encoded": `<![CDATA[<p onclick="x()">One <a href="javascript:alert(1)">bad</a> <a href="/rel?utm_medium=feed&a=1">rel</a></p><script>steal()</script><style>*{}</style><iframe src="https://evil.test"></iframe><p>Two<img src="https://t.test/pixel.gif" width="1" height="1"></p><p>Three</p>]]>`,
    category: "Sport",
  };

  it("keeps no script, handler, style, iframe, pixel or javascript: URL in any field", () => {
    const clean = cleanItem(only(rss(item(hostile))), FEED);
    expect(clean).not.toBeNull();
    const all = JSON.stringify(clean);
    for (const bad of [
      "<script",
      "onerror",
      "onclick",
      "javascript:",
      "<style",
      "<iframe",
      "<img",
      "pixel.gif",
      "utm_",
    ])
      expect(all).not.toContain(bad);
    expect(clean?.headline).toBe("Council votes & wins");
    expect(clean?.canonicalUrl).toBe("https://feeds.example.test/story?id=7");
    expect(clean?.bodyHtml).toContain('href="https://feeds.example.test/rel?a=1"');
    expect(clean?.teaserHtml.match(/<p>/g)).toHaveLength(2);
    expect(clean).toMatchObject({
      partial: false,
      standfirst: "Short summary",
      wordCount: 5,
      readingMinutes: 1,
    });
  });

  it("marks an excerpt-only item partial, and keys items by GUID, else URL, else date and title", () => {
    const excerpt = cleanItem(
      only(rss(item({ title: "E", link: "https://e.test/e", description: "Just this." }))),
      FEED,
    );
    expect(excerpt).toMatchObject({
      partial: true,
      key: "url:https://e.test/e",
      teaserHtml: "<p>Just this.</p>",
    });
    expect(cleanItem(only(rss(item({ title: "G", guid: "x" }))), FEED)?.key).toBe("guid:x");
    const bare = cleanItem(only(rss(item({ title: "T", pubDate: "Mon, 30 Nov 2026 10:00:00 GMT" }))), FEED);
    expect(bare?.key).toBe("date:2026-11-30T10:00:00.000Z|T");
  });

  it("chooses a topic by readable rules, else the title's default, else by country", () => {
    expect(chooseTopic(["Local", "Football"], null, "GB")).toBe("sport");
    expect(chooseTopic(["Misc"], "culture", "GB")).toBe("culture");
    expect(chooseTopic([], null, "US")).toBe("us");
    expect(chooseTopic([], null, "KE")).toBe("world");
  });
});
