using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FinalAccounts.Reports;
using FinalAccounts.Validation;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace FinalAccounts.Core.Tests.Validation.Properties;

/// Laws of region-wide summaries (issue 13.10): a statement whose coverage names a wider whole (全区 …) is checked among its
/// own figures and never meets the unit's. The region's 三公 uses the unit's very keys (三公经费, 财政拨款, 决算), so any rule
/// that looked across coverages would find it.
public class CoverageProperties
{
    private const string Section = "八、财政拨款“三公”经费支出决算情况说明";
    private static readonly string[] Parts = { "因公出国（境）费", "公务用车购置及运行维护费", "公务接待费" };

    private static string F(long cents) => (cents / 100m).ToString("F2", CultureInfo.InvariantCulture);

    private static PubFigure Money(string concept, string basis, long cents) =>
        new() { Concept = concept, Basis = basis, Scope = "财政拨款", Value = F(cents), Unit = "万元" };

    /// "全区三公经费财政拨款支出决算合计T万元，比上年增加C万元，增长R%，其中：因公出国（境）费A万元，…": T = A + B + C + moved (cents), the
    /// change and its rate correctly rounded (the rate against T − change; none where the base is 0 or the rate passes the
    /// format's limit).
    internal static PubStatement Region(string id, string coverage, long[] parts, long change, long moved)
    {
        var total = parts.Sum() + moved;
        var s = new PubStatement { Id = id, Section = Section, Coverage = coverage };
        s.Figures.Add(Money("三公经费", "决算", total));
        s.Figures.Add(Money("三公经费", "较上年决算增减", change));
        var previous = total - change;
        var rate = previous > 0 ? Math.Round(change * 100m / previous, 2, MidpointRounding.AwayFromZero).ToString("F2", CultureInfo.InvariantCulture) : null;
        // A rate against a base of a few 分 can pass the report format's limit (10^6 %), which no report prints and the reader
        // refuses (an importer leaves it out with FA4008): such a sentence states no rate.
        if (rate != null && !ReportBuilder.IsTooLarge(rate, "%"))
        {
            s.Figures.Add(new PubFigure { Concept = "三公经费", Basis = "较上年决算增减率", Scope = "财政拨款", Value = rate, Unit = "%" });
        }
        var x = new PubExplanation { Concept = "三公经费", Basis = "决算", Scope = "财政拨款", Marker = "其中" };
        for (var i = 0; i < 3; i++) x.Parts.Add(new PubPart { Figure = Money(Parts[i], "决算", parts[i]) });
        s.Explanations.Add(x);
        return s;
    }

    private static readonly Gen<long> Cents = Gen.Choose(0, 2_000_000).Select(c => (long)c);

    private static readonly Gen<(Spec Spec, long[] Parts, long Change, string Coverage)> Cases =
        from spec in ReportGen.Specs
        from parts in Cents.ArrayOf(3)
        from change in Gen.Choose(-500_000, 500_000)
        from coverage in Gen.Elements("全区", "全市各部门", "全区各部门")
        select (spec, parts, (long)Math.Min(change, parts.Sum() - 1), coverage);

    private static HashSet<StatedFigure> FiguresOf(Statement s) =>
        new(s.Figures.Concat(s.Explanations.SelectMany(e => e.Parts).Where(p => p.Figure != null).Select(p => p.Figure!)), ReferenceEqualityComparer.Instance);

    private static string Show(Finding f) => f.RuleId + " " + f.Severity + " " + f.Location + " " + f.MessageEn;

    /// The findings that involve a figure of <paramref name="region"/> as their stated figure or as an input, and whether any
    /// of them also involves a figure outside it.
    private static (List<Finding> Region, List<Finding> Mixed) Split(CheckReport check, HashSet<StatedFigure> region)
    {
        var inRegion = new List<Finding>();
        var mixed = new List<Finding>();
        foreach (var f in check.Findings)
        {
            var all = f.Inputs.Append(f.Stated).ToList();
            var n = all.Count(region.Contains);
            if (n > 0) inRegion.Add(f);
            if (n > 0 && n < all.Count) mixed.Add(f);
        }
        return (inRegion, mixed);
    }

