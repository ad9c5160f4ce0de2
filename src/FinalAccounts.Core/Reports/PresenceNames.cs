using System;
using System.Collections.Concurrent;
using System.Threading;

namespace FinalAccounts.Reports;

/// <summary>
/// The concepts and bases the built-in rules' plans ask about, each numbered once for the life of the process, so that a
/// report's <see cref="FigureIndex"/> can answer "is X stated?" with a bit test instead of a dictionary lookup per rule.
/// </summary>
/// <remarks>
/// Numbers only grow. An index remembers how many names were numbered before it walked its figures
/// (<see cref="FigureIndex.MayState"/>): a name numbered later is answered "maybe stated", so a plan made after a report
/// was indexed can only run a rule, never skip one wrongly.
/// </remarks>
internal static class PresenceNames
{
    private static readonly ConcurrentDictionary<string, int> s_numbers = new(StringComparer.Ordinal);
    private static readonly object s_gate = new();
    private static int s_count;

    /// <summary>How many names are numbered: every number below it is in the table.</summary>
    public static int Count => Volatile.Read(ref s_count);

    /// <summary>The number of <paramref name="name"/>, given it on the first call.</summary>
    public static int Of(string name)
    {
        if (s_numbers.TryGetValue(name, out var number)) return number;
        lock (s_gate)
        {
            if (s_numbers.TryGetValue(name, out number)) return number;
            number = s_count;
            s_numbers[name] = number;
            // Published after the entry: a reader that sees the count finds every name below it.
            Volatile.Write(ref s_count, number + 1);
            return number;
        }
    }

    /// <summary>The number of <paramref name="name"/> if a plan asked about it.</summary>
    public static bool TryGet(string name, out int number) => s_numbers.TryGetValue(name, out number);
}
