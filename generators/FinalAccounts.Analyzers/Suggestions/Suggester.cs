using System;
using System.Collections.Generic;
using System.Linq;
using FinalAccounts.Analyzers.Tables;
using FinalAccounts.Generators.Model;

namespace FinalAccounts.Analyzers.Suggestions;

/// <summary>
/// The closest known codes to a string that is no code: by edit distance over the codes when the string is all
/// digits, over the names otherwise ("行政运行" finds the codes named 行政运行).
/// </summary>
internal static class Suggester
{
    /// <summary>Longer input is not compared (it is no code, and the distance would cost its length squared).</summary>
    public const int MaxInputLength = 40;

    /// <summary>At most this many suggestions.</summary>
    public const int MaxSuggestions = 3;

    /// <summary>
    /// The entries at the smallest distance (at most <see cref="MaxSuggestions"/>, and none farther than half the
    /// input's length, rounded up, or 3): nearest first, then the longest common prefix (the same 款), then code order.
    /// </summary>
    public static IReadOnlyList<CodeEntry> Closest(CodeTable table, string text)
    {
        var input = text.Trim();
        if (input.Length == 0 || input.Length > MaxInputLength || table.Entries.Length == 0) return Array.Empty<CodeEntry>();
        var byCode = input.All(c => c >= '0' && c <= '9');
        var limit = Math.Max(1, Math.Min(3, (input.Length + 1) / 2));
        var scored = new List<(CodeEntry Entry, int Distance, int Prefix)>();
        foreach (var e in table.Entries)
        {
            var key = byCode ? e.Code : e.Name;
            var d = EditDistance.Between(input, key);
            if (d <= limit) scored.Add((e, d, EditDistance.CommonPrefix(input, key)));
        }
        if (scored.Count == 0) return Array.Empty<CodeEntry>();
        var best = scored.Min(s => s.Distance);
        return scored
            .Where(s => s.Distance == best)
            .OrderByDescending(s => s.Prefix)
            .ThenBy(s => s.Entry.Code, StringComparer.Ordinal)
            .Take(MaxSuggestions)
            .Select(s => s.Entry)
            .ToArray();
    }
}
