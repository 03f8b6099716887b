import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { jekyllPostUrl, type JekyllPost, permalinkTemplate } from "../../../tools/jekyll-import/permalink";
import { prettyPermalink } from "../../../lib/publish/redirects";

const post: JekyllPost = {
  date: "2019-03-06",
  slug: "cloud-native-london-march-2019",
  categories: [],
  relativePath: "_posts/2019-03-06-cloud-native-london-march-2019.md",
};
const withCategories: JekyllPost = { ...post, categories: ["Meetup", "London"] };

function url(template: string, of: JekyllPost = post, baseurl = ""): string {
  const result = jekyllPostUrl(permalinkTemplate(template), of, baseurl);
  if ("error" in result) throw new Error(result.error);
  return result.url;
}

describe("Jekyll's named permalink styles", () => {
  const cases: [string, string, string][] = [
    ["pretty", "/2019/03/06/cloud-native-london-march-2019/", "/meetup/london/2019/03/06/cloud-native-london-march-2019/"],
    ["date", "/2019/03/06/cloud-native-london-march-2019.html", "/meetup/london/2019/03/06/cloud-native-london-march-2019.html"],
    ["ordinal", "/2019/065/cloud-native-london-march-2019.html", "/meetup/london/2019/065/cloud-native-london-march-2019.html"],
    ["weekdate", "/2019/W10/Wed/cloud-native-london-march-2019.html", "/meetup/london/2019/W10/Wed/cloud-native-london-march-2019.html"],
    ["none", "/cloud-native-london-march-2019.html", "/meetup/london/cloud-native-london-march-2019.html"],
  ];
  for (const [style, plain, categorised] of cases) {
    it(`'${style}' without and with categories (lower-cased, joined by /)`, () => {
      assert.equal(url(style), plain);
      assert.equal(url(style, withCategories), categorised);
    });
  }

  it("uses 'pretty' when _config.yml sets no permalink, as this site assumes", () => {
    assert.equal(permalinkTemplate(undefined), "/:categories/:year/:month/:day/:title/");
    assert.equal(permalinkTemplate("  "), permalinkTemplate("pretty"));
    assert.equal(url(""), prettyPermalink(post));
  });
});

describe("custom permalink templates", () => {
  it("fills every placeholder Jekyll knows", () => {
    assert.equal(url("/:categories/:year/:month/:day/:title.html", withCategories), "/meetup/london/2019/03/06/cloud-native-london-march-2019.html");
    assert.equal(url("/blog/:title/"), "/blog/cloud-native-london-march-2019/");
    assert.equal(url("/:short_year/:i_month/:i_day/:slug"), "/19/3/6/cloud-native-london-march-2019");
    assert.equal(url("/:long_month-:short_month/:long_day/:w_day/:title"), "/March-Mar/Wednesday/3/cloud-native-london-march-2019");
    assert.equal(url("/:name:output_ext"), "/2019-03-06-cloud-native-london-march-2019.html");
    assert.equal(url("/archive:path/"), "/archive/2019-03-06-cloud-native-london-march-2019/");
    assert.equal(url("/:collection/:title"), "/posts/cloud-native-london-march-2019");
    assert.equal(url("/:hour-:minute-:second/:title"), "/00-00-00/cloud-native-london-march-2019");
    assert.equal(url("/:hour:minute/:title", { ...post, time: { hour: 18, minute: 30, second: 5 } }), "/1830/cloud-native-london-march-2019");
    assert.equal(url("/:slugified_categories/:title", { ...post, categories: ["Cloud Native", "Meetup"] }), "/cloud-native/meetup/cloud-native-london-march-2019");
  });

  it("reads ':month_:day' as :month, a literal _, and :day", () => {
    assert.equal(url("/:year/:month_:day/:title/"), "/2019/03_06/cloud-native-london-march-2019/");
  });

  it("keeps the file name's case in :title and lower-cases :slug", () => {
    const upper = { ...post, slug: "Cloud-Native-London-May-2018", date: "2018-05-02" };
    assert.equal(url("pretty", upper), "/2018/05/02/Cloud-Native-London-May-2018/");
    assert.equal(url("/:slug/", upper), "/cloud-native-london-may-2018/");
  });

  it("computes ISO weeks across a year boundary", () => {
    assert.equal(url("/:w_year/W:week/:title", { ...post, date: "2021-01-01" }), "/2020/W53/cloud-native-london-march-2019");
    assert.equal(url("/:y_day/:title", { ...post, date: "2020-12-31" }), "/366/cloud-native-london-march-2019");
  });

  it("percent-encodes what a URL path cannot hold, and squeezes empty segments", () => {
    assert.equal(url("/:categories/:title/", { ...post, categories: ["Événements"] }), "/%C3%A9v%C3%A9nements/cloud-native-london-march-2019/");
    assert.equal(url("//:categories//:title/"), "/cloud-native-london-march-2019/");
  });

  it("puts baseurl in front", () => {
    assert.equal(url("pretty", post, "/blog"), "/blog/2019/03/06/cloud-native-london-march-2019/");
    assert.equal(url("pretty", post, "blog/"), "/blog/2019/03/06/cloud-native-london-march-2019/");
  });

  it("names an unknown placeholder and an impossible date instead of guessing", () => {
    assert.deepEqual(jekyllPostUrl("/:year/:titel/", post), { error: "the permalink '/:year/:titel/' uses :titel, which Jekyll does not know" });
    assert.ok("error" in jekyllPostUrl("/:title/", { ...post, date: "2019-02-30" }));
  });
});
