using System;
using System.Collections.Generic;
using System.Linq;
using FinalAccounts.Reports;
using FinalAccounts.Validation;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace FinalAccounts.Core.Tests.Validation;

/// <summary>
/// FA1215 (issue 18.4): a 决算's 项目支出绩效自评表 against the 绩效目标表 of the same year's 预算. The 决算 is the seed (five
/// real 自评表, 2024); its 预算 is built here with one 目标表 per project, each row the 自评表's 三级指标 with its 年度指标值
/// and 分值 — the targets as the 自评表 restates them — and then changed one cell at a time.
/// </summary>
public sealed class TargetCrossCheckTests
{
    private static readonly Lazy<FinalAccountsReport> s_seed = new(() => ReportReader.ReadFile(FinalAccounts.Testing.Repository.PathOf("seeds", "reports", "wuhai-hrss-2024.json")));

    private static FinalAccountsReport Seed => s_seed.Value;

    /// <summary>How a budget's targets differ from what the 自评表 restates.</summary>
    private sealed record Change(int Evaluation, int Row, string? Target = null, string? Weight = null, bool Drop = false, bool Extra = false);

    private static FinalAccountsReport Budget(Change? change = null)
    {
        var i = Seed.Info;
        var info = new ReportInfo(i.Title.Replace("决算", "预算", StringComparison.Ordinal), i.Year, i.UnitName, i.Level, i.UnitKind, i.CurrencyUnit, string.Empty, string.Empty, ReportKind.Budget);
        var tables = Seed.Evaluations.Select((e, k) =>
        {
            var rows = new List<PerformanceTarget>();
            for (var r = 0; r < e.Indicators.Count; r++)
            {
                var n = e.Indicators[r];
                var here = change is { } c && c.Evaluation == k && c.Row == r;
                if (here && change!.Drop) continue;
                var target = here && change!.Target != null ? IndicatorValue.Parse(change.Target, n.Target.Unit) : n.Target;
                var weight = here && change!.Weight != null ? new StatedFigure(n.Weight.Key, change.Weight, "分", n.Weight.Location) : n.Weight;
                rows.Add(new PerformanceTarget(n.Level1, n.Level2, n.Level3, n.Nature, n.Direction, target, weight, n.Location, n.DirectionInferred));
            }
            if (change is { Extra: true } x && x.Evaluation == k)
            {
                rows.Add(new PerformanceTarget("产出指标", "数量指标", "新增目标", IndicatorNature.Positive, IndicatorDirection.AtLeast, IndicatorValue.Parse("3", "项"), null,
                    new FigureLocation("T" + (k + 1), "绩效目标表", "数量指标", string.Empty, string.Empty, "新增目标", string.Empty)));
            }
            return new PerformanceTargets("T" + (k + 1), "2024年项目支出绩效目标表", e.Year, e.Project, e.Department, e.Implementer, null, e.ExpectedGoal, rows);
        }).ToList();
        return new FinalAccountsReport(info, Array.Empty<ReportTable>(), Array.Empty<Statement>(), Array.Empty<PerformanceEvaluation>(), tables);
    }

    private static int Rows => Seed.Evaluations.Sum(e => e.Indicators.Count);

    [Fact]
    public void Targets_the_evaluations_restate_give_no_finding_and_every_row_is_compared()
    {
        var check = CrossChecker.Check(Budget(), Seed);
        Assert.Contains(check.RulesRun, r => r.Id == "FA1215");
        Assert.Empty(check.Findings.Where(f => f.RuleId == "FA1215").Select(f => f.ToString()));
        // Value and weight of every row (each target prints its 分值 here).
        Assert.Equal(2 * Rows, check.ChecksRun);
        Assert.Same(Seed, check.Report);
    }

    [Fact]
    public void A_target_written_back_in_the_file_format_reads_and_checks_the_same()
    {
        var budget = ReportReader.Parse(ReportWriter.Write(Budget()), "budget.json");
        Assert.Equal(Seed.Evaluations.Count, budget.Targets.Count);
        Assert.DoesNotContain(CrossChecker.Check(budget, Seed).Findings, f => f.RuleId == "FA1215");
    }

