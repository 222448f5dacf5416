// Lighthouse audit of a built site: serves the folder on 127.0.0.1 (with the site's
// security headers and gzip, as Netlify would), runs Lighthouse in headless Chromium on
// each page with Lighthouse's mobile settings and real CPU throttling (devtools, 4x slower:
// a cheap phone), prints every score and fails (exit 1) on what does not depend on how busy
// the machine is:
// - accessibility, best practices and SEO must score 1;
// - cumulative layout shift must be 0 (nothing moves while the page loads on a slow CPU);
// - nothing may block rendering but the site's own stylesheet and theme-init.js, which block
//   on purpose (no unstyled flash, no flash of the wrong colour scheme; the CSP forbids inline);
// - the bytes transferred, per kind and in total, must stay within the budgets below.
// The performance score (and its timings) depends on the machine's load, so it is printed,
// never asserted.
//
// usage: node audit.mjs --site DIR --port N --headers headers.json [--report DIR] PAGE...
import http from "node:http";
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { parseArgs } from "node:util";
import lighthouse from "lighthouse";
import * as chromeLauncher from "chrome-launcher";

const { values: options, positionals: pages } = parseArgs({
  allowPositionals: true,
  options: {
    site: { type: "string" },
    port: { type: "string" },
    headers: { type: "string" },
    report: { type: "string" },
  },
});

const site = path.resolve(options.site);
const headers = options.headers ? JSON.parse(fs.readFileSync(options.headers, "utf8")) : {};
const categories = ["performance", "accessibility", "best-practices", "seo"];
const mustBePerfect = ["accessibility", "best-practices", "seo"];
// Bytes transferred (gzipped) per page, by Lighthouse's resource kinds; the search index is
// fetched only when searching, so it is not part of a page load.
// Scripts: 16,000 since 2026-12-03 (15,000 before): the search client's derived forms and
// question words took every page's deferred scripts to about 15.4 KB; CSS and JS together stay
// far under issue #6's 50 KB (about 23.6 KB).
const budgets = { total: 51_200, document: 20_000, stylesheet: 12_000, script: 16_000, font: 0, image: 10_000, "third-party": 0 };
const blockingOnPurpose = [/^\/assets\/css\/site\.[0-9a-f]+\.css$/, /^\/assets\/js\/theme-init\.[0-9a-f]+\.js$/];
const settings = { throttlingMethod: "devtools" }; // real CPU and network throttling, Lighthouse's mobile defaults
const types = {
  ".html": "text/html; charset=utf-8", ".css": "text/css; charset=utf-8", ".js": "text/javascript; charset=utf-8",
  ".json": "application/json", ".xml": "application/xml", ".txt": "text/plain; charset=utf-8", ".svg": "image/svg+xml",
  ".png": "image/png", ".wasm": "application/wasm",
};

function resolveFile(urlPath) {
  const decoded = decodeURIComponent(urlPath.split("?")[0]);
  const full = path.resolve(site, "." + decoded);
  if (full !== site && !full.startsWith(site + path.sep)) return null; // never outside the site
  if (fs.existsSync(full) && fs.statSync(full).isDirectory()) {
    const index = path.join(full, "index.html");
    return fs.existsSync(index) ? index : null;
  }
  return fs.existsSync(full) ? full : null;
}

const server = http.createServer((request, response) => {
  const file = resolveFile(request.url);
  const status = file ? 200 : 404;
  const target = file ?? path.join(site, "404.html");
  let body = fs.existsSync(target) ? fs.readFileSync(target) : Buffer.from("Not found");
  const type = types[path.extname(target)] ?? "application/octet-stream";
  const head = { ...headers, "Content-Type": type };
  if (/^(text|application\/(json|xml|javascript))|svg/.test(type) && /gzip/.test(request.headers["accept-encoding"] ?? "")) {
    body = zlib.gzipSync(body);
    head["Content-Encoding"] = "gzip";
  }
  head["Cache-Control"] = request.url.startsWith("/assets/") ? "public, max-age=31536000, immutable" : "public, max-age=0, must-revalidate";
  response.writeHead(status, head);
  response.end(body);
});

