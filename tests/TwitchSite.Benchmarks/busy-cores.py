#!/usr/bin/env python3
"""Runs a build and says how many cores it keeps busy, whatever the machine's load.

Usage: busy-cores.py SAMPLES_FILE COMMAND [ARGS...]

Every 0.2 s it samples the command's process tree (the generator and the Pagefind runs it
starts): CPU used per process name, how many threads are runnable (state R: running or waiting
for a core; on a loaded machine they wait, but they still say the build wants a core), and the
summed resident memory of the tree (/usr/bin/time's %M is the largest single process, not the
sum of two Pagefind runs side by side). It writes one line per sample to SAMPLES_FILE and
prints, for the whole build, before the first Pagefind run and from it to the end (the search
step): the mean of min(runnable threads, 2), i.e. the cores a quiet 2-core machine would keep
busy, the idle-core fraction, and the peak summed memory. Exits with the command's exit code.
"""
import os
import subprocess
import sys
import time


def stat(pid):
    text = open(f'/proc/{pid}/stat').read()
    close = text.rfind(')')
    return text[text.find('(') + 1:close], text[close + 2:].split()


def tree(root):
    children = {}
    for entry in os.listdir('/proc'):
        if entry.isdigit():
            try:
                children.setdefault(int(stat(entry)[1][1]), []).append(int(entry))
            except OSError:
                pass
    found, stack = [], [root]
    while stack:
        pid = stack.pop()
        found.append(pid)
        stack.extend(children.get(pid, []))
    return found


def main():
    out, command = sys.argv[1], sys.argv[2:]
    tick = os.sysconf('SC_CLK_TCK')
    page = os.sysconf('SC_PAGE_SIZE')
    process = subprocess.Popen(command)
    seen, rows, start, last = {}, [], time.time(), time.time()
    while process.poll() is None:
        time.sleep(0.2)
        now = time.time()
        used, runnable, memory = {}, {}, 0
        for pid in tree(process.pid):
            try:
                name, fields = stat(pid)
                name = 'build' if pid == process.pid else name[:8]
                cpu = int(fields[11]) + int(fields[12])
                memory += int(fields[21]) * page
                ready = 0
                for tid in os.listdir(f'/proc/{pid}/task'):
                    try:
                        ready += stat(f'{pid}/task/{tid}')[1][0] == 'R'
                    except OSError:
                        pass
            except OSError:
                continue
            used[name] = used.get(name, 0) + cpu - seen.get(pid, 0)
            seen[pid] = cpu
            runnable[name] = runnable.get(name, 0) + ready
        rows.append((now - start, runnable, {k: v / tick / (now - last) for k, v in used.items()}, memory // 2**20))
        last = now
    with open(out, 'w') as f:
        for at, ready, cpu, memory in rows:
            f.write(f"{at:7.2f} runnable={sum(ready.values())} rss_mb={memory} "
                    + " ".join(f"{k}:{ready.get(k, 0)}:{v:.2f}" for k, v in sorted(cpu.items())) + "\n")

    def show(label, part):
        if part:
            busy = sum(min(sum(r.values()), 2) for _, r, _, _ in part) / len(part)
            print(f"{label}: {part[-1][0] - part[0][0] + 0.2:.1f} s sampled, {busy:.2f} cores busy, "
                  f"idle-core fraction {1 - busy / 2:.0%}, peak memory of the tree {max(m for *_, m in part)} MB")

    show("whole build", rows)
    first = next((i for i, (_, _, cpu, _) in enumerate(rows) if any(k.startswith('pagefind') for k in cpu)), None)
    if first is not None:
        show("before the search step", rows[:first])
        show("search step (first Pagefind run to the end)", rows[first:])
    sys.exit(process.returncode)


main()
