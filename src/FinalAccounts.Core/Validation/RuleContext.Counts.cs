using System;
using System.Collections.Generic;
using System.Linq;
using FinalAccounts.Money;
using FinalAccounts.Reports;

namespace FinalAccounts.Validation;

public sealed partial class RuleContext
{
    /// <summary>
    /// Checks a count against the sum of counts in the same unit, exactly: counts are printed whole and never rounded, so
    /// a difference of one is an error. With <paramref name="atMost"/> the parts may add up to less (a partial list, a
    /// subset such as 外宾 within all visitors), never to more. The verdict is an interval of width 0 at the sum.
    /// </summary>
    internal CheckOutcome CountSum(StatedFigure total, IReadOnlyList<StatedFigure> parts, bool atMost, string relation, string relationEn)
    {
        // By index: Sum over an IReadOnlyList boxes an enumerator for every count checked.
        decimal sum = 0m;
        for (var i = 0; i < parts.Count; i++) sum += parts[i].Count.Value;
        decimal stated = total.Count.Value;
        var agrees = atMost ? sum <= stated : sum == stated;
        var result = new CheckResult(agrees ? CheckOutcome.Consistent : CheckOutcome.Inconsistent, sum, new Interval(sum, sum), stated - sum);
        return agrees ? Record(total, result, parts, NoMessage) : Record(total, result, parts, Describing(total, sum, parts, atMost, relation, relationEn));
    }

    // Its own method so that the captured variables are allocated only for a finding, not on every count checked.
    private static Func<(string, string)> Describing(StatedFigure total, decimal sum, IReadOnlyList<StatedFigure> parts, bool atMost, string relation, string relationEn)
        => () => DescribeCount(total, sum, parts, atMost, relation, relationEn);

    private static (string, string) DescribeCount(StatedFigure total, decimal sum, IReadOnlyList<StatedFigure> parts, bool atMost, string relation, string relationEn)
    {
        var unit = total.Count.Unit;
        var expected = atMost ? "应不小于 " + Format(sum) + unit : "计算为 " + Format(sum) + unit;
        var sources = string.Join("，", parts.Select(Source));
        var message = total.Key + " 列示 " + total.Value + unit + "，按 " + relation + " " + expected + "，差额 " + Format(total.Count.Value - sum) + unit
            + "。数量以整数列示，不存在舍入，" + (atMost ? "各项之和不能大于合计" : "应完全相等") + "。依据：" + sources + "。";
        var messageEn = total.Key.Concept + " (" + total.Key.Basis + ") is stated as " + total.Value + " " + unit.NameEn + "; " + relationEn
            + (atMost ? " is " + Format(sum) + ", more than that" : " gives " + Format(sum)) + ". Counts are whole and never rounded, so no difference is allowed.";
        return (message, messageEn);
    }
}
