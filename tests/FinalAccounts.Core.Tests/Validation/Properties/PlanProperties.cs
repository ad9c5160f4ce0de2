using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FinalAccounts.Core.Tests.Reports;
using FinalAccounts.Reports;
using FinalAccounts.Validation;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace FinalAccounts.Core.Tests.Validation.Properties;

/// <summary>
/// The rule engine skips a built-in rule whose plan says the report gives it nothing to check (Validation/Plans). Law
/// (<c>Plans_change_nothing</c>): checking with the plans gives exactly the findings (same rule, outcome, severity, stated
/// figure, inputs and messages, in the same order), ChecksRun, RulesRun and RulesNotRun (same rules, same reasons) as
/// checking with every rule run in full, at a report's first check and when checked again (the catalogue's check keeps
/// what the plans said on the first, CatalogPlan). "In full" wraps each catalogue rule in a plain <see cref="IReportRule"/> that has no
/// plan, so the comparison runs through the public API the way a user's own rules do.
/// </summary>
public sealed class PlanProperties
{
    /// <summary>A catalogue rule without its plan: the engine cannot skip it.</summary>
    private sealed class Unplanned : IReportRule
    {
        private readonly IReportRule _rule;

        public Unplanned(IReportRule rule) => _rule = rule;

        public RuleDescriptor Descriptor => _rule.Descriptor;

        public void Check(RuleContext context) => _rule.Check(context);
    }

    private static readonly IReportRule[] s_unplanned = RuleCatalog.Rules.Select(r => (IReportRule)new Unplanned(r)).ToArray();

    /// <summary>
    /// Null when checking with and without plans agree in everything, at the report's first check with the catalogue and at
    /// the next (which runs by what the first noted, CatalogPlan); else what differs.
    /// </summary>
    internal static string? Difference(FinalAccountsReport report)
    {
        var full = ReportChecker.Check(report, s_unplanned);
        var first = CheckReportDifference.Of(ReportChecker.Check(report), full);
        if (first != null) return "first check: " + first;
        var again = CheckReportDifference.Of(ReportChecker.Check(report), full);
        return again == null ? null : "checked again: " + again;
    }

    // The generated report cut down: a subset of its tables and statements (references into what was dropped keep their
    // statement out), some statements speaking for a wider whole (a coverage), and a 预算 now and then, so that plans meet
    // reports without tables, without breakdowns, without repeats, with coverages.
    private static readonly Gen<(Spec Spec, bool[] Tables, bool[] Statements, bool[] Wider, bool Budget, int Single)> s_cases =
        from spec in ReportGen.Specs
        from single in Gen.Frequency((3, Gen.Constant(-1)), (1, Gen.Choose(0, 40)))
        from tables in Gen.Frequency((1, Gen.Constant(true)), (1, Gen.Elements(true, false))).ArrayOf(12)
        from statements in Gen.Frequency((1, Gen.Constant(true)), (2, Gen.Elements(true, false))).ArrayOf(64)
        from wider in Gen.Frequency((4, Gen.Constant(false)), (1, Gen.Constant(true))).ArrayOf(64)
        from budget in Gen.Frequency((5, Gen.Constant(false)), (1, Gen.Constant(true)))
        select (spec, tables, statements, wider, budget, single);

    private static FinalAccountsReport Cut(FinalAccountsReport report, bool[] keepTables, bool[] keepStatements, bool[] wider, bool budget)
    {
        var tables = report.Tables.Where((_, i) => keepTables[i % keepTables.Length]).ToList();
        var ids = new HashSet<string>(tables.Select(t => t.Id), StringComparer.Ordinal);
        foreach (var s in report.Statements) ids.Add(s.Id);
        var statements = new List<Statement>();
        for (var i = 0; i < report.Statements.Count; i++)
        {
            var s = report.Statements[i];
            if (!keepStatements[i % keepStatements.Length]) continue;
            statements.Add(wider[i % wider.Length] ? new Statement(s.Id, s.Section, s.Subsection, s.Sentence, s.Figures, s.Explanations, "全区") : s);
        }
        // A part may refer to a table or statement that was dropped: such a statement goes too (and, in turn, those referring to it).
        bool changed;
        do
        {
            var kept = new HashSet<string>(tables.Select(t => t.Id).Concat(statements.Select(s => s.Id)), StringComparer.Ordinal);
            changed = statements.RemoveAll(s => s.Explanations.Any(e => e.Parts.Any(p => p.ReferenceId.Length > 0 && !kept.Contains(p.ReferenceId)))) > 0;
        }
        while (changed);
        var info = report.Info;
        if (budget) info = new ReportInfo(info.Title, info.Year, info.UnitName, info.Level, info.UnitKind, info.CurrencyUnit, info.Source, info.Notes, ReportKind.Budget);
        return new FinalAccountsReport(info, tables, statements, Array.Empty<PerformanceEvaluation>());
    }

    [Property(MaxTest = 150)]
    public Property Plans_change_nothing()
        => Prop.ForAll(s_cases.ToArbitrary(), c =>
        {
            var whole = Publisher.Publish(c.Spec).Read();
            // Single ≥ 0: one statement alone, no table (most plans then fail: one place, few concepts).
            var cut = c.Single < 0 ? Cut(whole, c.Tables, c.Statements, c.Wider, c.Budget)
                : Cut(whole, new[] { false }, whole.Statements.Select((_, i) => i == c.Single % whole.Statements.Count).ToArray(), new[] { false }, c.Budget);
            var differs = Difference(whole) ?? Difference(cut);
            return (differs == null).Label(differs ?? string.Empty);
        });

