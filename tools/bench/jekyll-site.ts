/**
 * The bench's synthetic recaps as a minimal Jekyll site, as the old archive was built: the same
 * posts, so Jekyll and this site can be timed building them side by side.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { writeSyntheticRecaps } from "./synthetic-archive";

const CONFIG = `title: Cloud Native London
description: Recaps and recorded talks of the Cloud Native London meetup
url: "https://cloudnative.london"
baseurl: ""
permalink: pretty
markdown: kramdown
# The recaps run monthly back from today, so this month's may be dated later this week:
# without this Jekyll would leave it out, and the two sites would not build the same posts.
future: true
`;

const DEFAULT_LAYOUT = `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{% if page.title %}{{ page.title | escape }} | {% endif %}{{ site.title | escape }}</title>
  <meta name="description" content="{{ page.description | default: site.description | escape }}">
  <link rel="canonical" href="{{ page.url | absolute_url }}">
</head>
<body>
  <header><a href="{{ '/' | relative_url }}">{{ site.title | escape }}</a></header>
  <main>
{{ content }}
  </main>
  <footer>&copy; {{ site.time | date: '%Y' }} {{ site.title | escape }}</footer>
</body>
</html>
`;

const POST_LAYOUT = `---
layout: default
---
<article>
  <h1>{{ page.title | escape }}</h1>
  <p><time datetime="{{ page.date | date_to_xmlschema }}">{{ page.date | date: '%-d %B %Y' }}</time>{% if page.location %} · {{ page.location | escape }}{% endif %}</p>
  {% if page.image %}<img src="{{ page.image | relative_url }}" alt="{{ page.title | escape }}">{% endif %}
  {% if page.video %}<iframe src="{{ page.video }}" title="Video of the meetup" allowfullscreen></iframe>{% endif %}
{{ content }}
  <ul>{% for tag in page.tags %}<li>{{ tag | escape }}</li>{% endfor %}</ul>
</article>
`;

const INDEX = `---
layout: default
title: Recaps
---
<ul>
{% for post in site.posts %}  <li><a href="{{ post.url | relative_url }}">{{ post.title | escape }}</a> <time datetime="{{ post.date | date_to_xmlschema }}">{{ post.date | date: '%-d %B %Y' }}</time>
    <p>{{ post.description | escape }}</p></li>
{% endfor %}</ul>
`;

/**
 * Writes `_config.yml`, the default and post layouts, a home page listing every post, and recaps
 * 0 to posts - 1 (tools/bench/synthetic-archive.ts) as `_posts/YYYY-MM-DD-slug.md` with their photos
 * under `images/`. The recaps are written in the old archive's front matter (layout, title,
 * description, image, video, tags), so each post is the synthetic recap itself.
 */
export async function writeJekyllSite(dir: string, posts: number, today: Date): Promise<void> {
  mkdirSync(path.join(dir, "_layouts"), { recursive: true });
  writeFileSync(path.join(dir, "_config.yml"), CONFIG);
  writeFileSync(path.join(dir, "_layouts", "default.html"), DEFAULT_LAYOUT);
  writeFileSync(path.join(dir, "_layouts", "post.html"), POST_LAYOUT);
  writeFileSync(path.join(dir, "index.html"), INDEX);
  await writeSyntheticRecaps(path.join(dir, "_posts"), path.join(dir, "images"), posts, today);
}
