using System.Globalization;

namespace FinalAccounts.Reports.Json;

/// <summary>
/// The JSON paths of a report file's elements (<c>$.statements[3]</c>, <c>$.statements[3].explanations[0]</c>,
/// <c>$.evaluations[1].indicators[7]</c> …), each joined once per process and shared by every read: every report has a
/// <c>$.statements[0]</c>, and a read joined a few hundred of these strings that the previous read had joined already.
/// </summary>
/// <remarks>
/// Indexes past <see cref="MaxCached"/> are joined each time, so a very large report does not grow the cache without
/// bound. Threads may race to fill a slot: each joins the same text, and whichever string is kept is as good as the other.
/// </remarks>
internal static class ElementPaths
{
    /// <summary>The indexes kept, at each level (a report's statements; a statement's explanations …).</summary>
    public const int MaxCached = 256;

    private static readonly string?[] s_tables = new string?[MaxCached];
    private static readonly string?[] s_statements = new string?[MaxCached];
    private static readonly string?[] s_evaluations = new string?[MaxCached];
    private static readonly string?[]?[] s_explanations = new string?[]?[MaxCached];
    private static readonly string?[]?[] s_indicators = new string?[]?[MaxCached];
    private static readonly string?[]?[] s_fundsRows = new string?[]?[MaxCached];

    /// <summary><c>$.tables[i]</c>.</summary>
    public static string Table(int i) => Top(s_tables, "$.tables[", i);

    /// <summary><c>$.statements[i]</c>.</summary>
    public static string Statement(int i) => Top(s_statements, "$.statements[", i);

    /// <summary><c>$.evaluations[i]</c>.</summary>
    public static string Evaluation(int i) => Top(s_evaluations, "$.evaluations[", i);

    /// <summary><c>$.statements[s].explanations[e]</c>.</summary>
    public static string Explanation(int s, int e) => Child(s_explanations, Statement(s), s, ".explanations[", e);

    /// <summary><c>$.evaluations[v].indicators[i]</c>.</summary>
    public static string Indicator(int v, int i) => Child(s_indicators, Evaluation(v), v, ".indicators[", i);

    /// <summary><c>$.evaluations[v].funds.rows[r]</c>.</summary>
    public static string FundsRow(int v, int r) => Child(s_fundsRows, Evaluation(v), v, ".funds.rows[", r);

    private static string Top(string?[] cache, string member, int i)
    {
        if ((uint)i >= MaxCached) return Join(member, i);
        return cache[i] ??= Join(member, i);
    }

    private static string Child(string?[]?[] cache, string parent, int p, string member, int i)
    {
        if ((uint)p >= MaxCached || (uint)i >= MaxCached) return parent + Join(member, i);
        var row = cache[p] ??= new string?[MaxCached];
        return row[i] ??= parent + Join(member, i);
    }

    private static string Join(string member, int i) => member + i.ToString(CultureInfo.InvariantCulture) + "]";
}