    [Fact]
    public void Plans_change_nothing_on_the_seed()
    {
        var seed = ReportReader.Parse(File.ReadAllText(FinalAccounts.Testing.Repository.PathOf("seeds", "reports", "wuhai-hrss-2024.json")), "seed");
        Assert.Null(Difference(seed));
        // Without tables, every other statement, every third one region-wide: plans meet a cut-down real report too.
        Assert.Null(Difference(Cut(seed, new[] { false }, new[] { true, false }, new[] { false, false, true }, budget: false)));
    }

    [SkippableFact]
    public void Plans_change_nothing_on_the_Putuo_report() => Assert.Null(Difference(PutuoReport.Load()));

    [Fact]
    public void A_plan_skips_a_rule_only_where_it_would_find_nothing()
    {
        // A sentence stating only 本年支出合计: FA1001 (收入总计 …) has no total, FA1030 no repeat, FA1160 no table; the plans
        // skip them, and they are listed as not run with the usual reason, as without plans.
        var at = new FigureLocation("s1", "一、收入支出决算总体情况说明", string.Empty, string.Empty, "$");
        var figure = new StatedFigure(new FigureKey("本年支出合计", "决算"), "100.00", "万元", at);
        var report = new FinalAccountsReport(new ReportInfo("t", 2024, "单位", "单位", ReportUnitKind.Administrative, FinalAccounts.Money.CurrencyUnit.WanYuan),
            Array.Empty<ReportTable>(), new[] { new Statement("s1", at.Section, string.Empty, string.Empty, new[] { figure }, Array.Empty<Explanation>()) });
        var check = ReportChecker.Check(report);
        Assert.Null(Difference(report));
        foreach (var id in new[] { "FA1001", "FA1030", "FA1160" })
        {
            var notRun = Assert.Single(check.RulesNotRun, r => r.Rule.Id == id);
            Assert.StartsWith("报告未列示该规则所需的数字", notRun.Reason, StringComparison.Ordinal);
        }
        Assert.DoesNotContain(check.RulesRun, r => r.Id is "FA1001" or "FA1030" or "FA1160");
        // The plans say so themselves, and skip more: FA1005 has its total but not its required parts (基本支出, 项目支出),
        // FA1024 no rate, FA1010 no breakdown, FA1040 and FA1090 no 功能分类 row.
        var presence = new FinalAccounts.Validation.Plans.ReportPresence(report.UnitView);
        bool May(string id) => ((FinalAccounts.Validation.Plans.IPlannedRule)RuleCatalog.Rules.Single(r => r.Descriptor.Id == id)).MayCheck(presence);
        Assert.False(May("FA1001"));
        Assert.False(May("FA1030"));
        Assert.False(May("FA1160"));
        Assert.False(May("FA1005"));
        Assert.False(May("FA1024"));
        Assert.False(May("FA1010"));
        Assert.False(May("FA1040"));
        Assert.False(May("FA1090"));
    }

    [Fact]
    public void A_plan_lets_a_rule_run_where_its_figures_are_stated()
    {
        var at = new FigureLocation("s1", "一、收入支出决算总体情况说明", string.Empty, string.Empty, "$");
        StatedFigure F(string concept, string basis, string value, string unit = "万元") => new(new FigureKey(concept, basis), value, unit, at);
        var total = F("本年支出合计", "决算", "100.00");
        // A sentence's total needs every part stated, the optional ones too (a table's total reads a missing one as 0).
        var figures = new[]
        {
            total, F("基本支出", "决算", "60.00"), F("项目支出", "决算", "40.00"), F("上缴上级支出", "决算", "0"), F("经营支出", "决算", "0"),
            F("对附属单位补助支出", "决算", "0"), F("本年支出合计", "较上年决算增减率", "5.00", "%"), F("本年支出合计", "决算", "100.00"),
        };
        var report = new FinalAccountsReport(new ReportInfo("t", 2024, "单位", "单位", ReportUnitKind.Administrative, FinalAccounts.Money.CurrencyUnit.WanYuan),
            Array.Empty<ReportTable>(), new[] { new Statement("s1", at.Section, string.Empty, string.Empty, figures, Array.Empty<Explanation>()) });
        var presence = new FinalAccounts.Validation.Plans.ReportPresence(report.UnitView);
        bool May(string id) => ((FinalAccounts.Validation.Plans.IPlannedRule)RuleCatalog.Rules.Single(r => r.Descriptor.Id == id)).MayCheck(presence);
        Assert.True(May("FA1005"));
        Assert.True(May("FA1024"));
        Assert.True(May("FA1030"));
        Assert.True(May("FA1140"));
        Assert.False(May("FA1001"));
        // One statement only: no quantity is determined in two places, so FA1110 is skipped.
        Assert.False(May("FA1110"));
        var check = ReportChecker.Check(report);
        Assert.Contains(check.RulesRun, r => r.Id == "FA1005");
        Assert.Null(Difference(report));
    }
}
