using System;
using System.Collections.Generic;
using System.Linq;
using FinalAccounts.Core.Tests.Scoring;
using FinalAccounts.Money;
using FinalAccounts.Reports;
using FinalAccounts.Validation;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace FinalAccounts.Core.Tests.Validation.Properties;

/// <summary>
/// The position a finding is sorted by (<see cref="FindingPositions.Fill"/>: one pass over the figures, looked up by key
/// hash) equals the scan it replaced, kept here as the oracle: the index of the first of the report's figures that is the
/// finding's figure by reference, else the figure count plus the index of the 绩效自评表 whose id is the figure's
/// statement id, else <see cref="int.MaxValue"/>.
/// </summary>
public sealed class FindingPositionsProperties
{
    private static readonly ReportInfo s_info = new("测试决算", 2024, "测试单位", "单位", ReportUnitKind.Administrative, CurrencyUnit.WanYuan);
    private static readonly RuleDescriptor s_rule = new("FA9001", "测试规则", "test rule", "x = y");

    // Few keys, so that figures share keys (and hash buckets) and a key is stated in many places.
    private static readonly FigureKey[] s_keys =
    {
        new("收入总计", "决算"), new("支出总计", "决算"), new("基本支出", "决算", "一般公共预算财政拨款"), new("项目支出", "决算"),
    };

    /// <summary>The scan <c>ReportChecker</c> used before: the oracle.</summary>
    private static int Scan(FinalAccountsReport report, StatedFigure figure)
    {
        var figures = report.Figures;
        for (var i = 0; i < figures.Count; i++)
        {
            if (ReferenceEquals(figures[i], figure)) return i;
        }
        var evaluations = report.Evaluations;
        for (var e = 0; e < evaluations.Count; e++)
        {
            if (string.Equals(evaluations[e].Id, figure.Location.StatementId, StringComparison.Ordinal)) return figures.Count + e;
        }
        return int.MaxValue;
    }

    private static Finding On(StatedFigure figure)
        => new(s_rule, CheckOutcome.Inconsistent, "中文说明", "English text", figure, CheckResult.Match(false), Array.Empty<StatedFigure>());

    private static int[] Fast(FinalAccountsReport report, List<Finding> findings)
    {
        var positions = new int[findings.Count];
        FindingPositions.Fill(report, findings, positions);
        return positions;
    }

    private static StatedFigure Figure(int key, int value, string statement)
        => new(s_keys[key], value + ".00", "万元", new FigureLocation(statement, "一、", string.Empty, "句子。", string.Empty));

    // A report of a few statements whose figures are drawn from the four keys; some figure objects are stated twice (the
    // same object in two statements, so only its first place counts). Findings pick figures of the report, repeated, and
    // figures the report does not hold (one with a known statement id, one with an unknown).
    private static readonly Gen<(int[][] Statements, int[] Twice, int[] Picks)> s_case =
        from statements in Gen.ArrayOf(Gen.ArrayOf(Gen.Choose(0, s_keys.Length - 1)).Select(a => a.Take(12).ToArray())).Select(a => a.Take(8).ToArray())
        from twice in Gen.ArrayOf(Gen.Choose(0, 200)).Select(a => a.Take(4).ToArray())
        from picks in Gen.ArrayOf(Gen.Choose(-2, 200)).Select(a => a.Take(300).ToArray())
        select (statements, twice, picks);

    [Property(MaxTest = 500)]
    public Property Fill_gives_every_finding_the_position_the_scan_gives()
        => Prop.ForAll(s_case.ToArbitrary(), c =>
        {
            var own = new List<StatedFigure>();
            var statements = new List<Statement>();
            for (var s = 0; s < c.Statements.Length; s++)
            {
                var id = "s" + s;
                var figures = c.Statements[s].Select((k, i) => Figure(k, i, id)).ToList();
                // A figure already stated earlier, stated here again (the same object).
                if (s < c.Twice.Length && own.Count > 0) figures.Add(own[c.Twice[s] % own.Count]);
                own.AddRange(figures);
                statements.Add(new Statement(id, "一、", string.Empty, "句子。", figures, Array.Empty<Explanation>()));
            }
            var report = new FinalAccountsReport(s_info, Array.Empty<ReportTable>(), statements);
            var elsewhere = new[] { Figure(0, 1, "s0"), Figure(1, 2, "nowhere") };
            var findings = c.Picks.Select(p => On(p < 0 ? elsewhere[-p - 1] : own.Count == 0 ? elsewhere[0] : own[p % own.Count])).ToList();

            var expected = findings.Select(f => Scan(report, f.Stated)).ToArray();
            return expected.SequenceEqual(Fast(report, findings)).Label(string.Join(",", expected) + " vs " + string.Join(",", Fast(report, findings)));
        });

    [Fact]
    public void The_seed_s_figures_and_its_self_evaluations_figures_get_the_scan_s_positions()
    {
        // Every figure of the seed (its tables, its 说明), twice over and backwards, and the 绩效自评表's weights and scores,
        // which are not among the report's figures and sort after them by evaluation.
        var report = Seed.Report;
        var figures = report.Figures.Concat(report.Figures.Reverse())
            .Concat(report.Evaluations.SelectMany(e => e.Indicators).SelectMany(i => new[] { i.Weight, i.Score }).OfType<StatedFigure>())
            .Append(Figure(0, 1, "nowhere"))
            .ToList();
        var findings = figures.Select(On).ToList();

        var positions = Fast(report, findings);

        Assert.Equal(figures.Select(f => Scan(report, f)), positions);
        Assert.Contains(positions, p => p >= report.Figures.Count && p < int.MaxValue);
        Assert.Equal(int.MaxValue, positions[^1]);
        Assert.Equal(Enumerable.Range(0, report.Figures.Count).Where(i => !report.Figures.Take(i).Contains(report.Figures[i])), positions.Take(report.Figures.Count).Distinct());
    }

    [Fact]
    public void Putuo_s_findings_are_sorted_errors_first_then_in_printed_order()
    {
        var report = FinalAccounts.Core.Tests.Reports.PutuoReport.Load();
        var findings = ReportChecker.Check(report).Findings;

        var keys = findings.Select(f => (Severity: -(int)f.Severity, Position: Scan(report, f.Stated), f.RuleId)).ToList();
        Assert.Equal(keys.OrderBy(k => k.Severity).ThenBy(k => k.Position).ThenBy(k => k.RuleId, StringComparer.Ordinal), keys);
        Assert.True(findings.Count > 10);
    }
}
