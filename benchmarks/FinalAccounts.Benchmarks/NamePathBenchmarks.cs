using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using FinalAccounts.Classification;

namespace FinalAccounts.Benchmarks;

/// <summary>
/// Resolving the seed report's 类/款/项 lines by name path, against a dictionary of exact full paths (which cannot
/// accept the name variants reports print, so it is the cheapest possible baseline, not an equal).
/// </summary>
[MemoryDiagnoser]
public class NamePathBenchmarks
{
    private static readonly string[] s_paths =
    {
        "社会保障和就业支出/人力资源和社会保障管理事务/行政运行",
        "社会保障和就业支出/人力资源和社会保障管理事务/其他人力资源和社会保障管理事务支出",
        "社会保障和就业支出/行政事业单位养老支出/机关事业单位基本养老保险缴费支出",
        "社会保障和就业支出/就业补助/其他就业补助支出",
        "卫生健康支出/行政事业单位医疗/行政单位医疗",
        "住房保障支出/住房改革支出/住房公积金",
    };

    private Dictionary<string, FunctionCode> _byPath = new();

    [GlobalSetup]
    public void Setup()
    {
        _byPath = FunctionCode.All.ToDictionary(c => Path(c), StringComparer.Ordinal);
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = 6)]
    public int DictionaryOfFullPaths()
    {
        var found = 0;
        foreach (var p in s_paths) if (_byPath.TryGetValue(p, out _)) found++;
        return found;
    }

    [Benchmark(OperationsPerInvoke = 6)]
    public int TryFindByNamePath()
    {
        var found = 0;
        foreach (var p in s_paths) if (FunctionCode.TryFindByNamePath(p, out _)) found++;
        return found;
    }

    private static string Path(FunctionCode code)
    {
        var names = new List<string>();
        for (FunctionCode? c = code; c is FunctionCode v; c = v.Parent) names.Insert(0, v.Name);
        return string.Join("/", names);
    }
}
