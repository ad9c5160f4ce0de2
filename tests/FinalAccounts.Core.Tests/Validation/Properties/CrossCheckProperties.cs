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
using static FinalAccounts.Core.Tests.Validation.Rules.TestReport;

namespace FinalAccounts.Core.Tests.Validation.Properties;

/// <summary>
/// Properties over generated pairs of one unit's reports (issue 18.4): a 预算 and the 决算 of its year (the 决算's
/// 年初预算 column restates the 预算), and two 决算 of consecutive years (the later one's 上年决算 column and its 说明's
/// 较上年决算增减 / 增减率 restate the earlier 决算). Amounts are exact 元, printed in 万元 at 2 decimals (half up), the
/// changes and rates computed from the exact amounts and rounded as a report rounds them.
/// </summary>
public sealed class CrossCheckProperties
{
    /// <summary>The figures a pair restates: concept and scope as the tables print them.</summary>
    private static readonly (string Concept, string? Scope, string Row)[] s_concepts =
    {
        ("收入总计", null, "收入总计"), ("支出总计", null, "支出总计"), ("基本支出", null, "基本支出"), ("项目支出", null, "项目支出"),
        ("一般公共预算财政拨款收入", null, "一般公共预算财政拨款收入"), ("三公经费", "财政拨款", "“三公”经费"),
    };

    /// <summary>Per concept the earlier and the later amount in 元 (the earlier year's 预算 or 决算, the later 决算).</summary>
    private static readonly Gen<(long Earlier, long Later)[]> s_amounts =
        from count in Gen.Choose(1, s_concepts.Length)
        from earlier in Gen.ArrayOf(Gen.Choose(1_000_000, 2_000_000_000), count)
        from later in Gen.ArrayOf(Gen.Choose(1_000_000, 2_000_000_000), count)
        select earlier.Zip(later, (e, l) => ((long)e, (long)l)).ToArray();

    private static string Wan(decimal yuan) => Math.Round(yuan / 10000m, 2, MidpointRounding.AwayFromZero).ToString("0.00", CultureInfo.InvariantCulture);

    private static string Rate(long later, long earlier) => Math.Round((later - earlier) * 100m / earlier, 2, MidpointRounding.AwayFromZero).ToString("0.00", CultureInfo.InvariantCulture);

    private static FinalAccountsReport OfYear(FinalAccountsReport model, int year, ReportKind kind)
    {
        var i = model.Info;
        return new FinalAccountsReport(new ReportInfo(i.Title, year, i.UnitName, i.Level, i.UnitKind, i.CurrencyUnit, i.Source, i.Notes, kind), model.Tables, model.Statements);
    }

    /// <summary>The earlier report: each concept's own figure (预算 or 决算) in a table.</summary>
    private static FinalAccountsReport Earlier((long Earlier, long Later)[] amounts, ReportKind kind, int year, int? shift = null)
    {
        var basis = kind == ReportKind.Budget ? "预算" : "决算";
        var cells = amounts.Select((a, k) => Cell(s_concepts[k].Row, basis + "数", s_concepts[k].Concept, basis, Wan(a.Earlier + (shift == k ? 10_000 : 0)), scope: s_concepts[k].Scope)).ToArray();
        return OfYear(Model(Table("表1", year + "年" + basis + "表", cells)), year, kind);
    }

    /// <summary>
    /// The later 决算: its 决算 and the restated earlier figure (年初预算 against a 预算, 上年决算 against a 决算) in a table;
    /// against a 决算 also a 说明 sentence per concept with 较上年决算增减 and 增减率. <paramref name="shift"/> moves one
    /// restated figure by 1 万元 (the table's when <paramref name="inSentence"/> is false, else the sentence's change).
    /// </summary>
    private static FinalAccountsReport Later((long Earlier, long Later)[] amounts, ReportKind against, int year, int? shift = null, bool inSentence = false)
    {
        var restatedBasis = against == ReportKind.Budget ? "年初预算" : "上年决算";
        var items = new List<Item>();
        var cells = new List<Fig>();
        for (var k = 0; k < amounts.Length; k++)
        {
            var (concept, scope, row) = s_concepts[k];
            var moved = shift == k ? 10_000 : 0;
            cells.Add(Cell(row, "决算数", concept, "决算", Wan(amounts[k].Later), scope: scope));
            cells.Add(Cell(row, restatedBasis + "数", concept, restatedBasis, Wan(amounts[k].Earlier + (inSentence ? 0 : moved)), scope: scope));
            if (against == ReportKind.FinalAccounts)
            {
                items.Add(Statement("2." + (k + 1), F(concept, "决算", Wan(amounts[k].Later), scope: scope),
                    F(concept, "较上年决算增减", Wan(amounts[k].Later - amounts[k].Earlier - (inSentence ? moved : 0)), scope: scope),
                    F(concept, "较上年决算增减率", Rate(amounts[k].Later, amounts[k].Earlier), "%", scope: scope)));
            }
        }
        items.Insert(0, Table("表1", year + "年决算表", cells.ToArray()));
        return OfYear(Model(items.ToArray()), year, ReportKind.FinalAccounts);
    }

