using System;
using System.Linq;
using FinalAccounts.Money;
using FinalAccounts.Reports;
using FinalAccounts.Validation;
using Xunit;

namespace FinalAccounts.Core.Tests.Validation;

/// <summary>
/// The seed report (乌海市人力资源和社会保障局本级 2024, seeds/reports/wuhai-hrss-2024.json) checked end to end. Every
/// expected finding below was worked out by hand from the printed figures.
/// </summary>
public sealed class SeedReportCheckTests
{
    private static readonly Lazy<FinalAccountsReport> s_seed = new(() => ReportReader.ReadFile(SeedPath()));

    private static CheckReport Check() => ReportChecker.Check(s_seed.Value);

    [Fact]
    public void Reasons_for_the_change_against_the_budget_do_not_add_up()
    {
        // 2.1-1: 收、支总计各减少 920.80; 一是基本支出减少 193.34, 二是项目支出减少 729.48: 193.34 + 729.48 = 922.82 ≠ 920.80.
        var errors = Check().Findings.Where(f => f.RuleId == "FA1010" && f.Location.StatementId == "2.1-1").ToList();
        Assert.Equal(2, errors.Count);
        Assert.All(errors, f => Assert.Equal(Severity.Error, f.Severity));
        Assert.Equal(new[] { "收入总计", "支出总计" }.ToHashSet(), errors.Select(f => f.Stated.Key.Concept).ToHashSet());
        Assert.All(errors, f => Assert.Equal(-922.82m, f.Result.Exact));
        Assert.All(errors, f => Assert.Contains("920.80", f.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Reasons_for_the_appropriation_change_do_not_add_up()
    {
        // 2.4-2: 与上年决算相比减少 1455.56; reasons 157.36 + 1298.33 = 1455.69.
        var f = Assert.Single(Check().Findings, x => x.RuleId == "FA1010" && x.Location.StatementId == "2.4-2");
        Assert.Equal(Severity.Error, f.Severity);
        Assert.Equal(-1455.69m, f.Result.Exact);
    }

    [Fact]
    public void Sme_shares_of_zero_contradict_the_amount_awarded()
    {
        // 2.12-2: 授予中小企业 45.65 (100%), but 货物/工程/服务 shares all 0% (so < 0.5%): at most
        // 0.5% × (36.245 + 0.005 + 9.415) = 0.005 × 45.665 = 0.228325, the upper ends of the printed amounts.
        var f = Assert.Single(Check().Findings, x => x.RuleId == "FA1061");
        Assert.Equal(Severity.Error, f.Severity);
        Assert.Equal("45.65", f.Stated.Value);
        Assert.Equal(0m, f.Result.Expected.Min);
        Assert.Equal(0.228325m, f.Result.Expected.Max);
    }

    [Fact]
    public void A_completion_rate_only_truncation_explains_is_a_warning()
    {
        // 2.5-1: 2931.85 / 3843.73 = 76.2762…% rounds to 76.28%; the report prints 76.27%.
        var f = Assert.Single(Check().Findings, x => x.RuleId == "FA1020");
        Assert.Equal(Severity.Warning, f.Severity);
        Assert.Equal(CheckOutcome.Truncated, f.Outcome);
        Assert.Equal("76.27", f.Stated.Value);
    }

    [Fact]
    public void One_fen_tails_are_info_never_errors()
    {
        // 本年支出合计 2934.72 vs 1122.17 + 1812.54 = 2934.71; 基本支出 1122.14 vs 1028.3 + 93.83 = 1122.13.
        var result = Check();
        var tail = Assert.Single(result.Findings, x => x.RuleId == "FA1005");
        Assert.Equal(Severity.Info, tail.Severity);
        Assert.Equal(2934.71m, tail.Result.Exact);
        Assert.Equal(Severity.Info, Assert.Single(result.Findings, x => x.RuleId == "FA1006").Severity);
    }

    [Fact]
    public void The_seed_has_exactly_four_errors_and_two_warnings()
    {
        var result = Check();
        Assert.Equal(4, result.Count(Severity.Error));
        Assert.Equal(2, result.Count(Severity.Warning));
        Assert.True(result.HasErrors);
        var ex = Assert.Throws<ReportAssertException>(() => ReportAssert.Consistent(s_seed.Value));
        Assert.Contains("FA1061", ex.Message, StringComparison.Ordinal);
        Assert.Same(ex.Result.Report, s_seed.Value);
    }

    [Fact]
    public void The_appropriation_budget_derived_from_its_change_disagrees_with_the_general_budget_stated()
    {
        // 2.4-1: 财政拨款收入、支出决算总计 2931.85, 与年初预算相比减少 925.68 → 年初预算 3857.53 (and −925.68 ÷ −24.00% = 3857).
        // 2.5-1: 一般公共预算财政拨款支出 2931.85, 年初预算 3843.73 (76.27% of it). The seed states 政府性基金 and 国有资本经营
        // 财政拨款 as 0 ("我单位无…收、支、余"), so both are one budget: 13.80 apart, a warning (FA1111) at 3843.73.
        var finding = Assert.Single(Check().Findings, f => f.RuleId == "FA1111");
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal("3843.73", finding.Stated.Value);
        Assert.Equal("2.5-1", finding.Location.StatementId);
        Assert.Equal(3857.53m, finding.Result.Exact);
        Assert.Contains("2.4-1", finding.Message, StringComparison.Ordinal);
        Assert.Contains("13.8万元", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rules_without_figures_say_so()
    {
        // The seed states no 上年决算 and no 年初预算 beside a 增减 amount for the same figure.
        var notRun = Check().RulesNotRun.Select(r => r.Rule.Id).ToList();
        Assert.Contains("FA1025", notRun);
        Assert.Contains("FA1026", notRun);
        Assert.DoesNotContain("FA1001", notRun);
    }

    private static string SeedPath() => FinalAccounts.Testing.Repository.PathOf("seeds", "reports", "wuhai-hrss-2024.json");
}
