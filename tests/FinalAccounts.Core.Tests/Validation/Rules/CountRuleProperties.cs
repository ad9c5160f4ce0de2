using System.Globalization;
using System.Linq;
using FinalAccounts.Quantities;
using FinalAccounts.Validation;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;
using static FinalAccounts.Core.Tests.Validation.Rules.TestReport;

namespace FinalAccounts.Core.Tests.Validation.Rules;

/// Laws of the count rules (issue 13, point 2): counts are exact, so a consistent breakdown is never flagged and any single
/// count changed by any amount is caught, at the total, by FA1150 (or FA1152 for the 绩效 grades).
public sealed class CountRuleProperties
{
    private static readonly string[] s_kinds = { "部级领导干部用车", "主要领导干部用车", "机要通信用车", "应急保障用车", "执法执勤用车", "特种专业技术用车", "离退休干部用车", "其他用车" };

    private static Item[] Vehicles(long total, long[] kinds) => new Item[]
    {
        Statement("3.11-4", "十一、其他重要事项的情况说明", F("车辆", "年末", total.ToString(CultureInfo.InvariantCulture), "辆"))
            .With(Explanation("车辆", "年末", false, "其中",
                kinds.Select((k, i) => (Part)F(s_kinds[i], "年末", k.ToString(CultureInfo.InvariantCulture), "辆")).ToArray())),
    };

    private static readonly Gen<long[]> s_breakdowns =
        from n in Gen.Choose(1, s_kinds.Length)
        from counts in Gen.ArrayOf(Gen.Choose(0, 500).Select(c => (long)c), n)
        select counts;

    [Property]
    public Property A_consistent_count_breakdown_is_never_flagged() =>
        Prop.ForAll(Arb.From(s_breakdowns), kinds =>
        {
            var result = Check(Vehicles(kinds.Sum(), kinds));
            Assert.Contains(result.RulesRun, r => r.Id == "FA1150");
            Assert.Empty(result.Findings);
        });

    [Property]
    public Property Any_single_count_changed_is_caught_at_the_total()
    {
        var cases = s_breakdowns
            .SelectMany(k => Gen.Choose(-1, k.Length - 1), (k, which) => (kinds: k, which))
            .SelectMany(_ => Gen.Choose(1, 1000).SelectMany(d => Gen.Elements(d, -d)), (c, delta) => (c.kinds, c.which, delta));
        return Prop.ForAll(Arb.From(cases), c =>
        {
            var total = c.kinds.Sum();
            var kinds = (long[])c.kinds.Clone();
            // which = -1 moves the total; else one kind. A count cannot fall below 0 as printed here, so move up instead.
            if (c.which < 0) total = total + c.delta < 0 ? total - c.delta : total + c.delta;
            else kinds[c.which] = kinds[c.which] + c.delta < 0 ? kinds[c.which] - c.delta : kinds[c.which] + c.delta;
            var finding = Assert.Single(Check(Vehicles(total, kinds)).Findings);
            Assert.Equal("FA1150", finding.RuleId);
            Assert.Equal(Severity.Error, finding.Severity);
            Assert.Equal("3.11-4", finding.Location.StatementId);
            Assert.Equal(kinds.Sum(), finding.Result.Exact);
        });
    }

    [Property]
    public Property Graded_projects_add_up_exactly_and_one_moved_grade_is_caught()
    {
        var grades = Gen.ArrayOf(Gen.Choose(0, 60), 4).SelectMany(g => Gen.Choose(-1, 3), (g, which) => (g, which));
        return Prop.ForAll(Arb.From(grades), c =>
        {
            string[] names = { "绩效评级为优的项目", "绩效评级为良的项目", "绩效评级为合格的项目", "绩效评级为不合格的项目" };
            Item[] Report(int total, int[] g) => new Item[]
            {
                Statement("3.10-1", "十、预算绩效管理情况", new[] { F("绩效自评项目", "决算", total.ToString(CultureInfo.InvariantCulture), "个") }
                    .Concat(g.Select((v, i) => F(names[i], "决算", v.ToString(CultureInfo.InvariantCulture), "个"))).ToArray()),
            };
            Assert.DoesNotContain(Check(Report(c.g.Sum(), c.g)).Findings, f => f.RuleId == "FA1152");
            var moved = (int[])c.g.Clone();
            var total = c.g.Sum();
            if (c.which < 0) total++;
            else moved[c.which]++;
            var finding = Assert.Single(Check(Report(total, moved)).Findings, f => f.RuleId == "FA1152");
            Assert.Equal(Severity.Error, finding.Severity);
        });
    }

    [Property]
    public Property A_whole_count_prints_back_as_it_reads() =>
        Prop.ForAll(Arb.From(Gen.Choose(-1_000_000, 1_000_000).SelectMany(v => Gen.Elements(CountUnit.All.ToArray()), (v, u) => (v, u))), c =>
        {
            var text = c.v.ToString(CultureInfo.InvariantCulture);
            var count = Count.Parse(text, c.u);
            Assert.Equal(c.v, count.Value);
            Assert.Equal(text + c.u.Symbol, count.ToString());
            Assert.Equal(count, Count.Parse(text + ".00", c.u));
        });
}
