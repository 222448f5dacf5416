// Lighthouse audit of a built site: serves the folder on 127.0.0.1 (with the site's
// security headers and gzip, as Netlify would), runs Lighthouse in headless Chromium on
// each page, prints every score and fails (exit 1) when a category scores under the minimum.
//
// usage: node audit.mjs --site DIR --port N --headers headers.json [--min 0.95] [--report DIR] PAGE...
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
    min: { type: "string", default: "0.95" },
    report: { type: "string" },
  },
});

const site = path.resolve(options.site);
const minimum = Number(options.min);
const headers = options.headers ? JSON.parse(fs.readFileSync(options.headers, "utf8")) : {};
const categories = ["performance", "accessibility", "best-practices", "seo"];
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
    // a low score is never retried.
    let result = await lighthouse(origin + page, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: categories });
    if (categories.some((c) => result.lhr.categories[c].score === null)) {
      console.log(`${page}: not measured (${result.lhr.runtimeError?.code ?? "no score"}); trying again`);
      result = await lighthouse(origin + page, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: categories });
    }
    const scores = categories.map((c) => [c, result.lhr.categories[c].score]);
    console.log(`${page}: ${scores.map(([c, s]) => `${c} ${s}`).join(", ")}`);
    if (result.lhr.runtimeError) console.log(`  runtime error: ${result.lhr.runtimeError.code}: ${result.lhr.runtimeError.message}`);
    for (const warning of result.lhr.runWarnings ?? []) console.log(`  warning: ${warning}`);
    for (const [category, score] of scores) {
      if (score === null || score < minimum) {
        failed = true;
        const audits = result.lhr.categories[category].auditRefs
          .map((ref) => result.lhr.audits[ref.id])
          .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== "informative" && a.scoreDisplayMode !== "notApplicable");
        console.log(`  ${category} ${score} < ${minimum}: ${audits.map((a) => `${a.id} (${a.score})`).join(", ")}`);
      }
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
