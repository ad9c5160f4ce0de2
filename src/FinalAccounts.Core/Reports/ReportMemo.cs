using System.Threading;

namespace FinalAccounts.Reports;

/// <summary>
/// Numbers the things rules find once about a report and keep for its later checks (<see cref="FigureIndex.Memo{TState, T}"/>):
/// which figures a breakdown, a rate or a determination relates is the same on every check of an immutable report, only the
/// arithmetic on them is each check's. Each kept thing takes a slot when its rule (or its shared helper) is made.
/// </summary>
internal static class ReportMemo
{
    private static int s_count;

    /// <summary>How many slots have been numbered: an index sizes its memo array by it on first use.</summary>
    public static int Count => Volatile.Read(ref s_count);

    /// <summary>A new slot, for a rule instance or a helper made once (the catalogue's rules number theirs when it is made).</summary>
    public static int NewSlot() => Interlocked.Increment(ref s_count) - 1;
}
