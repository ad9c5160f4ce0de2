#!/usr/bin/env python3
"""Start-up of one small check (issue 17): CPU (user+sys) and wall time of `finacct check seeds/reports/wuhai-hrss-2024.json`.

Usage (from the repository root, after `dotnet build src/FinalAccounts.Cli -c Release`):
    python3 benchmarks/scripts/check-startup.py [runs] ["VAR=value VAR=value" ...]
e.g. python3 benchmarks/scripts/check-startup.py 10 "" "DOTNET_TieredPGO=1 DOTNET_gcConcurrent=1 DOTNET_gcServer=0"

Each quoted argument is one runtime setting to compare ("" = finacct.runtimeconfig.json as built); the settings take
turns run by run so that load on the machine falls on all of them alike, and the medians are printed. The CPU time
(from the kernel's rusage) is what to compare on a shared machine: wall time mostly measures the neighbours.
"""
import os, statistics, subprocess, sys, time

FINACCT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "src", "FinalAccounts.Cli", "bin", "Release", "net8.0", "finacct")
SEED = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "seeds", "reports", "wuhai-hrss-2024.json")

runs = int(sys.argv[1]) if len(sys.argv) > 1 else 10
settings = sys.argv[2:] or [""]
cpu = {s: [] for s in settings}
wall = {s: [] for s in settings}
for _ in range(runs):
    for s in settings:
        env = dict(os.environ, **dict(kv.split("=", 1) for kv in s.split()))
        start = time.time()
        p = subprocess.Popen([FINACCT, "check", SEED], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _, _, usage = os.wait4(p.pid, 0)
        wall[s].append(time.time() - start)
        cpu[s].append(usage.ru_utime + usage.ru_stime)
load = open("/proc/loadavg").read().split()[0]
for s in settings:
    print(f"{s or 'finacct.runtimeconfig.json'}: {statistics.median(cpu[s]):.3f} s CPU (min {min(cpu[s]):.3f}), "
          f"{statistics.median(wall[s]):.3f} s wall (min {min(wall[s]):.3f}), median of {runs}; load average {load}")
