using System;
using System.Linq;
using FinalAccounts.Reports;
using FinalAccounts.Validation;
using Xunit;
using static FinalAccounts.Core.Tests.Validation.Rules.TestReport;

namespace FinalAccounts.Core.Tests.Validation.Rules;

/// <summary>
/// Issue 13's last families beyond their catalogue examples: a difference without direction in both directions and never
/// signed, the words of a no-spending claim that are and are not read, and a lone blank that the table does not explain.
/// </summary>
public sealed class NewFamilyTests
{
    private const string Section = "五、一般公共预算财政拨款支出决算情况说明";

    private static Item[] Apart(string budget, string actual, string difference) => new Item[]
    {
        new StatementSpec("3.5-3.1", new[] { F("一般公共预算财政拨款支出", "年初预算", budget), F("一般公共预算财政拨款支出", "决算", actual),
            F("一般公共预算财政拨款支出", "较年初预算差额", difference) }) { Section = Section },
    };

    [Theory]
    [InlineData("100.00", "100.90", "0.90")] // 决算 above: 100.90 − 100.00
    [InlineData("100.90", "100.00", "0.90")] // 决算 below: the words give no sign, the other direction fits
    [InlineData("100.00", "100.00", "0.00")]
    public void A_difference_without_direction_agrees_in_either_direction(string budget, string actual, string difference)
    {
        var result = Check(Apart(budget, actual, difference));
        Assert.Contains(result.RulesRun, r => r.Id == "FA1180");
        Assert.DoesNotContain(result.Findings, f => f.RuleId == "FA1180");
    }

    [Fact]
    public void A_difference_without_direction_that_neither_direction_gives_is_an_error_showing_the_nearer_one()
    {
        // |100.00 − 100.90| = 0.90; 1.90 is 1.00 off either way round: the message computes 0.9, not −0.9.
        var finding = Assert.Single(Check(Apart("100.90", "100.00", "1.90")).Findings, f => f.RuleId == "FA1180");
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal(0.9m, finding.Result.Exact);
    }

