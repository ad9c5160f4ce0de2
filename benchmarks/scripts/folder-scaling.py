#!/usr/bin/env python3
"""Folder scaling of `finacct check` (issue 17): the rate of one worker pinned to one core against --parallel 2 on two.

Usage (from the repository root, after `dotnet build -c Release`):
    python3 benchmarks/scripts/folder-scaling.py ../shared/reports/shanghai-putuo-czj-2024-final-accounts.pdf [copies]

It copies the PDF `copies` times (32 by default) into a temporary folder and, per runtime setting and twice each, times
one file on core 0, all copies on core 0 (`taskset -c 0 … --parallel 1`) and all copies on two cores (`--parallel 2`).
The rates leave out one file's time (process start, JIT of the first report), so they are the steady rate a shard
reaches. "One core" is pinned with taskset because one unpinned worker also keeps the runtime's tiered-JIT and GC
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
        subprocess.run(cmd, env=e, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        return time.time() - start

    settings = [("default", {}),
                ("TieredCompilation=0, gcServer=1", {"DOTNET_TieredCompilation": "0", "DOTNET_gcServer": "1"})]
    for name, env in settings:
        for _ in range(2):
            one_pinned = run(env, files[:1], True)
            all_pinned = run(env, files + ["--parallel", "1"], True)
            all_two = run(env, files + ["--parallel", "2"], False)
            one_free = run(env, files[:1], False)
            single = (copies - 1) / (all_pinned - one_pinned)
            double = (copies - 1) / (all_two - one_free)
            print(f"{name}: one core {single:.2f} reports/s, two cores {double:.2f} reports/s, "
                  f"{double / (2 * single) * 100:.0f} % of 2 x one core", flush=True)
finally:
    shutil.rmtree(folder)
