// Checks search-shards.js's count of what a query downloads against what Pagefind really
// downloads, on a large built site: for each word of a file (one per line), a fresh browser
// context searches the first shard with Pagefind alone and records the index chunks it
// fetches; the script then asks search-shards.js (chunksOf) which chunks it counts for the word
// from the site's route files, and prints every word where the two differ ("UNDER": Pagefind
// fetched a chunk not counted; "over": counted one it did not fetch).
//
//   node tests/TwitchSite.Benchmarks/query-chunks.js SITE_FOLDER WORDS_FILE
//
// Playwright's Node package comes from the browser tests' build output (dotnet build
// tests/TwitchSite.BrowserTests); CHROMIUM names a Chromium to use instead of Playwright's own.
const path = require('path'), fs = require('fs'), http = require('http'), zlib = require('zlib'), vm = require('vm');
const repo = path.resolve(__dirname, '..', '..');
const { chromium } = require(path.join(repo, 'tests/TwitchSite.BrowserTests/bin/Debug/net10.0/.playwright/package'));

const [site, wordsFile] = process.argv.slice(2);
if (!site || !wordsFile) {
  console.error('usage: node query-chunks.js SITE_FOLDER WORDS_FILE');
  process.exit(2);
}
const words = fs.readFileSync(wordsFile, 'utf8').split('\n').map(w => w.trim()).filter(Boolean);

// search-shards.js as the site's pages run it, for its terms() and chunksOf().
const sandbox = { window: {}, TextEncoder, Intl, Promise };
vm.createContext(sandbox);
vm.runInContext(fs.readFileSync(path.join(repo, 'theme/assets/js/search-shards.js'), 'utf8'), sandbox);
const shards = sandbox.window.TwitchSiteShards;

// The first shard's chunks, [from, to, hash], from its metadata: gzip, Pagefind's signature, then
// CBOR [version, pages, [[from, to, hash, ...], ...], ...] (definite lengths only).
function readCbor(bytes) {
  let at = 0;
  function head() {
    const first = bytes[at++], major = first >> 5, info = first & 31;
    let value = info;
    if (info >= 24) {
      const size = 1 << (info - 24);
      value = 0;
      for (let i = 0; i < size; i++) value = value * 256 + bytes[at++];
    }
    return [major, value];
  }
  function item() {
    const [major, value] = head();
    if (major === 0) return value;
    if (major === 2 || major === 3) {
      const slice = bytes.subarray(at, at + value);
      at += value;
      return major === 3 ? Buffer.from(slice).toString('utf8') : slice;
    }
    if (major === 4) return Array.from({ length: value }, item);
    if (major === 5) return Object.fromEntries(Array.from({ length: value }, () => [item(), item()]));
    throw new Error(`CBOR major type ${major} is not read here`);
  }
  return item();
}
const metaFile = fs.readdirSync(path.join(site, 'pagefind')).find(f => f.endsWith('.pf_meta'));
const meta = readCbor(zlib.gunzipSync(fs.readFileSync(path.join(site, 'pagefind', metaFile))).subarray('pagefind_dcd'.length));
const hashOf = new Map(meta[2].map(c => [c[0] + '\u0000' + c[1], c[2]]));

const server = http.createServer((req, res) => {
  let file = path.join(site, decodeURIComponent(new URL(req.url, 'http://localhost').pathname));
  if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
  if (!file.startsWith(path.resolve(site)) || !fs.existsSync(file)) {
    res.writeHead(404);
    return res.end();
  }
  const types = { '.js': 'text/javascript', '.html': 'text/html', '.json': 'application/json' };
  res.writeHead(200, { 'content-type': types[path.extname(file)] || 'application/octet-stream' });
  res.end(fs.readFileSync(file));
});

server.listen(0, '127.0.0.1', async () => {
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch(process.env.CHROMIUM ? { executablePath: process.env.CHROMIUM } : {});
  let differ = 0;
  for (const word of words) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const fetched = new Set();
    page.on('request', r => {
      const m = /^\/pagefind\/index\/(.*)\.pf_index$/.exec(new URL(r.url()).pathname);
      if (m) fetched.add(m[1]);
    });
    await page.goto(base + '/');
    await page.evaluate(async w => {
      const pagefind = await import('/pagefind/pagefind.js');
      await pagefind.init();
      await pagefind.search(w);
    }, word);
    await context.close();

    const counted = new Set();
    for (const term of shards.terms(word, [])) {
      const file = path.join(site, 'pagefind/twitchsite-routes', (/^[a-z0-9]/.test(term) ? term[0] : 'other') + '.json');
      const list = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file)).chunks.filter(c => c[0] === 0) : [];
      shards.chunksOf(term, list).forEach(i => counted.add(hashOf.get(list[i][1] + '\u0000' + list[i][2])));
    }
    const under = [...fetched].filter(h => !counted.has(h));
    const over = [...counted].filter(h => !fetched.has(h));
    if (under.length || over.length) {
      differ++;
      console.log(`${under.length ? 'UNDER' : 'over '} ${word}: fetched ${[...fetched].join(' ')}; counted ${[...counted].join(' ')}`);
    }
  }
  console.log(`${words.length} words, ${differ} differ`);
  await browser.close();
  server.close();
});
