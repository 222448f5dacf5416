#!/usr/bin/env python3
"""Measures the live preview's latency: file save -> rebuilt, reload message sent, page fetched again.

usage: tests/TwitchSite.Benchmarks/preview-latency.py [--site real|corpus] [--pages N] [--runs N]

Starts the real `twitchsite preview` (Release build) on a copy of the site, listens to its
Server-Sent Events stream like a browser does, then edits files and times each edit from just
before the file is written, through the watcher's debounce, the incremental rebuild and the
`reload` event, until the page is fetched again as the browser does on that event, and checks
the edit is there (the browser's own rendering is not included).
Measures: a content page edit (text only), a page title edit (navigation changes), a layout
edit, and, for comparison, a cold `twitchsite build --no-search` of the same site (the preview
rebuilds the search index in the background after the reload, so a reload never includes it).
Between a reload and the next save it waits --pause seconds (default 2), as a person reading the
page would; the preview uses such quiet moments for its background search index and memory.
Targets: page edit within 300 ms (real site) / 500 ms (10,000-page corpus); a layout edit no
slower than a cold build. A benchmark, not a test: it prints figures and never fails on them.
"""
import argparse, http.client, os, shutil, socket, statistics, subprocess, sys, tempfile, time

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
PAUSE = 2.0
DLL = os.path.join(ROOT, "src", "TwitchSite", "bin", "Release", "net10.0", "twitchsite.dll")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Events:
    """A minimal Server-Sent Events reader over http.client."""

    def __init__(self, port):
        self.conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
        self.conn.request("GET", "/_twitchsite/events")
        self.resp = self.conn.getresponse()
        assert self.resp.status == 200, self.resp.status

    def next(self):
        name, data = None, ""
        while True:
            line = self.resp.fp.readline().decode().rstrip("\r\n")
            if line == "":
                if name or data:
                    return name, data
                continue
            if line.startswith("event: "):
                name = line[7:]
            elif line.startswith("data: "):
                data += line[6:]


def get(port, path):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    conn.request("GET", path)
    resp = conn.getresponse()
    return resp.status, resp.read().decode()


def timed_edit(events, port, path, transform, url, expect):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    new = transform(text)
    start = time.perf_counter()
    with open(path, "w", encoding="utf-8") as f:
        f.write(new)
    name, _ = events.next()
    assert name == "reload", name
    status, body = get(port, url)  # what the browser does on the reload event
    elapsed = (time.perf_counter() - start) * 1000
    assert status == 200 and expect in body, (status, url, expect)
    time.sleep(PAUSE)
    return elapsed


def peak_memory_mb(pid):
    """Peak resident memory of a process (Linux), or None."""
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def summary(label, values):
    values = sorted(values)
    p90 = values[min(len(values) - 1, int(round(0.9 * (len(values) - 1))))]
    print(f"{label:<42} median {statistics.median(values):7.1f} ms   p90 {p90:7.1f} ms   max {values[-1]:7.1f} ms   (n={len(values)})")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--site", choices=["real", "corpus"], default="real")
    parser.add_argument("--pages", type=int, default=10000)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--pause", type=float, default=2.0, help="seconds between a reload and the next save, as a person reads the page (0: back-to-back saves)")
    args = parser.parse_args()
    global PAUSE
    PAUSE = args.pause

    subprocess.run(["dotnet", "build", os.path.join(ROOT, "src", "TwitchSite"), "-c", "Release", "-v", "q", "-nologo"], check=True, stdout=subprocess.DEVNULL)
    work = tempfile.mkdtemp(prefix="twitchsite-latency-")
    try:
        site, theme = os.path.join(work, "input"), os.path.join(work, "theme")
        shutil.copytree(os.path.join(ROOT, "theme"), theme, ignore=shutil.ignore_patterns("node_modules"))
        if os.path.isdir(os.path.join(ROOT, "theme", "node_modules")):
            # Pagefind as a contributor has it installed (otherwise the preview would first run npm ci).
            os.symlink(os.path.join(ROOT, "theme", "node_modules"), os.path.join(theme, "node_modules"))
        if args.site == "real":
            shutil.copytree(os.path.join(ROOT, "input"), site)
            page, url = os.path.join(site, "causes", "caffeine-and-stimulants.md"), "/causes/caffeine-and-stimulants/"
            title_line = "title: Caffeine and stimulants"
        else:
            subprocess.run([sys.executable, "/work/shared/bench/make-corpus.py" if os.path.exists("/work/shared/bench/make-corpus.py") else os.path.join(ROOT, "..", "shared", "bench", "make-corpus.py"), str(args.pages), site], check=True)
            page, url = os.path.join(site, "section-100", "page-05000.md"), "/section-100/page-05000/"
            if args.pages <= 5000:
                page, url = os.path.join(site, "section-00", "page-00001.md"), "/section-00/page-00001/"
            with open(page, encoding="utf-8") as f:
                title_line = next(line.rstrip("\n") for line in f if line.startswith("title: "))

        cold = []
        for i in range(3):
            out = os.path.join(work, f"cold-{i}")
            start = time.perf_counter()
            # Without search: preview rebuilds leave the search index to a background job, so this is the same work.
            subprocess.run(["dotnet", DLL, "build", "-i", site, "-t", theme, "-o", out, "-l", "error", "--no-search"], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            cold.append((time.perf_counter() - start) * 1000)
            shutil.rmtree(out)

        port = free_port()
        output = os.path.join(work, "output")
        preview = subprocess.Popen(["dotnet", DLL, "preview", "-i", site, "-t", theme, "-o", output, "--port", str(port), "-l", "error"],
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            deadline = time.time() + 600
            while True:
                try:
                    if get(port, "/")[0] in (200, 404):
                        break
                except OSError:
                    if time.time() > deadline or preview.poll() is not None:
                        raise SystemExit("the preview did not start")
                    time.sleep(0.2)
            events = Events(port)
            assert events.next()[0] == "hello"

            body_edits, title_edits, layout_edits = [], [], []
            for i in range(args.runs):
                marker = f"Benchmark edit number {i}."
                body_edits.append(timed_edit(events, port, page, lambda t, m=marker: t.rstrip("\n") + "\n\n" + m + "\n", url, marker))
            for i in range(max(3, args.runs // 3)):
                title = f"{title_line} v{i}"
                title_edits.append(timed_edit(events, port, page, lambda t, old=title_line if i == 0 else f"{title_line} v{i - 1}", new=title: t.replace(old, new, 1), url, title.split(": ", 1)[1]))
            layout = os.path.join(theme, "layouts", "base.liquid")
            for i in range(max(3, args.runs // 3)):
                marker = f"<!-- layout benchmark {i} -->"
                layout_edits.append(timed_edit(events, port, layout, lambda t, m=marker: t.rstrip("\n") + "\n" + m + "\n", url, marker))
            peak_mb = peak_memory_mb(preview.pid)
        finally:
            preview.terminate()
            preview.wait(timeout=30)

        pages = "real site" if args.site == "real" else f"{args.pages}-page corpus"
        print(f"Preview latency, {pages}, file save -> reload event -> page fetched ({os.cpu_count()} cores, {PAUSE:g} s between a reload and the next save):")
        summary("edit one page's text", body_edits)
        summary("edit one page's title (navigation)", title_edits)
        summary("edit the base layout (every page)", layout_edits)
        summary("cold build, no search (whole process)", cold)
        if peak_mb:
            print(f"peak memory of the preview process: {peak_mb:.0f} MB")
        print(f"machine load average at the end: {os.getloadavg()[0]:.1f}")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
