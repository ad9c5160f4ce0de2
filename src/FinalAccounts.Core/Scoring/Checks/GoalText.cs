using System;
using System.Collections.Generic;
using System.Linq;
using FinalAccounts.Money;
using FinalAccounts.Reports;
using FinalAccounts.Validation;

namespace FinalAccounts.Scoring.Checks;

/// <summary>
/// FA2031 (issue 15.4): a figure the 年度总体目标 or 实际完成情况 text states for a measure an indicator row also states
/// ("为2个市级技能大师工作室发放奖补资金" beside the row 市级技能大师工作室建设数量 | 个 | 2) agrees with that row's 年度指标值
/// (goal text) or 实际完成值 (results text). Conservative by construction: the text's number must carry the row's own unit,
/// the words right after it (or right before it) must share at least <see cref="MinimumShared"/> characters with the row's
/// 三级指标 name, exactly one numeric row of that unit may match, and a row named by two different figures of the text is
/// left alone. Both figures are read at the precision they are printed with, as open intervals: "1" and "1.00" agree, and so
/// do "13" and "12.60" (the text rounded the row); "866" and "865" do not.
/// </summary>
internal static class GoalText
{
    /// <summary>The shortest shared run of characters that names a measure (市级技能大师工作室 shares 9; 培训 alone is too short).</summary>
    public const int MinimumShared = 4;

    public static void Check(PerformanceEvaluation e, RuleContext sink)
    {
        if (e.ExpectedGoal.Length == 0 && e.ActualGoal.Length == 0) return;
        var rows = e.Indicators.Where(i => i.Actual.IsNumber && i.Actual.Unit.Length > 0 && i.Actual.Unit != "%").ToList();
        if (rows.Count == 0) return;
        // Longest first: "人次" is read as 人次, never as 人 followed by 次.
        var units = rows.Select(i => i.Actual.Unit).Distinct().OrderByDescending(u => u.Length).ToList();
        Compare(e, e.ExpectedGoal, "年度总体目标", i => i.Target, rows, units, sink);
        Compare(e, e.ActualGoal, "实际完成情况", i => i.Actual, rows, units, sink);
    }

    private static void Compare(PerformanceEvaluation e, string text, string part, Func<PerformanceIndicator, IndicatorValue> value,
        List<PerformanceIndicator> rows, List<string> units, RuleContext sink)
    {
        if (text.Length == 0) return;
        var claims = new List<(PerformanceIndicator Row, string Printed, decimal Number, int Decimals, string Clause)>();
        foreach (var (number, index) in PrintedNumber.FindAll(text))
        {
            // The number's unit follows it, perhaps after a space.
            var at = index + number.Text.Length;
            while (at < text.Length && char.IsWhiteSpace(text[at])) at++;
            var unit = units.FirstOrDefault(u => at + u.Length <= text.Length && string.CompareOrdinal(text, at, u, 0, u.Length) == 0);
            if (unit == null) continue;
            if (unit.StartsWith("年", StringComparison.Ordinal) && number.Text.Length == 4) continue; // 2024年度: a year, not a duration
            var end = at + unit.Length;
            var after = Words(text, end, +1);
            var before = Words(text, index, -1);
            var matches = rows.Where(i => i.Actual.Unit == unit && (Shared(after, i.Level3, prefix: true) || Shared(before, i.Level3, prefix: false))).ToList();
            if (matches.Count != 1) continue;
            claims.Add((matches[0], number.Text + unit, number.Value, number.Decimals, before + text.Substring(index, end - index) + after));
        }
        foreach (var group in claims.GroupBy(c => c.Row))
        {
            // The text names one row with two different figures ("计划培训1200人次，完成1180人次"): it is not clear which to compare.
            if (group.Select(c => c.Number).Distinct().Count() != 1) continue;
            var claim = group.First();
            var row = claim.Row;
            var stated = value(row);
            if (!stated.IsNumber) continue;
            var textInterval = Around(claim.Number, claim.Decimals);
            var rowInterval = Around(stated.Number, stated.Decimals);
            // Open intervals: whole counts 866 and 865 touch at 865.5 but no rounding makes one the other.
            var agrees = textInterval.Min < rowInterval.Max && rowInterval.Min < textInterval.Max;
            var gap = claim.Number - stated.Number;
            var result = new CheckResult(agrees ? CheckOutcome.Consistent : CheckOutcome.Inconsistent, claim.Number, rowInterval, gap);
            var column = part == "年度总体目标" ? "年度指标值" : "实际完成值";
            sink.Record(EvaluationRules.GoalText, row.Score ?? row.Weight, result, new[] { row.Weight }, () => (
                $"{e.Id}「{e.Project}」{part}称「{claim.Clause}」（{claim.Printed}），而指标「{row.Level3}」的{column}为 {stated.Text}{(stated.Text.EndsWith(stated.Unit, StringComparison.Ordinal) ? string.Empty : stated.Unit)}，两者不一致。",
                $"{e.Id}: the {(part == "年度总体目标" ? "goal" : "results")} text states {claim.Printed} for {row.Level3}, whose row states {stated.Text} {stated.Unit}."));
        }
    }

    /// <summary>The run of Chinese characters next to a number: after it (direction +1) or before it (−1), up to punctuation or a digit.</summary>
    private static string Words(string text, int at, int direction)
    {
        int i = at;
        if (direction > 0)
        {
            while (i < text.Length && IsWordChar(text[i])) i++;
            return text.Substring(at, i - at);
        }
        while (i > 0 && IsWordChar(text[i - 1])) i--;
        return text.Substring(i, at - i);
    }

    private static bool IsWordChar(char c) => c >= '\u4e00' && c <= '\u9fff';

    /// <summary>True when a prefix (after the number) or a suffix (before it) of <paramref name="words"/> of at least <see cref="MinimumShared"/> characters stands in the row's name.</summary>
    private static bool Shared(string words, string name, bool prefix)
    {
        for (var n = words.Length; n >= MinimumShared; n--)
        {
            var part = prefix ? words.Substring(0, n) : words.Substring(words.Length - n);
            if (name.IndexOf(part, StringComparison.Ordinal) >= 0) return true;
        }
        return false;
    }

    private static Interval Around(decimal value, int decimals)
    {
        var half = 0.5m / Pow10(decimals);
        return new Interval(value - half, value + half);
    }

    private static decimal Pow10(int n)
    {
        var p = 1m;
        for (var k = 0; k < n; k++) p *= 10m;
        return p;
    }
}
