using System;
using System.Linq;
using FinalAccounts.Money;
using FinalAccounts.Reports;
using FinalAccounts.Validation;
using Xunit;

namespace FinalAccounts.Core.Tests.Validation;

/// <summary>Batch pairing for the cross check (issue 18.4): unit, level, kind and year; unmatched and ambiguous reports are notes.</summary>
public sealed class CrossPairingTests
{
    private static ReportInfo Info(string unit, string level, ReportKind kind, int year)
        => new("title", year, unit, level, ReportUnitKind.Administrative, CurrencyUnit.WanYuan, string.Empty, string.Empty, kind);

    private const ReportKind B = ReportKind.Budget;
    private const ReportKind F = ReportKind.FinalAccounts;

    [Fact]
    public void Pairs_are_the_three_relations_of_one_unit_and_level()
    {
        var reports = new[]
        {
            Info("万里街道", "部门", B, 2024),      // 0: ↔ 1 (预算 N+1), ↔ 2 (决算 N)
            Info("万里街道", "部门", B, 2025),      // 1: ↔ 0
            Info("万里 街道", "部门", F, 2024),     // 2: spaces ignored; ↔ 0, ↔ 3 (决算 N+1)
            Info("万里街道", "部门", F, 2025),      // 3: ↔ 2, ↔ 1 (预算 2025 ↔ 决算 2025)
            Info("万里街道", "部门", B, 2027),      // 4: two years after the last 预算, no 决算 2027: unpaired
        };
        var found = CrossPairing.Pair(reports);
        Assert.Equal(new[] { "0 ↔ 1", "0 ↔ 2", "1 ↔ 3", "2 ↔ 3" }, found.Pairs.Select(p => p.ToString()));
        var note = Assert.Single(found.Notes);
        Assert.Equal("FA1220", note.Rule.Id);
        Assert.Equal(new[] { 4 }, note.Reports);
        Assert.StartsWith("未找到可与之核对的报告：万里街道（部门）2027年预算", note.Message, StringComparison.Ordinal);
        // Every pair found is one the checker relates.
        Assert.All(found.Pairs, p => Assert.True(CrossChecker.Relates(reports[p.First], reports[p.Second])));
    }

    [Fact]
    public void Another_level_another_unit_or_a_budget_of_the_next_year_is_never_a_pair()
    {
        var found = CrossPairing.Pair(new[]
        {
            Info("区府办", "部门", B, 2025), Info("区府办", "单位", B, 2025),   // 部门 and 单位 of one name
            Info("区财政局", "部门", F, 2024), Info("区财政局", "部门", B, 2025), // 决算 2024 and 预算 2025: no rule relates them
            Info("区财政局（本级）", "部门", F, 2025),                             // a similar name is not the same unit
        });
        Assert.Empty(found.Pairs);
        Assert.Equal(5, found.Notes.Count);
        Assert.All(found.Notes, n => Assert.Equal("FA1220", n.Rule.Id));
        Assert.Contains("级次不同", found.Notes[0].Message, StringComparison.Ordinal);
        Assert.DoesNotContain("级次不同", found.Notes[2].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_reports_of_one_unit_kind_and_year_are_ambiguous_and_their_partner_is_not_guessed()
    {
        var found = CrossPairing.Pair(new[]
        {
            Info("万里街道", "部门", B, 2024), Info("万里街道", "部门", B, 2024),   // a revised copy
            Info("万里街道", "部门", B, 2025),                                   // its only partners are the two copies
            Info("万里街道", "部门", F, 2025),                                   // pairs with 2025 预算
        });
        Assert.Equal(new[] { "2 ↔ 3" }, found.Pairs.Select(p => p.ToString()));
        var note = Assert.Single(found.Notes);
        Assert.Equal("FA1221", note.Rule.Id);
        Assert.Equal(new[] { 0, 1 }, note.Reports);
        Assert.Contains("有 2 份", note.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Nothing_and_one_report_give_no_pair()
    {
        Assert.Empty(CrossPairing.Pair(Array.Empty<ReportInfo>()).Pairs);
        Assert.Equal("FA1220", Assert.Single(CrossPairing.Pair(new[] { Info("甲", "单位", F, 2024) }).Notes).Rule.Id);
    }
}
