using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using FinalAccounts.Classification;

namespace FinalAccounts.Benchmarks;

/// <summary>
/// FunctionCode.TryParse against the plain alternative a user would write: a Dictionary from code string to value.
/// Each operation looks up all of a fixed mix of codes (known 类/款/项 and unknown ones), so the figures are per batch.
/// </summary>
[MemoryDiagnoser]
public class CodeParseBenchmarks
{
    private string[] _inputs = Array.Empty<string>();
    private Dictionary<string, FunctionCode> _dictionary = new();

    [GlobalSetup]
    public void Setup()
    {
        _dictionary = FunctionCode.All.ToDictionary(c => c.Code, StringComparer.Ordinal);
        // 16 inputs: 12 known codes of every level, 4 unknown (wrong digits, unknown code, too short, letters).
        _inputs = new[]
        {
            "201", "20129", "2012999", "208", "20801", "2080101", "2080199", "20805", "2080505", "2101101", "2210201", "2299901",
            "2080197", "20", "208x101", "9999999",
        };
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = 16)]
    public int DictionaryTryGetValue()
    {
        var found = 0;
        foreach (var s in _inputs)
        {
            if (_dictionary.TryGetValue(s, out _)) found++;
        }
        return found;
    }

    [Benchmark(OperationsPerInvoke = 16)]
    public int FunctionCodeTryParseString()
    {
        var found = 0;
        foreach (var s in _inputs)
        {
            if (FunctionCode.TryParse(s, out _)) found++;
        }
        return found;
    }

    [Benchmark(OperationsPerInvoke = 16)]
    public int FunctionCodeTryParseSpan()
    {
        var found = 0;
        foreach (var s in _inputs)
        {
            if (FunctionCode.TryParse(s.AsSpan(), out _)) found++;
        }
        return found;
    }
}
