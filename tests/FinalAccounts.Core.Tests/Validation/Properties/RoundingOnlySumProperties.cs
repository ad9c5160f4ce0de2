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
using Xunit;

namespace FinalAccounts.Core.Tests.Validation.Properties;

/// <summary>
/// A sum that does not agree as printed is recorded as within rounding without computing the rest of its result
/// (<c>RuleContext.SumWithinRounding</c>; the finding makes its result when read). Laws: the quick test says WithinRounding
/// exactly when <see cref="RoundingCheck.Sum(Amount, IReadOnlyList{ValueTuple{Amount, int}})"/> does, and the finding
/// recorded (outcome, result, messages, inputs) is the one the full check makes, through both ways a rule records a sum.
/// </summary>
public sealed class RoundingOnlySumProperties
{
    private static readonly Gen<(string Value, string Unit)> s_printed =
        from whole in Gen.Choose(-3_000_000, 3_000_000)
        from decimals in Gen.Choose(0, 3)
        from unit in Gen.Elements("万元", "元")
        select ((whole / (decimal)Math.Pow(10, decimals)).ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture), unit);

    // Rounding-only sums are rare among random figures: most cases print the parts' exact sum rounded to the total's
    // decimals and then nudged by 0–3 units of its last place (rounding explains a small nudge of a sum of several parts, not
    // a large one), the rest a random total.
    private static readonly Gen<((string Value, string Unit) Total, (string Value, string Unit)[] Parts)> s_case =
        from count in Gen.Choose(1, 5)
        from parts in Gen.ArrayOf(s_printed, count)
        from random in s_printed
        from near in Gen.Frequency((3, Gen.Constant(true)), (1, Gen.Constant(false)))
        from decimals in Gen.Choose(0, 3)
        from nudge in Gen.Choose(-3, 3)
        select (near ? SumOf(parts, random.Item2, decimals, nudge) : random, parts);

    private static (string, string) SumOf((string Value, string Unit)[] parts, string unit, int decimals, int nudge)
    {
        var sum = parts.Sum(p => decimal.Parse(p.Value, CultureInfo.InvariantCulture) * (p.Unit == unit ? 1m : p.Unit == "元" ? 0.0001m : 10000m));
        var printed = Math.Round(sum, decimals, MidpointRounding.AwayFromZero) + nudge * new decimal(1, 0, 0, false, (byte)decimals);
        return (printed.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture), unit);
    }

    private static readonly FigureLocation s_here = new("2.1-1", "一、收入支出决算总体情况说明", string.Empty, string.Empty, "$");

    private static StatedFigure Figure(string concept, (string Value, string Unit) printed) => new(new FigureKey(concept, "决算"), printed.Value, printed.Unit, s_here);

    private static (RuleContext Context, List<Finding> Findings) NewContext()
    {
        var report = new FinalAccountsReport(new ReportInfo("rounding", 2024, "单位", "单位", ReportUnitKind.Administrative, CurrencyUnit.WanYuan), Array.Empty<ReportTable>(), Array.Empty<Statement>());
        var findings = new List<Finding>();
        return (new RuleContext(report, findings, RuleCatalog.Rules[0].Descriptor), findings);
    }

    // Decimals compared with their printed scale too: a message prints them, so 1.50 and 1.5 differ.
    private static string Show(CheckResult r) => r.Outcome + " " + r.Exact.ToString(CultureInfo.InvariantCulture) + " [" + r.Expected.Min.ToString(CultureInfo.InvariantCulture)
        + ", " + r.Expected.Max.ToString(CultureInfo.InvariantCulture) + "] " + r.Difference.ToString(CultureInfo.InvariantCulture);

    // Law: for a sum that does not pass at once, the quick test is RoundingCheck.Sum's outcome being WithinRounding.
    [Property(MaxTest = 1000)]
    public Property A_sum_that_does_not_pass_is_within_rounding_exactly_when_the_rounding_check_says_so()
        => Prop.ForAll(s_case.ToArbitrary(), c =>
        {
            var total = Figure("合计", c.Total);
            var parts = c.Parts.Select((p, i) => Figure("部分" + i, p)).ToList();
            var full = RoundingCheck.Sum(RuleContext.AmountOf(total), parts.Select(p => (RuleContext.AmountOf(p), 1)).ToList()).Outcome;
            var passes = NewContext().Context.SumPasses(total, parts);
            var quick = !passes && RuleContext.SumWithinRounding(total, parts);
            return (passes == (full == CheckOutcome.Consistent) && quick == (full == CheckOutcome.WithinRounding))
                .Label($"{c.Total} = Σ {string.Join(", ", c.Parts)}: full {full}, quick {quick}");
        });

    // Law: SumOfParts (after the quick pass refused, as its callers ask it) and Sum (weights 1) record the finding the full check records — same outcome, count, result to the
    // digit, inputs and messages — whether the result is read before the messages or after.
    [Property(MaxTest = 500)]
    public Property A_sum_recorded_within_rounding_reads_as_the_full_check_made_it()
        => Prop.ForAll(s_case.ToArbitrary(), Gen.Elements(true, false).ToArbitrary(), (c, resultFirst) =>
        {
            var total = Figure("合计", c.Total);
            var parts = c.Parts.Select((p, i) => Figure("部分" + i, p)).ToArray();
            var full = RoundingCheck.Sum(RuleContext.AmountOf(total), parts.Select(p => (RuleContext.AmountOf(p), 1)).ToList());
            var (words, wordsEn) = RuleContext.Describe(total, full, parts, "所列各项之和", "the parts");
            var listed = NewContext();
            // As the rules ask it (FA1010, FA1040): the quick pass first, SumOfParts only for a sum it refuses.
            var outcome = listed.Context.SumPasses(total, parts) ? CheckOutcome.Consistent : listed.Context.SumOfParts(total, parts, "所列各项之和", "the parts");
            var weighted = NewContext();
            var weightedOutcome = weighted.Context.Sum(total, parts.Select(p => (p, 1)).ToList(), "所列各项之和", "the parts");
            var problems = new List<string>();
            foreach (var (name, o, context, findings) in new[] { ("SumOfParts", outcome, listed.Context, listed.Findings), ("Sum", weightedOutcome, weighted.Context, weighted.Findings) })
            {
                if (o != full.Outcome || context.ChecksRun != 1) problems.Add($"{name}: {o}, {context.ChecksRun} checks");
                if (findings.Count != (full.Outcome == CheckOutcome.Consistent ? 0 : 1)) problems.Add($"{name}: {findings.Count} findings");
                if (findings.Count != 1) continue;
                var finding = findings[0];
                string result, message;
                if (resultFirst)
                {
                    result = Show(finding.Result);
                    message = finding.Message + finding.MessageEn;
                }
                else
                {
                    message = finding.Message + finding.MessageEn;
                    result = Show(finding.Result);
                }
                if (finding.Outcome != full.Outcome || result != Show(full)) problems.Add($"{name}: {finding.Outcome} {result} ≠ {Show(full)}");
                if (message != words + wordsEn) problems.Add($"{name}: {message} ≠ {words}{wordsEn}");
                if (!finding.Inputs.SequenceEqual(parts)) problems.Add($"{name}: inputs");
            }
            return (problems.Count == 0).Label($"{c.Total} = Σ {string.Join(", ", c.Parts)}: " + string.Join("; ", problems));
        });

    // By hand: 33.33 × 3 = 99.99; the parts' intervals add up to [99.975, 100.005], which meets 100.00's [99.995, 100.005]
    // (rounding explains it) and not 100.02's [100.015, 100.025] nor 99.95's.
    [Theory]
    [InlineData("100.00", true)]
    [InlineData("100.005", true)]
    [InlineData("100.02", false)]
    [InlineData("99.95", false)]
    public void Three_thirds_are_within_rounding_of_their_whole_only(string total, bool within)
    {
        var parts = new[] { Figure("部分0", ("33.33", "万元")), Figure("部分1", ("33.33", "万元")), Figure("部分2", ("33.33", "万元")) };
        var (context, findings) = NewContext();
        var outcome = context.SumOfParts(Figure("合计", (total, "万元")), parts, "所列各项之和", "the parts");
        Assert.Equal(within, RuleContext.SumWithinRounding(Figure("合计", (total, "万元")), parts));
        Assert.Equal(within ? CheckOutcome.WithinRounding : CheckOutcome.Inconsistent, outcome);
        Assert.Single(findings);
        Assert.Equal(99.99m, findings[0].Result.Exact);
    }
}
