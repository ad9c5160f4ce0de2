using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FinalAccounts.Money;
using FinalAccounts.Reports;
using FinalAccounts.Validation;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace FinalAccounts.Core.Tests.Validation.Properties;

/// <summary>
/// The rule engine counts a sum that agrees as printed without computing its intervals (<c>RuleContext.SumPasses</c>,
/// <c>PartialSumPasses</c>): it must pass exactly the checks the full rounding reasoning calls Consistent, in 元, 万元 and
/// mixed, and count nothing when it does not pass (the rule then records the check in full).
/// </summary>
public sealed class QuickPassProperties
{
    private static readonly Gen<(string Value, string Unit)> s_printed =
        from whole in Gen.Choose(-3_000_000, 3_000_000)
        from decimals in Gen.Choose(0, 2)
        from unit in Gen.Elements("万元", "元")
        select ((whole / (decimal)Math.Pow(10, decimals)).ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture), unit);

    // Sums that agree are rare among random figures: half the cases print the exact sum of the parts as the total,
    // rounded to the total's decimals (which rounding explains, or not, depending on the digits dropped).
    private static readonly Gen<((string Value, string Unit) Total, (string Value, string Unit)[] Parts)> s_case =
        from count in Gen.Choose(1, 5)
        from parts in Gen.ArrayOf(s_printed, count)
        from random in s_printed
        from agreeing in Gen.Elements(true, false)
        from decimals in Gen.Choose(0, 3)
        select (agreeing ? SumOf(parts, random.Item2, decimals) : random, parts);

    private static (string, string) SumOf((string Value, string Unit)[] parts, string unit, int decimals)
    {
        var sum = parts.Sum(p => decimal.Parse(p.Value, CultureInfo.InvariantCulture) * (p.Unit == unit ? 1m : p.Unit == "元" ? 0.0001m : 10000m));
        return (Math.Round(sum, decimals, MidpointRounding.AwayFromZero).ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture), unit);
    }

    private static readonly FigureLocation s_here = new("2.1-1", "一、收入支出决算总体情况说明", string.Empty, string.Empty, "$");

    private static StatedFigure Figure(string concept, (string Value, string Unit) printed) => new(new FigureKey(concept, "决算"), printed.Value, printed.Unit, s_here);

    private static RuleContext NewContext()
    {
        var report = new FinalAccountsReport(new ReportInfo("quick", 2024, "单位", "单位", ReportUnitKind.Administrative, CurrencyUnit.WanYuan), Array.Empty<ReportTable>(), Array.Empty<Statement>());
        return new RuleContext(report, new List<Finding>(), RuleCatalog.Rules[0].Descriptor);
    }

    [Property(MaxTest = 500)]
    public Property A_sum_passes_at_once_exactly_when_the_rounding_check_calls_it_consistent()
        => Prop.ForAll(s_case.ToArbitrary(), c =>
        {
            var total = Figure("合计", c.Total);
            var parts = c.Parts.Select((p, i) => Figure("部分" + i, p)).ToList();
            var full = RoundingCheck.Sum(RuleContext.AmountOf(total), parts.Select(p => (RuleContext.AmountOf(p), 1)).ToList()).Outcome;
            var context = NewContext();
            var passed = context.SumPasses(total, parts);
            var weighted = NewContext().SumPasses(total, parts.Select(p => (p, 1)).ToList());
            return (passed == (full == CheckOutcome.Consistent) && weighted == passed && context.ChecksRun == (passed ? 1 : 0))
                .Label($"{c.Total} = Σ {string.Join(", ", c.Parts)}: full {full}, quick {passed}, weighted {weighted}");
        });

    [Property(MaxTest = 500)]
    public Property A_repeat_passes_at_once_exactly_when_the_rounding_check_calls_it_consistent()
        => Prop.ForAll(s_case.ToArbitrary(), c =>
        {
            var stated = Figure("合计", c.Total);
            var other = Figure("合计", c.Parts[0]);
            var full = RoundingCheck.Sum(RuleContext.AmountOf(stated), new[] { (RuleContext.AmountOf(other), 1) }).Outcome;
            var passed = NewContext().SumPasses(stated, other);
            return (passed == (full == CheckOutcome.Consistent)).Label($"{c.Total} against {c.Parts[0]}: full {full}, quick {passed}");
        });

    [Property(MaxTest = 500)]
    public Property A_partial_list_passes_at_once_exactly_when_the_full_check_finds_it_consistent()
        => Prop.ForAll(s_case.ToArbitrary(), c =>
        {
            var total = Figure("合计", c.Total);
            var parts = c.Parts.Select((p, i) => Figure("部分" + i, p)).ToList();
            var full = NewContext().PartialSum(total, parts, "所列各项之和", "the parts");
            var context = NewContext();
            var passed = context.PartialSumPasses(total, parts);
            return (passed == (full == CheckOutcome.Consistent) && context.ChecksRun == (passed ? 1 : 0))
                .Label($"{c.Total} ≥ Σ {string.Join(", ", c.Parts)}: full {full}, quick {passed}");
        });
}
