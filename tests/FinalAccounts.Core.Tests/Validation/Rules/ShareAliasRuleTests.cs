using System.Collections.Generic;
using FinalAccounts.Validation;
using Xunit;
using static FinalAccounts.Core.Tests.Validation.Rules.TestReport;

namespace FinalAccounts.Core.Tests.Validation.Rules;

/// FA1182 (a share's whole stated under another name) on one-rule checks of small reports: both aliases' messages, each
/// way a report says it has no other appropriation (figures of 0, an empty table with its note), and the shares it leaves
/// alone (whole stated, other kinds not 0 or not mentioned, alias 0, no part). Every number is worked by hand or, for the
/// quotient, by an independent decimal division (1122.17 ÷ 2934.72 = 0.3823771944…).
public sealed class ShareAliasRuleTests
{
    private const string Section = "五、一般公共预算财政拨款支出决算情况说明";
    private const string General = "一般公共预算财政拨款支出";
    private const string Pct = "%";

    private static CheckReport Fa1182(params Item[] items) =>
        CheckWith("FA1182", items);

    private static StatementSpec Share(string share, string part = "1122.17", string id = "2.5-2") =>
        Statement(id, Section, F(General, "决算", part, path: "一般公共服务支出"),
            F(General, "占比", share, Pct, path: "一般公共服务支出", of: ("财政拨款支出", "决算")));

    private static List<Item> Report(string share, string fund = "0.00", string capital = "0.00", string whole = "2934.72")
    {
        var figures = new List<Fig> { F(General, "决算", whole) };
        if (fund.Length > 0) figures.Add(F("政府性基金预算财政拨款支出", "决算", fund));
        if (capital.Length > 0) figures.Add(F("国有资本经营预算财政拨款支出", "决算", capital));
        return new List<Item> { Statement("2.5-1", Section, figures.ToArray()), Share(share) };
    }

    [Fact]
    public void A_share_of_the_appropriation_total_is_computed_over_the_general_budget_when_the_others_are_0()
    {
        // 1122.17 ÷ 2934.72 = 38.2377%; 28.24 is about 10 points below.
        var report = Fa1182(Report("28.24").ToArray());
        var finding = Assert.Single(report.Findings);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal(38.2377m, decimal.Round(finding.Result.Exact, 4));
        Assert.StartsWith("一般公共服务支出 " + General + "（占比） 列示 28.24%，按 决算 ÷ " + General + "（报告无政府性基金、国有资本经营预算财政拨款，财政拨款支出即" + General + "） 计算为 38.2377%（舍入允许 [", finding.Message);
        Assert.EndsWith("，舍入无法解释。依据：201 一般公共服务支出 " + General + "（决算）1122.17万元，" + General + "（决算）2934.72万元。", finding.Message);
        Assert.Contains("; actual / " + General + " (the report has no other appropriation, so 财政拨款支出 is " + General + ") gives 38.2377%", finding.MessageEn);
        Assert.Equal(1, report.ChecksRun);
        // 38.24 agrees.
        var agrees = Fa1182(Report("38.24").ToArray());
        Assert.Empty(agrees.Findings);
        Assert.Equal(1, agrees.ChecksRun);
    }

    [Fact]
    public void A_share_of_the_income_total_is_computed_over_the_expenditure_total()
    {
        // 500.00 ÷ 2000.00 = 25.00%; 30.00 is an error.
        Item[] Totals(string share) => new Item[]
        {
            Statement("2.1-1", F("支出总计", "决算", "2000.00")),
            Statement("2.1-2", F("事业收入", "决算", "500.00"), F("事业收入", "占比", share, Pct, of: ("收入总计", "决算"))),
        };
        Assert.Empty(Fa1182(Totals("25.00")).Findings);
        var finding = Assert.Single(Fa1182(Totals("30.00")).Findings);
        Assert.Equal(25m, finding.Result.Exact);
        Assert.StartsWith("事业收入（占比） 列示 30.00%，按 决算 ÷ 支出总计（收入、支出总计为同一数，收入总计即支出总计） 计算为 25%", finding.Message);
        Assert.Contains("; actual / 支出总计 (income and expenditure totals are one figure, so 收入总计 is 支出总计) gives 25%", finding.MessageEn);
    }

