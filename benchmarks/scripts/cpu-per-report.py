#!/usr/bin/env python3
"""CPU seconds per report of `finacct check` over a folder, split by thread (issue 17).

Usage (from the repository root, after `dotnet build src/FinalAccounts.Cli -c Release`):
    python3 benchmarks/scripts/cpu-per-report.py PDF [copies] [parallel] [pin|free] [VAR=value ...]
e.g. python3 benchmarks/scripts/cpu-per-report.py ../shared/reports/shanghai-putuo-czj-2024-final-accounts.pdf 16 1 pin
     python3 benchmarks/scripts/cpu-per-report.py ../shared/reports/shanghai-putuo-czj-2024-final-accounts.pdf 16 2 free DOTNET_TieredPGO=1

It runs `finacct check` on one copy and then on all copies of the PDF (`pin`: on core 0 with taskset), samples every
thread's user+system time from /proc/<pid>/task/*/stat every 50 ms, and prints (all copies − one copy) ÷ (copies − 1):
the CPU a report costs once the process has started, on the workers (the main thread and ".NET TP Worker") and on the
runtime's own threads (".NET Tiered Com" re-compiling hot methods, ".NET BGC" background GC, ".NET Server GC").
CPU time is what a shard pays and is far less sensitive to other load on the machine than wall time, which it also
prints; the total comes from the kernel's rusage of the process, the split from the samples (a thread that ends
between two samples loses at most 50 ms). VAR=value pairs are added to the environment (e.g. DOTNET_gcServer=0 to
try another runtime setting than finacct.runtimeconfig.json's).
"""
import glob, os, shutil, subprocess, sys, tempfile, time

TICK = os.sysconf("SC_CLK_TCK")
FINACCT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "src", "FinalAccounts.Cli", "bin", "Release", "net8.0", "finacct")


def sample(pid, seen):
    for task in glob.glob(f"/proc/{pid}/task/*"):
        try:
            with open(task + "/stat") as f:
                stat = f.read()
        except (FileNotFoundError, ProcessLookupError):
            continue
        name = stat[stat.index("(") + 1:stat.rindex(")")]
        fields = stat[stat.rindex(")") + 2:].split()
        seen[task] = (name, (int(fields[11]) + int(fields[12])) / TICK)


def run(files, env, parallel, pinned):
    cmd = (["taskset", "-c", "0"] if pinned else []) + [FINACCT, "check"] + files + ["--parallel", str(parallel), "-f", "json"]
    start = time.time()
    p = subprocess.Popen(cmd, env=dict(os.environ, **env), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    seen = {}
    while os.waitid(os.P_PID, p.pid, os.WEXITED | os.WNOHANG | os.WNOWAIT) is None:
        sample(p.pid, seen)
        time.sleep(0.05)
    sample(p.pid, seen)
    _, _, usage = os.wait4(p.pid, 0)
    wall = time.time() - start
    threads = {}
    for name, cpu in seen.values():
        group = "workers" if name in ("finacct", ".NET TP Worker") else name
        threads[group] = threads.get(group, 0) + cpu
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, threads


def main():
    pdf = sys.argv[1]
    copies = int(sys.argv[2]) if len(sys.argv) > 2 else 16
    parallel = int(sys.argv[3]) if len(sys.argv) > 3 else 1
    pinned = (sys.argv[4] if len(sys.argv) > 4 else "pin") == "pin"
    env = dict(kv.split("=", 1) for kv in sys.argv[5:])
    folder = tempfile.mkdtemp(prefix="finacct-cpu-")
    try:
        files = []
        for i in range(copies):
            files.append(os.path.join(folder, f"r{i:03}.pdf"))
            shutil.copy(pdf, files[-1])
        wall1, cpu1, _, threads1 = run(files[:1], env, 1, pinned)
        walln, cpun, rss, threadsn = run(files, env, parallel, pinned)
        n = copies - 1
        per = {k: (threadsn.get(k, 0) - threads1.get(k, 0)) / n * 1000 for k in set(threadsn) | set(threads1)}
        others = ", ".join(f"{k} {v:.0f}" for k, v in sorted(per.items(), key=lambda kv: -kv[1]) if k != "workers" and v >= 2)
        load = open("/proc/loadavg").read().split()[0]
        print(f"{' '.join(sys.argv[5:]) or 'finacct.runtimeconfig.json'}, --parallel {parallel}, {'core 0' if pinned else 'free'}: "
              f"{(cpun - cpu1) / n * 1000:.0f} ms CPU per report (workers {per.get('workers', 0):.0f}; {others}); "
              f"{n / (walln - wall1):.2f} reports/s wall; peak RSS {rss:.0f} MB; one file {cpu1:.2f} s CPU; load average {load}",
              flush=True)
    finally:
        shutil.rmtree(folder)


if __name__ == "__main__":
    main()
