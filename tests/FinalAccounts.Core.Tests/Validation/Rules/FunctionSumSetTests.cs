using System.Collections.Generic;
using System.Linq;
using FinalAccounts.Classification;
using FinalAccounts.Core.Tests.Reports;
using FinalAccounts.Money;
using FinalAccounts.Reports;
using FinalAccounts.Validation.Rules;
using Xunit;

namespace FinalAccounts.Core.Tests.Validation.Rules;

/// <summary>
/// FA1040's sums keep all their parts in one array, each sum a run of it (<see cref="FunctionSumSet"/>): the runs follow one
/// another without gap or overlap, and each run holds that sum's parts — figures of the total's group (concept, basis,
/// scope, item) whose code descends from the total's, or a table's 类 rows under its uncoded total. (Which children are
/// the nearest stated ones is FunctionTreeLevelsTests' part, added by hand there.)
/// </summary>
public sealed class FunctionSumSetTests
{
    [Fact]
    public void On_Putuo_each_sum_s_run_holds_its_own_parts_and_the_runs_tile_the_array()
        => AssertRunsHoldTheirParts(PutuoReport.Load(), expectSums: true);

    [Fact]
    public void On_the_seed_each_sum_s_run_holds_its_own_parts_and_the_runs_tile_the_array()
        => AssertRunsHoldTheirParts(ReportReader.ReadFile(FinalAccounts.Testing.Repository.PathOf("seeds", "reports", "wuhai-hrss-2024.json")), expectSums: false);

    [Fact]
    public void A_report_without_coded_figures_has_no_sum()
    {
        var report = new FinalAccountsReport(new ReportInfo("测试决算", 2024, "测试单位", "单位", ReportUnitKind.Administrative, CurrencyUnit.WanYuan),
            System.Array.Empty<ReportTable>(), System.Array.Empty<Statement>());
        Assert.Empty(report.UnitView.Index.FunctionSums.Sums);
    }

    private static void AssertRunsHoldTheirParts(FinalAccountsReport report, bool expectSums)
    {
        var set = report.UnitView.Index.FunctionSums;
        Assert.Same(set, report.UnitView.Index.FunctionSums);
        if (expectSums) Assert.NotEmpty(set.Sums);
        var next = 0;
        var seen = new HashSet<(StatedFigure, bool)>();
        foreach (var sum in set.Sums)
        {
            Assert.Equal(next, sum.Start);
            Assert.True(sum.Count > 0, "a sum without parts");
            next += sum.Count;
            var parts = set.PartsOf(sum).ToArray();
            var total = sum.Total;
            foreach (var part in parts)
            {
                Assert.False(ReferenceEquals(part, total));
                Assert.Equal((total.Key.Concept, total.Key.Basis, total.Key.Scope, total.Key.Item), (part.Key.Concept, part.Key.Basis, part.Key.Scope, part.Key.Item));
                var code = Assert.IsType<FunctionCode>(part.Function);
                if (total.Function is FunctionCode parent)
                {
                    Assert.Contains(parent, Ancestors(code));
                    // A coded figure is a child of one parent only.
                    Assert.True(seen.Add((part, true)), part.Key + " is a part of two codes' sums");
                }
                else
                {
                    Assert.Equal(ClassificationLevel.Class, code.Level);
                    Assert.Equal(string.Empty, total.Key.FunctionPath);
                    Assert.True(seen.Add((part, false)), part.Key + " is a 类 row of two totals");
                }
            }
        }
        Assert.Equal(next, set.Sums.Sum(s => s.Count));
    }

    private static IEnumerable<FunctionCode> Ancestors(FunctionCode code)
    {
        for (var p = code.Parent; p is FunctionCode parent; p = parent.Parent) yield return parent;
    }
}
