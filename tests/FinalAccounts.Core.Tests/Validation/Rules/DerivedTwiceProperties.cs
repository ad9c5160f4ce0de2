using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FinalAccounts.Validation;
using FinalAccounts.Validation.Rules;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;
using static FinalAccounts.Core.Tests.Validation.Rules.TestReport;

namespace FinalAccounts.Core.Tests.Validation.Rules;

/// <summary>
/// Law of FA1110's grouped walk (issue 12's seed speed): grouping the figures once by key without basis finds the same
/// quantities, counts the same checks and reports the same disagreements, with the same messages, as one lookup per
/// quantity and basis (the walk FA1111 still uses).
/// </summary>
public sealed class DerivedTwiceProperties
{
    private static readonly string[] s_concepts = { "项目支出", "基本支出", "财政拨款收入支出总计", "一般公共预算财政拨款支出" };

    private static readonly string[] s_bases =
    {
        "年初预算", "较年初预算增减", "较年初预算增减率", "完成年初预算率", "上年决算", "较上年决算增减", "较上年决算增减率", "决算", "占比",
    };

    private static readonly string?[] s_paths = { null, null, "社会保障和就业支出", "社会保障和就业支出/行政事业单位养老支出" };

    private static readonly string?[] s_items = { null, null, null, "考务经费" };

    // A figure: money in 万元 at 0–2 decimals, a percentage on the rate bases (sometimes 0), a 0 now and then.
    private static readonly Gen<Fig> s_figure =
        from concept in Gen.Elements(s_concepts)
        from basis in Gen.Elements(s_bases)
        from path in Gen.Elements(s_paths)
        from item in Gen.Elements(s_items)
        from cents in Gen.Frequency((1, Gen.Constant(0)), (6, Gen.Choose(-200_000, 600_000)))
        from decimals in Gen.Choose(0, 2)
        select Figure(concept, basis, path, item, cents, decimals);

    private static Fig Figure(string concept, string basis, string? path, string? item, int cents, int decimals)
    {
        var rate = basis.EndsWith("率", System.StringComparison.Ordinal) || basis == "占比";
        var value = decimal.Round(cents / (rate ? 1000m : 100m), decimals, System.MidpointRounding.AwayFromZero);
        var text = value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        return F(concept, basis, text, rate ? "%" : "万元", path: path, item: item);
    }

    // One to four statements of one to eight figures; the zeros that make the 财政拨款 alias hold are added half the time.
    private static readonly Gen<Item[]> s_reports =
        from statements in Gen.Choose(1, 4)
        from figures in Gen.ArrayOf(Gen.Choose(1, 8).SelectMany(n => Gen.ArrayOf(s_figure, n)), statements)
        from zeros in Gen.Elements(true, false)
        select Report(figures, zeros);

    private static Item[] Report(Fig[][] statements, bool zeros)
    {
        var items = new List<Item>();
        for (var s = 0; s < statements.Length; s++)
        {
            items.Add(Statement("2." + (s + 1).ToString(CultureInfo.InvariantCulture), "五、说明", statements[s]));
        }
        if (zeros)
        {
            items.Add(Statement("2.9", "九、说明", F("政府性基金预算财政拨款支出", "决算", "0")));
            items.Add(Statement("2.10", "十、说明", F("国有资本经营预算财政拨款支出", "决算", "0")));
        }
        return items.ToArray();
    }

    [Property(MaxTest = 300)]
    public Property Grouped_walk_agrees_with_one_lookup_per_quantity() =>
        Prop.ForAll(Arb.From(s_reports), items =>
        {
            var report = Model(items);
            var rule = RuleCatalog.Rules.OfType<DerivedTwiceRule>().Single(r => r.Descriptor.Id == "FA1110");
            var alias = DerivedTwiceRule.AliasHolds(report);
            var byLookups = new List<Finding>();
            var byGroups = new List<Finding>();
            var lookupContext = new RuleContext(report, byLookups, rule.Descriptor);
            var groupContext = new RuleContext(report, byGroups, rule.Descriptor);
            rule.CheckByLookups(lookupContext, report, alias);
            rule.CheckByGroups(groupContext, report, alias);
            Assert.Equal(lookupContext.ChecksRun, groupContext.ChecksRun);
            Assert.Equal(byLookups.Select(Describe), byGroups.Select(Describe));
        });

    private static string Describe(Finding f) => f.Outcome + " " + f.Stated.Location + " " + f.Message + " | " + f.MessageEn;
}