    private static readonly Gen<ReportKind> s_kind = Gen.Elements(ReportKind.Budget, ReportKind.FinalAccounts);

    /// Law: consistent pairs give no cross finding of warning or error (a 预算 and its year's 决算, or two 决算 of
    /// consecutive years, in either order), and the pair's rules run: FA1212, or FA1213 and FA1214.
    [Property(MaxTest = 80)]
    public Property Consistent_pairs_give_no_cross_finding() =>
        Prop.ForAll(Arb.From(s_amounts), Arb.From(s_kind), Arb.From(Gen.Elements(true, false)), (amounts, kind, swap) =>
        {
            var year = kind == ReportKind.Budget ? 2024 : 2023;
            var (earlier, later) = (Earlier(amounts, kind, year), Later(amounts, kind, 2024));
            var check = swap ? CrossChecker.Check(later, earlier) : CrossChecker.Check(earlier, later);
            Assert.Empty(check.Findings.Where(f => f.Severity >= Severity.Warning).Select(f => f.ToString()));
            Assert.Same(later, check.Report);
            var expected = kind == ReportKind.Budget ? new[] { "FA1212" } : new[] { "FA1213", "FA1214" };
            Assert.Equal(expected, check.RulesRun.Select(r => r.Id).OrderBy(id => id, StringComparer.Ordinal));
            // Each concept: one restated cell, and against a 决算 also its change and rate.
            Assert.Equal(amounts.Length * (kind == ReportKind.Budget ? 1 : 3), check.ChecksRun);
        });

    /// Law: a 年初预算 or 上年决算 moved by 1 万元 in the later report's table, or a 较上年决算增减 moved in its 说明, is an
    /// error on the later report, at that figure (its table row, or its statement); nothing else is accused.
    [Property(MaxTest = 80)]
    public Property A_changed_restated_figure_is_caught_on_the_right_side_and_located() =>
        Prop.ForAll(Arb.From(s_amounts), Arb.From(from kind in s_kind from inSentence in Gen.Elements(true, false) select (kind, inSentence)), Arb.From(Gen.Choose(0, 1000)), (amounts, how, pick) =>
        {
            var (kind, inSentence) = how;
            var k = pick % amounts.Length;
            inSentence &= kind == ReportKind.FinalAccounts;
            var year = kind == ReportKind.Budget ? 2024 : 2023;
            var earlier = Earlier(amounts, kind, year);
            var later = Later(amounts, kind, 2024, k, inSentence);
            var check = CrossChecker.Check(earlier, later);
            var errors = check.Findings.Where(f => f.Severity == Severity.Error).ToList();
            var error = Assert.Single(errors, f => f.Outcome == CheckOutcome.Inconsistent && f.Stated.Key.Concept == s_concepts[k].Concept
                && f.Stated.Key.Basis == (inSentence ? "较上年决算增减" : kind == ReportKind.Budget ? "年初预算" : "上年决算"));
            Assert.Same(later, check.Report);
            Assert.Equal(inSentence ? "FA1214" : kind == ReportKind.Budget ? "FA1212" : "FA1213", error.RuleId);
            if (inSentence) Assert.Equal("2." + (k + 1), error.Location.StatementId);
            else Assert.Equal(s_concepts[k].Row, error.Location.Row);
            // Only the moved figure is wrong (its rate, computed from the true amounts, still agrees).
            Assert.All(errors, e => Assert.Equal(s_concepts[k].Concept, e.Stated.Key.Concept));
        });

    /// Law: moving the earlier report's own figure instead is caught on the same later figure (the later report is the
    /// one judged; the finding names the earlier report's figure among its inputs).
    [Property(MaxTest = 60)]
    public Property A_changed_earlier_figure_is_named_among_the_inputs() =>
        Prop.ForAll(Arb.From(s_amounts), Arb.From(s_kind), Arb.From(Gen.Choose(0, 1000)), (amounts, kind, pick) =>
        {
            var k = pick % amounts.Length;
            var year = kind == ReportKind.Budget ? 2024 : 2023;
            var earlier = Earlier(amounts, kind, year, k);
            var check = CrossChecker.Check(Later(amounts, kind, 2024), earlier);
            var restated = kind == ReportKind.Budget ? "年初预算" : "上年决算";
            var error = Assert.Single(check.Findings, f => f.Severity == Severity.Error && f.Stated.Key.Basis == restated);
            Assert.Equal(s_concepts[k].Concept, error.Stated.Key.Concept);
            Assert.Contains(error.Inputs, i => i.Location.StatementId == "表1" && i.Key.Basis == (kind == ReportKind.Budget ? "预算" : "决算")
                && i.Value == Wan(amounts[k].Earlier + 10_000));
        });
}