await new Promise((resolve) => server.listen(Number(options.port), "127.0.0.1", resolve));
const origin = `http://127.0.0.1:${server.address().port}`;
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH || "/usr/bin/chromium",
  chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run"],
});

let failed = false;
try {
  for (const page of pages) {
    // A run that could not measure (a null score: Chrome busy or not yet warmed up) is tried again once;
    // a failed check is never retried.
    const audit = () => lighthouse(origin + page, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: categories }, { extends: "lighthouse:default", settings });
    let result = await audit();
    if (categories.some((c) => result.lhr.categories[c].score === null)) {
      console.log(`${page}: not measured (${result.lhr.runtimeError?.code ?? "no score"}); trying again`);
      result = await audit();
    }
    const { audits } = result.lhr;
    const scores = categories.map((c) => [c, result.lhr.categories[c].score]);
    console.log(`${page}: ${scores.map(([c, s]) => `${c} ${s}`).join(", ")}`);
    console.log(`  performance (printed, not checked: it depends on the machine's load): ${result.lhr.categories.performance.score}; ` +
      ["first-contentful-paint", "largest-contentful-paint", "total-blocking-time", "speed-index"].map((id) => `${id} ${audits[id].displayValue}`).join(", "));
    if (result.lhr.runtimeError) console.log(`  runtime error: ${result.lhr.runtimeError.code}: ${result.lhr.runtimeError.message}`);
    for (const warning of result.lhr.runWarnings ?? []) console.log(`  warning: ${warning}`);
    const fail = (text) => {
      failed = true;
      console.log(`  FAIL ${text}`);
    };

    for (const category of mustBePerfect) {
      const score = result.lhr.categories[category].score;
      if (score !== 1) {
        const below = result.lhr.categories[category].auditRefs
          .map((ref) => audits[ref.id])
          .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== "informative" && a.scoreDisplayMode !== "notApplicable");
        fail(`${category} ${score} < 1: ${below.map((a) => `${a.id} (${a.score})`).join(", ")}`);
      }
    }

    const shift = audits["cumulative-layout-shift"].numericValue;
    console.log(`  cumulative layout shift: ${shift}`);
    if (shift !== 0) {
      const moved = (audits["layout-shifts"]?.details?.items ?? []).map((i) => `${i.node?.selector ?? "?"} (${i.score.toFixed(4)})`);
      fail(`cumulative layout shift ${shift} > 0; what moved: ${moved.join(", ") || "not reported"}`);
    }

    const blocking = (audits["render-blocking-resources"]?.details?.items ?? []).map((i) => new URL(i.url).pathname);
    console.log(`  render-blocking: ${blocking.join(", ") || "none"}`);
    const unexpected = blocking.filter((p) => !blockingOnPurpose.some((r) => r.test(p)));
    if (unexpected.length > 0) fail(`render-blocking resources besides the stylesheet and theme-init.js: ${unexpected.join(", ")}`);

    const kinds = Object.fromEntries((audits["resource-summary"].details.items ?? []).map((i) => [i.resourceType, i.transferSize]));
    console.log(`  bytes: ${Object.entries(budgets).map(([k, limit]) => `${k} ${kinds[k] ?? 0}/${limit}`).join(", ")}`);
    for (const [kind, limit] of Object.entries(budgets)) {
      if ((kinds[kind] ?? 0) > limit) fail(`${kind} ${kinds[kind]} bytes > budget ${limit}`);
    }

    if (options.report) {
      fs.mkdirSync(options.report, { recursive: true });
      fs.writeFileSync(path.join(options.report, (page.replace(/\//g, "_") || "home") + ".json"), result.report);
    }
  }
} finally {
  await chrome.kill();
  server.close();
}
process.exit(failed ? 1 : 0);