    /// Law "a region figure never meets the unit's": adding a consistent region-wide 三公 statement under the unit's own keys
    /// leaves every finding about the unit exactly as it was, makes no finding that joins a region figure with a unit figure,
    /// and none above info among the region's own; the region's figures are checked (more checks run).
    [Property(MaxTest = 60)]
    public Property A_region_figure_never_meets_the_unit_s_figures_in_any_rule() =>
        Prop.ForAll(Arb.From(Cases), c =>
        {
            var published = Publisher.Publish(c.Spec);
            var without = ReportChecker.Check(published.Read());
            published.Statements.Add(Region("2.8-70", c.Coverage, c.Parts, c.Change, 0));
            var report = published.Read();
            var with = ReportChecker.Check(report);
            var region = FiguresOf(report.Statements.Single(s => s.Coverage.Length > 0));
            var (own, mixed) = Split(with, region);
            Assert.True(mixed.Count == 0, "a region figure met the unit's:" + Environment.NewLine + string.Join(Environment.NewLine, mixed.Select(Show)));
            Assert.True(own.All(f => f.Severity == Severity.Info), "a consistent region made a finding:" + Environment.NewLine + string.Join(Environment.NewLine, own.Select(Show)));
            Assert.Equal(without.Findings.Select(Show), with.Findings.Except(own).Select(Show));
            Assert.True(with.ChecksRun > without.ChecksRun, "the region's figures were not checked");
        });

    /// Law: within its coverage the region is checked — its 三公 total moved off Σ its three parts by more than rounding allows
    /// (parts and total printed to the 分 add exactly, so 0.03 万元 is beyond n × 0.005) is an FA1010 error at the region's
    /// statement, and every finding about the unit stays as it was.
    [Property(MaxTest = 60)]
    public Property A_region_total_that_is_not_the_sum_of_its_parts_is_caught_within_the_region() =>
        Prop.ForAll(Arb.From(Cases.SelectMany(_ => Gen.Choose(3, 100_000).SelectMany(m => Gen.Elements(m, -m)), (c, m) => (c, m))), t =>
        {
            var (c, moved) = t;
            if (c.Parts.Sum() + moved < 0) return;
            var published = Publisher.Publish(c.Spec);
            var without = ReportChecker.Check(published.Read());
            published.Statements.Add(Region("2.8-70", c.Coverage, c.Parts, c.Change, moved));
            var report = published.Read();
            var with = ReportChecker.Check(report);
            var region = FiguresOf(report.Statements.Single(s => s.Coverage.Length > 0));
            var (own, mixed) = Split(with, region);
            Assert.Empty(mixed);
            Assert.Contains(own, f => f.RuleId == "FA1010" && f.Severity == Severity.Error && f.Location.StatementId == "2.8-70");
            Assert.Equal(without.Findings.Select(Show), with.Findings.Except(own).Select(Show));
        });

    /// The first law's planted fault: the same region sentence without its coverage is read as the unit's own, and then its
    /// 三公 meets the unit's table (FA1030 and others) whenever the two differ beyond rounding — so the law above can fail.
    [Property(MaxTest = 30)]
    public Property Without_its_coverage_the_region_sentence_meets_the_unit_s_table() =>
        Prop.ForAll(Arb.From(Cases), c =>
        {
            var published = Publisher.Publish(c.Spec);
            var unitTotal = published.Tables.SelectMany(t => t.Cells).First(f => f.Concept == "三公经费" && f.Basis == "决算");
            var regionTotal = c.Parts.Sum() / 100m;
            if (Math.Abs(decimal.Parse(unitTotal.Value, CultureInfo.InvariantCulture) - regionTotal) <= 0.05m) return;
            published.Statements.Add(Region("2.8-70", "", c.Parts, c.Change, 0));
            var report = published.Read();
            var check = ReportChecker.Check(report);
            var (_, mixed) = Split(check, FiguresOf(report.Statements.Single(s => s.Id == "2.8-70")));
            Assert.Contains(mixed, f => f.Severity == Severity.Error);
        });

    /// A coverage is one report of its own: the unit's lookups do not see it, its own do, and the figures list keeps all.
    [Fact]
    public void The_unit_s_lookups_never_see_a_region_figure()
    {
        var published = Publisher.Publish(ReportGen.Specs.Sample(1, 1).Single());
        published.Statements.Add(Region("2.8-70", "全区", new[] { 1_000L, 2_000L, 3_000L }, 100, 0));
        var report = published.Read();
        var key = new FigureKey("三公经费", "决算", "财政拨款");
        Assert.DoesNotContain(report.Find(key), f => f.Location.StatementId == "2.8-70");
        var region = Assert.Single(report.Coverages);
        Assert.Equal("全区", region.Coverage);
        Assert.Equal("60.00", Assert.Single(region.Find(key)).Value);
        Assert.Empty(region.Tables);
        Assert.Contains(report.Figures, f => f.Location.StatementId == "2.8-70");
    }
}
