using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FinalAccounts.Reports;

namespace FinalAccounts.Validation;

/// <summary>
/// FA1215: each 项目支出绩效自评表 of a 决算 against the 绩效目标表 of its project in the same year's 预算. Projects and
/// indicators are matched by name with spaces ignored (a 三级指标 named twice is told apart by its 二级); a project with
/// no 目标表, or with two, and an indicator with two candidates, are not compared: nothing is guessed.
/// </summary>
internal static class TargetChecks
{
    public static void Check(RuleContext context, FinalAccountsReport budget, FinalAccountsReport final)
    {
        foreach (var evaluation in final.Evaluations)
        {
            var tables = budget.Targets.Where(t => Same(t.Project, evaluation.Project)).ToList();
            if (tables.Count != 1) continue;
            var targets = tables[0];
            var matched = new HashSet<PerformanceTarget>();
            foreach (var indicator in evaluation.Indicators)
            {
                var candidates = targets.Indicators.Where(t => Same(t.Level3, indicator.Level3)).ToList();
                if (candidates.Count > 1) candidates = candidates.Where(t => Same(t.Level2, indicator.Level2)).ToList();
                if (candidates.Count > 1) continue;
                var target = candidates.FirstOrDefault();
                if (target == null)
                {
                    context.Mismatch(indicator.Weight, false, Array.Empty<StatedFigure>(), () => (
                        "自评表指标「" + indicator.Level3 + "」（" + indicator.Level2 + "）不在" + budget.Info.Year + "年绩效目标表「" + targets.Project + "」（" + targets.Id + "）中",
                        "the evaluated indicator " + indicator.Level3 + " is not among the targets of " + targets.Id));
                    continue;
                }
                matched.Add(target);
                var agrees = SameTarget(indicator.Target, indicator.Direction, indicator.DirectionInferred, target.Target, target.Direction, target.DirectionInferred);
                context.Mismatch(indicator.Weight, agrees, target.Weight == null ? Array.Empty<StatedFigure>() : new[] { target.Weight }, () => (
                    "自评表指标「" + indicator.Level3 + "」的年度指标值 " + Show(indicator.Target, indicator.Direction) + " 与绩效目标表（" + targets.Id + "）的指标值 "
                        + Show(target.Target, target.Direction) + " 不一致",
                    "the evaluated target " + Show(indicator.Target, indicator.Direction) + " differs from the target set: " + Show(target.Target, target.Direction)));
                if (target.Weight != null)
                {
                    var weight = target.Weight;
                    context.Mismatch(indicator.Weight, SameWeight(indicator.Weight.Value, weight.Value), new[] { weight }, () => (
                        "自评表指标「" + indicator.Level3 + "」的分值 " + indicator.Weight.Value + " 与绩效目标表（" + targets.Id + "）的分值 " + weight.Value + " 不一致",
                        "the evaluated weight " + indicator.Weight.Value + " differs from the target table's " + weight.Value));
                }
            }
            // A target the evaluation leaves out: judged only on a whole 自评表 (a cut one may have it on a page not obtained).
            var anchor = evaluation.TotalWeight ?? evaluation.Indicators.FirstOrDefault()?.Weight;
            if (evaluation.IsPartial || anchor == null) continue;
            foreach (var target in targets.Indicators.Where(t => !matched.Contains(t) && !evaluation.Indicators.Any(i => Same(i.Level3, t.Level3))))
            {
                context.Mismatch(anchor, false, target.Weight == null ? Array.Empty<StatedFigure>() : new[] { target.Weight }, () => (
                    "绩效目标表（" + targets.Id + "）的指标「" + target.Level3 + "」（" + target.Level2 + "）未在自评表中评价",
                    "the target " + target.Level3 + " of " + targets.Id + " is not evaluated"));
            }
        }
    }

    private static bool Same(string a, string b) => string.Equals(CrossChecker.Squash(a), CrossChecker.Squash(b), StringComparison.Ordinal);

    /// <summary>Numbers agree in value, unit (when both print one) and direction (when both print one); words agree as words.</summary>
    private static bool SameTarget(IndicatorValue a, IndicatorDirection da, bool aInferred, IndicatorValue b, IndicatorDirection db, bool bInferred)
    {
        if (a.IsNumber != b.IsNumber) return false;
        if (!a.IsNumber) return a.SameWordsAs(b);
        return a.Number == b.Number && (a.Unit == b.Unit || a.Unit.Length == 0 || b.Unit.Length == 0) && (aInferred || bInferred || da == db);
    }

    /// <summary>Two printed weights agree when their intervals meet (16.67 and 16.7; 10 and 10.00).</summary>
    private static bool SameWeight(string a, string b)
    {
        static (decimal Value, decimal Half) Read(string text)
        {
            var value = decimal.Parse(text.Replace(",", string.Empty), NumberStyles.Number, CultureInfo.InvariantCulture);
            var dot = text.IndexOf('.');
            var decimals = dot < 0 ? 0 : text.Length - dot - 1;
            // Weights printed as whole numbers are exact (README, FA2010); decimals may be off by half their last digit.
            return (value, decimals == 0 ? 0m : 0.5m / (decimal)Math.Pow(10, decimals));
        }
        var (x, hx) = Read(a);
        var (y, hy) = Read(b);
        return Math.Abs(x - y) <= hx + hy;
    }

    private static string Show(IndicatorValue value, IndicatorDirection direction)
        => value.IsNumber && value.Comparison == null && direction is IndicatorDirection.AtLeast or IndicatorDirection.AtMost
            ? (direction == IndicatorDirection.AtLeast ? "≥" : "≤") + value.Text
            : "“" + value.Text + "”";
}
