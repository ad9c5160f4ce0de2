using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using FinalAccounts.Generators.Model;
using FinalAccounts.Generators.Tables;

namespace FinalAccounts.Analyzers.Tables;

/// <summary>
/// Turns table texts into <see cref="CodeTable"/>s with the generator's own parser and plan builder, so the analyzer
/// knows exactly the codes, names, verification and member names the generator emits. Table problems are the
/// generator's to report (FA0xxx); here a broken row is simply absent. Never throws.
/// </summary>
internal static class TablePlanner
{
    private static readonly object s_gate = new();
    private static TableSource[]? s_lastInput;
    private static IReadOnlyList<CodeTable> s_lastResult = Array.Empty<CodeTable>();

    /// <summary>The code tables of <paramref name="sources"/>; the last result is reused while the texts are unchanged
    /// (the IDE re-analyses on every keystroke, the tables rarely change).</summary>
    public static IReadOnlyList<CodeTable> Plan(TableSource[] sources, CancellationToken cancellationToken)
    {
        if (sources.Length == 0) return Array.Empty<CodeTable>();
        lock (s_gate)
        {
            if (s_lastInput != null && s_lastInput.SequenceEqual(sources)) return s_lastResult;
        }
        var result = Build(sources, cancellationToken);
        lock (s_gate)
        {
            s_lastInput = sources;
            s_lastResult = result;
        }
        return result;
    }

    /// <summary>Builds without caching.</summary>
    public static IReadOnlyList<CodeTable> Build(IEnumerable<TableSource> sources, CancellationToken cancellationToken)
    {
        try
        {
            var parsed = sources
                .Select(s => TableParser.Parse(new TableFile(s.Path, s.Scheme, s.TypeName, s.Text), cancellationToken))
                .ToImmutableArray();
            return PlanBuilder.Build(parsed).Types.Select(t => new CodeTable(t)).ToArray();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The generator reports what is wrong with the tables; the analyzer then knows no codes rather than crash.
            return Array.Empty<CodeTable>();
        }
    }
}
