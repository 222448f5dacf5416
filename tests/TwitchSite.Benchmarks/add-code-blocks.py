#!/usr/bin/env python3
"""Make a generated benchmark corpus code-heavy: append fenced code blocks to every page.

usage: add-code-blocks.py CORPUS [BLOCKS_PER_PAGE]   (default 4)

Appends a "## Examples" section with BLOCKS_PER_PAGE fenced code blocks to every page-*.md of a
corpus from make-corpus.py (bench.sh's BENCH_VARIANT=code runs this). The blocks cycle through
the 18 languages of common docs (README, Code highlighting), and every block names its page's
number, so no two blocks in the corpus are the same: the highlighter's cache never helps, which
is the worst case for highlighting (real docs repeat some snippets). Deterministic.
"""
import os, sys

SNIPPETS = [
    ("csharp", '''using System;

public sealed class Page{n}Service
{{
    // Returns the twitch count for page {n}.
    public int Count(string name) => name.Length + {n};
    public string Label {{ get; }} = "page-{n}";
}}'''),
    ("fsharp", '''let page{n} = {{| Name = "page-{n}"; Count = {n} |}}
// A comment about page {n}
let twice x = x * 2
printfn "%s: %d" page{n}.Name (twice page{n}.Count)'''),
    ("javascript", '''// Fetch the summary of page {n}.
export async function load{n}(url) {{
  const response = await fetch(`${{url}}/page-{n}.json`);
  if (!response.ok) throw new Error("status " + response.status);
  return (await response.json()).items.filter((x) => x.id > {n});
}}'''),
    ("typescript", '''interface Page{n} {{
  id: number;
  title: string;
}}
export const page{n}: Page{n} = {{ id: {n}, title: "Page {n}" }};
function describe(p: Page{n}): string {{ return `${{p.id}}: ${{p.title}}`; }}'''),
    ("python", '''import json

def page_{n}(path: str) -> dict:
    """Read the settings of page {n}."""
    with open(path, encoding="utf-8") as f:
        data = json.load(f)  # may raise
    return {{"id": {n}, "count": len(data), "ok": True}}'''),
    ("rust", '''/// Settings for page {n}.
#[derive(Debug, Clone)]
pub struct Page{n} {{ id: u32, name: String }}

fn main() {{
    let page = Page{n} {{ id: {n}, name: String::from("page-{n}") }};
    println!("{{:?}}", page);
}}'''),
    ("go", '''package main

import "fmt"

// Page{n} describes page {n}.
func Page{n}(name string) (int, error) {{
	fmt.Printf("page %d: %s\\n", {n}, name)
	return {n}, nil
}}'''),
    ("java", '''public class Page{n} {{
    private final int id = {n};
    /** Describes page {n}. */
    public String describe(String name) {{
        return String.format("%s-%d", name, id);
    }}
}}'''),
    ("bash", '''#!/usr/bin/env bash
set -euo pipefail
# Build page {n}
for f in src/page-{n}/*.md; do
  echo "building $f" && cp "$f" "out/${{f##*/}}"
done
export PAGE={n}'''),
    ("powershell", '''# Copy page {n}
$page = Get-Item -Path "./page-{n}.md"
if ($page.Length -gt {n}) {{
    Write-Host "Large page: $($page.Name)"
}}
Copy-Item $page -Destination "./out" -Force'''),
    ("json", '''{{
  "id": {n},
  "title": "Page {n}",
  "tags": ["twitch", "nerve"],
  "reviewed": true,
  "weight": {n}.5,
  "parent": null
}}'''),
    ("yaml", '''# Page {n} settings
title: Page {n}
order: {n}
tags:
  - twitch
  - "nerve signal"
draft: false'''),
    ("toml", '''# Page {n}
[page]
id = {n}
title = "Page {n}"
tags = ["twitch", "nerve"]

[page.review]
date = 2026-01-{d:02d}
done = true'''),
    ("html", '''<!-- Page {n} -->
<section class="page" id="page-{n}">
  <h2>Page {n}</h2>
  <p>Muscle <a href="/page-{n}/">twitch</a> &amp; nerve.</p>
  <img src="/images/{n}.png" alt="Page {n}">
</section>'''),
    ("css", '''/* Page {n} */
.page-{n} {{
  color: #1c2833;
  margin: 0 auto {n}px;
  font-family: system-ui, sans-serif;
}}
.page-{n}:hover {{ text-decoration: underline; }}'''),
    ("sql", '''-- Pages like page {n}
SELECT id, title, COUNT(*) AS links
FROM pages p
JOIN links l ON l.page_id = p.id
WHERE p.id > {n} AND p.title LIKE 'Page%'
GROUP BY id, title
ORDER BY links DESC;'''),
    ("diff", '''--- a/page-{n}.md
+++ b/page-{n}.md
@@ -1,4 +1,4 @@
 # Page {n}
-Old text about twitching.
+New text about twitching on page {n}.
 More text.'''),
    ("dockerfile", '''# Page {n} image
FROM debian:bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates
COPY out/page-{n} /srv/site
EXPOSE {port}
CMD ["python3", "-m", "http.server", "{port}"]'''),
    ("markdown", '''# Page {n}

Some **bold** text and `code` about [page {n}](page-{n}.md).

- one
- two'''),
]


def main():
    corpus = sys.argv[1]
    per_page = int(sys.argv[2]) if len(sys.argv) > 2 else 4
    count = 0
    for folder, _, files in sorted(os.walk(corpus)):
        for name in sorted(files):
            if not (name.startswith("page-") and name.endswith(".md")):
                continue
            n = int(name[5:-3])
            blocks = []
            for b in range(per_page):
                lang, text = SNIPPETS[(n * per_page + b) % len(SNIPPETS)]
                blocks.append(f"```{lang}\n{text.format(n=n, d=n % 28 + 1, port=8000 + n % 1000)}\n```\n")
            with open(os.path.join(folder, name), "a", encoding="utf-8") as f:
                f.write("\n## Examples\n\n" + "\n".join(blocks))
            count += 1
    print(f"added {per_page} code blocks to each of {count} pages")


if __name__ == "__main__":
    main()