    [Fact]
    public void A_report_that_does_not_say_it_has_no_other_appropriation_is_not_judged()
    {
        // 政府性基金 5.00; 国有资本经营 not mentioned; neither mentioned.
        Assert.Equal(0, Fa1182(Report("28.24", fund: "5.00").ToArray()).ChecksRun);
        Assert.Equal(0, Fa1182(Report("28.24", capital: string.Empty).ToArray()).ChecksRun);
        var silent = Fa1182(Report("28.24", fund: string.Empty, capital: string.Empty).ToArray());
        Assert.Equal(0, silent.ChecksRun);
        Assert.Equal("FA1182", Assert.Single(silent.RulesNotRun).Rule.Id);
    }

    [Fact]
    public void Only_the_report_level_figure_on_the_own_basis_says_a_kind_is_0()
    {
        // 政府性基金 0.00 with, beside it, a 年初预算 of 5.00, a 功能分类 row of 5.00 and an item of 5.00: the 决算 total is
        // still 0, so the alias holds and the share is judged.
        var items = Report("28.24");
        items.Add(Statement("2.7-1", F("政府性基金预算财政拨款支出", "年初预算", "5.00"),
            F("政府性基金预算财政拨款支出", "决算", "5.00", path: "一般公共服务支出"), F("政府性基金预算财政拨款支出", "决算", "5.00", item: "某项目")));
        Assert.Single(Fa1182(items.ToArray()).Findings);
    }

    [Fact]
    public void An_empty_table_with_its_note_says_a_kind_is_0_and_one_with_cells_does_not()
    {
        // No 政府性基金 figure, but its table published empty under "故本表无数据": the kind is nothing.
        var noted = Report("28.24", fund: string.Empty);
        noted.Add(new TableSpec("表8", "政府性基金预算财政拨款收入支出决算表", "万元", System.Array.Empty<Fig>()) { EmptyNote = "注：本单位无政府性基金预算财政拨款收入和支出，故本表无数据。" });
        Assert.Single(Fa1182(noted.ToArray()).Findings);
        // The same table with a cell (of another concept): not empty, so not declared.
        var printed = Report("28.24", fund: string.Empty);
        printed.Add(Table("表8", "政府性基金预算财政拨款收入支出决算表", Cell("合计", "年初预算数", "政府性基金预算财政拨款收入", "年初预算", "3.00")));
        Assert.Equal(0, Fa1182(printed.ToArray()).ChecksRun);
        // Without the note and without a sentence: not declared either.
        var bare = Report("28.24", fund: string.Empty);
        bare.Add(new TableSpec("表8", "政府性基金预算财政拨款收入支出决算表", "万元", System.Array.Empty<Fig>()));
        Assert.Equal(0, Fa1182(bare.ToArray()).ChecksRun);
    }

    [Fact]
    public void A_share_whose_whole_is_stated_or_whose_alias_is_0_or_whose_part_is_missing_is_left_alone()
    {
        // 财政拨款支出 itself stated: FA1022's, not this rule's.
        var whole = Report("28.24");
        whole.Add(Statement("2.4-1", F("财政拨款支出", "决算", "2934.72")));
        Assert.Equal(0, Fa1182(whole.ToArray()).ChecksRun);
        // The alias 0.00: no quotient.
        Assert.Equal(0, Fa1182(Report("28.24", whole: "0.00").ToArray()).ChecksRun);
        // No 决算 of the part: only the share.
        Assert.Equal(0, Fa1182(Statement("2.5-1", Section, F(General, "决算", "2934.72"), F("政府性基金预算财政拨款支出", "决算", "0.00"),
            F("国有资本经营预算财政拨款支出", "决算", "0.00")),
            Statement("2.5-2", Section, F(General, "占比", "28.24", Pct, path: "一般公共服务支出", of: ("财政拨款支出", "决算")))).ChecksRun);
    }

    [Fact]
    public void A_repeated_share_is_checked_once()
    {
        var items = Report("28.24");
        items.Add(Share("28.24", id: "2.5-3"));
        var report = Fa1182(items.ToArray());
        Assert.Equal(1, report.ChecksRun);
        Assert.Equal("2.5-2", Assert.Single(report.Findings).Location.StatementId);
    }
}