    [Fact]
    public void A_signed_difference_without_direction_is_refused_by_the_reader()
    {
        var json = TestReport.Json(Apart("100.00", "100.90", "0.90")).Replace("\"0.90\"", "\"-0.90\"", StringComparison.Ordinal);
        var ex = Assert.Throws<ReportFormatException>(() => ReportReader.Parse(json, FileName));
        Assert.Contains("较年初预算差额", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0.90", true)]
    [InlineData("0", true)]
    [InlineData("-0.90", false)]
    public void The_schema_refuses_a_signed_difference_without_direction_as_the_reader_does(string value, bool valid)
    {
        // The seed (valid as published) with one more figure on the unsigned basis (JSON Schema draft 2020-12, seeds/schema).
        var root = System.Text.Json.Nodes.JsonNode.Parse(System.IO.File.ReadAllText(FinalAccounts.Testing.Repository.PathOf("seeds", "reports", "wuhai-hrss-2024.json")))!;
        root["statements"]![0]!["figures"]!.AsArray().Add(System.Text.Json.Nodes.JsonNode.Parse(
            "{ \"concept\": \"收入总计\", \"basis\": \"较年初预算差额\", \"value\": \"" + value + "\", \"unit\": \"万元\" }"));
        using var doc = System.Text.Json.JsonDocument.Parse(root.ToJsonString());
        Assert.Equal(valid, FinalAccounts.Core.Tests.Scoring.EvaluationSchemaTests.Schema.Evaluate(doc.RootElement).IsValid);
    }

    [Theory]
    [InlineData("本年度未发生因公出国（境）费", "因公出国（境）费")]
    [InlineData("因公出国（境）费支出未发生", "因公出国（境）费")]
    [InlineData("因公出国(境)费：无此项支出", "因公出国（境）费")]
    [InlineData("2024年度没有发生公务用车购置", "公务用车购置费")]
    [InlineData("本单位2024年度无“三公”经费财政拨款支出", "三公经费")]
    [InlineData("上海市XX局2024年度无政府性基金预算财政拨款收入和支出", "政府性基金预算财政拨款收入,政府性基金预算财政拨款支出")]
    [InlineData("公务用车购置及运行维护费未发生", "公务用车购置及运行维护费")]
    [InlineData("测试局2024年度无机关运行经费支出", "机关运行经费")] // 机关 inside the item's words moves nothing
    // One clause, one list of items, one absence: each item is claimed 0.
    [InlineData("因公出国（境）费和公务接待费均未发生", "因公出国（境）费,公务接待费")]
    [InlineData("因公出国（境）费、公务用车购置及运行维护费均无此项支出", "因公出国（境）费,公务用车购置及运行维护费")]
    [InlineData("本年度未发生因公出国（境）费及公务接待费", "因公出国（境）费,公务接待费")]
    [InlineData("因公出国（境）费支出、公务用车购置费和公务接待费都没有发生", "因公出国（境）费,公务用车购置费,公务接待费")]
    public void A_clause_naming_one_item_and_its_absence_claims_zero(string clause, string concepts)
        => Assert.Equal(concepts.Split(','), FinalAccounts.Validation.Rules.ZeroClaimRule.Claim(Plain(clause)));

    [Theory]
    [InlineData("因公出国（境）费较上年没有发生变化")] // a change, not an amount
    [InlineData("因公出国（境）费未发生变化")]
    [InlineData("上年未发生因公出国（境）费")] // another year
    [InlineData("因公出国（境）费未安排预算")] // a budget
    [InlineData("因公出国（境）费1.20万元和公务接待费均未发生")] // an amount between: not one list
    [InlineData("因公出国（境）费和公务接待费均未发生变化")] // a change
    [InlineData("公务用车购置费和运行维护费均未发生")] // 运行维护费 is no named item: the list is not certain
    [InlineData("因公出国（境）费主要用于出访，公务接待费未发生")] // two clauses: the first claims nothing
    [InlineData("因公出国（境）费用于公务接待费未发生")] // joined by no list word
    [InlineData("所属单位未发生因公出国（境）费")] // other units
    [InlineData("全区各部门未发生公务用车购置")] // a region-wide summary, not the unit's own
    [InlineData("局机关本级未发生因公出国（境）费")] // the agency alone: a department's tables include its units
    [InlineData("无政府性基金")] // 收入? 支出? not certain
    [InlineData("因公出国（境）费0.00万元")]
    [InlineData("因公出国（境）费主要用于出访")]
    public void Other_clauses_claim_nothing(string clause)
        => Assert.Null(FinalAccounts.Validation.Rules.ZeroClaimRule.Claim(Plain(clause)));

    // The rule reads clauses without spaces and quotes, with full-width brackets.
    private static string Plain(string text) => new string(text.Where(c => !char.IsWhiteSpace(c) && c is not ('“' or '”' or '"')).ToArray()).Replace('(', '（').Replace(')', '）');

    [Fact]
    public void A_lone_blank_the_table_does_not_add_up_without_is_not_judged()
    {
        // 三公 3.50 against 1.80 + 1.20 = 3.00: with the blank as 0 the table does not add up, so the blank may be a cell the
        // import missed (it would be 0.50, the 说明's figure). FA1183 says nothing; FA1050 does not run (a part is blank).
        var items = new Item[]
        {
            new TableSpec("表7", "财政拨款“三公”经费支出决算表", "万元", new[]
            {
                Cell("合计", "决算数", "三公经费", "决算", "3.50", scope: "财政拨款"),
                Cell("公务用车购置及运行维护费", "决算数", "公务用车购置及运行维护费", "决算", "1.80", scope: "财政拨款"),
                Cell("公务接待费", "决算数", "公务接待费", "决算", "1.20", scope: "财政拨款"),
            }),
            Statement("2.8-1", "八、财政拨款“三公”经费支出决算情况说明", F("因公出国（境）费", "决算", "0.50", scope: "财政拨款")),
        };
        Assert.DoesNotContain(Check(items).Findings, f => f.RuleId == "FA1183");
    }

    [Theory]
    // 2933.89 ÷ 2936.74 = 99.9030% → 99.90; 89.90 is 10 points off. The report states only 支出总计: the template's one
    // "收入、支出决算总计" makes it the 收入总计 the share names.
    [InlineData("99.90", false)]
    [InlineData("89.90", true)]
    public void A_share_of_the_income_total_is_judged_against_the_expenditure_total(string share, bool error)
    {
        var items = new Item[]
        {
            Statement("2.1-1", "一、收入支出决算总体情况说明", F("支出总计", "决算", "2936.74")),
            Statement("2.2-1", "二、收入决算情况说明", F("本年收入合计", "决算", "2933.89"), F("本年收入合计", "占比", share, "%", of: ("收入总计", "决算"))),
        };
        var result = Check(items);
        Assert.Contains(result.RulesRun, r => r.Id == "FA1182");
        var found = result.Findings.Where(f => f.RuleId == "FA1182").ToList();
        if (!error)
        {
            Assert.Empty(found);
            return;
        }
        var finding = Assert.Single(found);
        Assert.Equal(share, finding.Stated.Value);
        Assert.Contains("收入总计即支出总计", finding.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_share_of_a_whole_under_another_name_is_not_judged_while_a_fund_is_nonzero()
    {
        var items = new Item[]
        {
            Statement("2.5-1", Section, F("一般公共预算财政拨款支出", "决算", "2934.72"), F("政府性基金预算财政拨款支出", "决算", "10.00"),
                F("国有资本经营预算财政拨款支出", "决算", "0.00")),
            Statement("2.5-2", Section, F("一般公共预算财政拨款支出", "决算", "1122.17", path: "一般公共服务支出"),
                F("一般公共预算财政拨款支出", "占比", "28.24", "%", path: "一般公共服务支出", of: ("财政拨款支出", "决算"))),
        };
        var result = Check(items);
        Assert.DoesNotContain(result.RulesRun, r => r.Id == "FA1182");
        Assert.DoesNotContain(result.Findings, f => f.RuleId == "FA1182");
    }
}
