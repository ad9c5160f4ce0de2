using FinalAccounts.Reports;

namespace FinalAccounts.Validation.Rules;

/// <summary>Finds the figure a rule relates to another: the one stated nearest, i.e. in the same statement or table if any.</summary>
/// <remarks>
/// Lists are walked by index here and in the rules' hot loops: a foreach over an <c>IReadOnlyList</c> allocates an
/// enumerator, and these lookups run for nearly every figure of every rule.
/// </remarks>
internal static class FigureLookup
{
    /// <summary>The figure with <paramref name="key"/> stated beside <paramref name="near"/>, else the first stated anywhere.</summary>
    public static StatedFigure? Near(FinalAccountsReport report, FigureKey key, StatedFigure near) => Near(report, key, near.Location.StatementId);

    /// <summary>The figure with <paramref name="key"/> stated in the statement or table <paramref name="statementId"/>, else the first stated anywhere.</summary>
    public static StatedFigure? Near(FinalAccountsReport report, FigureKey key, string statementId)
    {
        StatedFigure? first = null;
        var candidates = report.Find(key);
        for (var i = 0; i < candidates.Count; i++)
        {
            var candidate = candidates[i];
            if (candidate.Location.StatementId == statementId) return candidate;
            first ??= candidate;
        }
        return first;
    }

    /// <summary>
    /// True when an earlier figure states the same key with the same value at least as precisely (so checking this one
    /// again adds nothing): "1234.5" repeats an earlier "1234.50", but not the other way round.
    /// </summary>
    public static bool IsRepeat(FinalAccountsReport report, StatedFigure figure)
    {
        // A report that states no key twice repeats nothing: no lookup of the figure's key (five strings hashed).
        if (!report.StatesAKeyTwice) return false;
        var candidates = report.Find(figure.Key);
        for (var i = 0; i < candidates.Count; i++)
        {
            var candidate = candidates[i];
            if (ReferenceEquals(candidate, figure)) return false;
            if (candidate.Value == figure.Value) return true;
            if (candidate.IsMoney && figure.IsMoney && candidate.ReasoningAmount == figure.ReasoningAmount
                && candidate.ReasoningAmount.Decimals >= figure.ReasoningAmount.Decimals) return true;
            if (candidate.IsPercentage && figure.IsPercentage && candidate.Percentage.Value == figure.Percentage.Value
                && candidate.Percentage.Decimals >= figure.Percentage.Decimals) return true;
        }
        return false;
    }
}