    [Fact]
    public void A_weight_printed_at_other_decimals_is_the_same_weight()
    {
        // E1's first row (各类人事考试, ≥3 项) weighs 5 as printed in the seed; a 目标表 printing "5.0" or "5.00" sets the same
        // weight, "5.1" does not (a whole-number weight is exact; 5.1 allows only 5.05–5.15).
        Assert.Equal("5", Seed.Evaluations[0].Indicators[0].Weight.Value);
        Assert.Empty(CrossChecker.Check(Budget(new Change(0, 0, Weight: "5.0")), Seed).Findings);
        Assert.Empty(CrossChecker.Check(Budget(new Change(0, 0, Weight: "5.00")), Seed).Findings);
        Assert.Single(CrossChecker.Check(Budget(new Change(0, 0, Weight: "5.1")), Seed).Findings);
    }

    [Theory]
    [InlineData("value")]
    [InlineData("weight")]
    [InlineData("drop")]
    [InlineData("extra")]
    public void A_broken_target_is_a_warning_on_the_evaluation_where_it_stands(string how)
    {
        var e1 = Seed.Evaluations[0];
        var row = e1.Indicators[0];
        var change = how switch
        {
            "value" => new Change(0, 0, Target: "999"),  // ≥3 项 set as ≥999 项
            "weight" => new Change(0, 0, Weight: "11"),
            "drop" => new Change(0, 0, Drop: true),
            _ => new Change(0, 0, Extra: true),
        };
        var finding = Assert.Single(CrossChecker.Check(Budget(change), Seed).Findings);
        Assert.Equal("FA1215", finding.RuleId);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal(e1.Id, finding.Location.StatementId);
        if (how == "extra")
        {
            Assert.Contains("新增目标", finding.Message, StringComparison.Ordinal);
            Assert.Contains("未在自评表中评价", finding.Message, StringComparison.Ordinal);
        }
        else
        {
            Assert.Equal(row.Level3, finding.Location.Row);
            Assert.Contains(row.Level3, finding.Message, StringComparison.Ordinal);
            Assert.Contains(how switch { "value" => "999", "weight" => "分值 5 与绩效目标表（T1）的分值 11", _ => "不在2024年绩效目标表" }, finding.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_project_without_its_target_table_or_of_another_name_is_not_compared()
    {
        var budget = Budget();
        var renamed = new FinalAccountsReport(budget.Info, budget.Tables, budget.Statements, budget.Evaluations,
            budget.Targets.Select(t => new PerformanceTargets(t.Id, t.Title, t.Year, t.Project + "（二期）", t.Department, t.Implementer, t.Funds, t.Goal, t.Indicators)).ToList());
        var check = CrossChecker.Check(renamed, Seed);
        Assert.Empty(check.Findings);
        Assert.Contains(check.RulesNotRun, r => r.Rule.Id == "FA1215");
    }

    /// Law: with targets as the 自评表 restates them, changing any one row's 指标值 (a number that differs, or words for a
    /// number) or 分值 gives exactly one FA1215 warning, at that row of that 自评表.
    [Property(MaxTest = 60)]
    public Property Any_changed_target_is_caught_at_its_row() =>
        Prop.ForAll(Arb.From(Gen.Choose(0, 10_000)), Arb.From(Gen.Elements("value", "words", "weight")), (pick, how) =>
        {
            var e = pick % Seed.Evaluations.Count;
            var evaluation = Seed.Evaluations[e];
            var r = pick / 7 % evaluation.Indicators.Count;
            var row = evaluation.Indicators[r];
            var change = how switch
            {
                "value" => new Change(e, r, Target: row.Target.IsNumber ? (row.Target.Number + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) : "12345"),
                "words" => new Change(e, r, Target: row.Target.IsNumber ? "按期完成" : row.Target.Text + "以上"),
                _ => new Change(e, r, Weight: (row.WeightPoints + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)),
            };
            var findings = CrossChecker.Check(Budget(change), Seed).Findings;
            var finding = Assert.Single(findings);
            Assert.Equal(evaluation.Id, finding.Location.StatementId);
            Assert.Equal(row.Level3, finding.Location.Row);
        });
}
