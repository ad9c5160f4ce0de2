#!/usr/bin/env python3
"""Folder scaling of `finacct check` (issue 17): the rate of one worker pinned to one core against --parallel 2 on two.

Usage (from the repository root, after `dotnet build -c Release`):
    python3 benchmarks/scripts/folder-scaling.py ../shared/reports/shanghai-putuo-czj-2024-final-accounts.pdf [copies]

It copies the PDF `copies` times (32 by default) into a temporary folder and, per runtime setting and twice each, times
one file on core 0, all copies on core 0 (`taskset -c 0 … --parallel 1`) and all copies on two cores (`--parallel 2`).
The rates leave out one file's time (process start, JIT of the first report), so they are the steady rate a shard
reaches. Each line also gives the CPU time per report (user + system from the kernel, the same one-file run left out),
which load from other processes changes far less than the rates. "One core" is pinned with taskset because one unpinned worker also keeps the runtime's tiered-JIT and GC
threads busy on the other core, which would count that core twice. Needs `taskset` (util-linux) and a quiet machine.
"""
import glob, os, shutil, subprocess, sys, tempfile, time

finacct = os.path.join(os.path.dirname(__file__), "..", "..", "src", "FinalAccounts.Cli", "bin", "Release", "net8.0", "finacct")
pdf = sys.argv[1]
copies = int(sys.argv[2]) if len(sys.argv) > 2 else 32
folder = tempfile.mkdtemp(prefix="finacct-scaling-")
try:
    files = []
    for i in range(copies):
        files.append(os.path.join(folder, f"r{i:03}.pdf"))
        shutil.copy(pdf, files[-1])

    def run(env, args, pinned):
        e = dict(os.environ, **env)
        cmd = (["taskset", "-c", "0"] if pinned else []) + [finacct, "check"] + args + ["-f", "json"]
        start = time.time()
        p = subprocess.Popen(cmd, env=e, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _, _, usage = os.wait4(p.pid, 0)
        return time.time() - start, usage.ru_utime + usage.ru_stime

    # finacct.runtimeconfig.json sets TieredPGO off and non-concurrent Server GC without DATAS (issue 17); the second
    # line restores the runtime's own defaults through the environment, which overrides the file.
    settings = [("finacct.runtimeconfig.json", {}),
                ("runtime defaults (TieredPGO on, concurrent workstation GC)",
                 {"DOTNET_TieredPGO": "1", "DOTNET_gcConcurrent": "1", "DOTNET_gcServer": "0"}),
                ("finacct.runtimeconfig.json + TieredCompilation=0", {"DOTNET_TieredCompilation": "0"})]
    for name, env in settings:
        for _ in range(2):
            one_pinned, one_pinned_cpu = run(env, files[:1], True)
            all_pinned, all_pinned_cpu = run(env, files + ["--parallel", "1"], True)
            all_two, all_two_cpu = run(env, files + ["--parallel", "2"], False)
            one_free, one_free_cpu = run(env, files[:1], False)
            single = (copies - 1) / (all_pinned - one_pinned)
            double = (copies - 1) / (all_two - one_free)
            cpu_single = (all_pinned_cpu - one_pinned_cpu) / (copies - 1) * 1000
            cpu_double = (all_two_cpu - one_free_cpu) / (copies - 1) * 1000
            load = open("/proc/loadavg").read().split()[0]
            print(f"{name}: one core {single:.2f} reports/s, two cores {double:.2f} reports/s, "
                  f"{double / (2 * single) * 100:.0f} % of 2 x one core; CPU per report {cpu_single:.0f} ms on one core, "
                  f"{cpu_double:.0f} ms on two; load average {load}", flush=True)
finally:
    shutil.rmtree(folder)
