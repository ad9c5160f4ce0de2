using System;
using System.Collections.Generic;
using System.Linq;
using FinalAccounts.Money;
using FinalAccounts.Scoring;
using FinalAccounts.Validation;
using Xunit;
using static FinalAccounts.Core.Tests.Scoring.PrintedTables;

namespace FinalAccounts.Core.Tests.Scoring;

/// <summary>
/// What <c>RuleExampleTests</c> demands of every FA1xxx rule, for every FA2xxx rule of <see cref="EvaluationRules.Rules"/>:
/// a consistent table it finds nothing in, a broken one it reports once as an error (or its maximum severity), and, for
/// a rule that reasons with rounding, a table whose difference only rounding explains (information, never an error). Each
/// table is the E6 of <see cref="PrintedTables"/> under the national template 10 / 50 / 30 / 10; the arithmetic is in the
/// comments, worked by hand.
/// </summary>
public sealed class EvaluationRuleExampleTests
{
    private sealed record Example(Func<string> Consistent, Func<string> Broken, Func<string>? Rounding = null, string? RoundingValue = null, bool RunsWhenConsistent = true);

    // 执行率 90 ÷ 100 = 90.00% → 9.00 of 10; 培训人数 ≥100 人, 100 → 50 of 50; 服务质量 定性 30 of 30 (evidence written);
    // 满意度 ≥90%, 95% → 10 of 10; 总分 9 + 50 + 30 + 10 = 99 (优).
    private static string Table(
        string[]? funds = null, string output = "50", string outputActual = "100", string outputScore = "50", string? deviation = null,
        string qualitativeActual = "服务质量明显提升", string executionWeight = "10", string totalWeight = "100", string total = "99", string grade = "优",
        string level1 = "产出指标", string[]? extra = null, string actualGoal = "")
    {
        var indicators = new List<string>
        {
            Indicator(level1, "数量指标", "培训人数", "正向", "大于等于", "100", outputActual, "人", output, outputScore, deviation),
            Indicator("效益指标", "社会效益指标", "服务质量", "定性", null, "有效提升", qualitativeActual, null, "30", "30"),
            Indicator("满意度指标", "服务对象满意度指标", "满意度", "正向", "大于等于", "90", "95", "%", "10", "10"),
        };
        if (extra != null) indicators.AddRange(extra);
        return Evaluation(funds ?? new[] { Row("年度资金总额", "100", "100", "90", executionWeight, "90.00", "9.00") }, indicators, totalWeight, total, grade: grade, actualGoal: actualGoal);
    }

    private static readonly IReadOnlyDictionary<string, Example> s_examples = new Dictionary<string, Example>
    {
        // 90 ÷ 100 printed 80.00 is wrong; 0.02 ÷ 0.03 = 66.67% printed 70.00 lies within [0.015 ÷ 0.035, 0.025 ÷ 0.025] = [42.86%, 100%].
        ["FA2001"] = new(() => Table(),
            () => Table(funds: new[] { Row("年度资金总额", "100", "100", "90", "10", "80.00", "9.00") }),
            () => Table(funds: new[] { Row("年度资金总额", "0.03", "0.03", "0.02", "10", "70.00", "6.67") }, total: "96.67"), "70.00"),
        // 90% × 10 = 9, printed 7.00: no policy gives 7.
        ["FA2002"] = new(() => Table(), () => Table(funds: new[] { Row("年度资金总额", "100", "100", "90", "10", "90.00", "7.00") }, total: "97")),
        // ≥100 人, actual 80: every policy gives 80 ÷ 100 × 50 = 40, printed 50 (with its 偏差原因, so only the score is wrong).
        ["FA2003"] = new(() => Table(), () => Table(outputActual: "80", outputScore: "50", deviation: "部分人员未参训")),
        // 9 + 50 + 30 + 10 = 99 printed 95; integer parts sum to 99 ± 2 (four parts of ± 0.5), so 99.4 is within rounding.
        ["FA2004"] = new(() => Table(), () => Table(total: "95", grade: "优"),
            () => Table(funds: new[] { Row("年度资金总额", "100", "100", "90", "10", "90.00", "9") }, total: "99.4"), "99.4"),
        // 99 is 优 (≥ 90), printed 良.
        ["FA2005"] = new(() => Table(), () => Table(grade: "良")),
        // 其中 rows: 年初 70 + 19 = 89 ≠ 100; 66.67 + 33.34 = 100.01 against 100.00 is rounding (each ± 0.005).
        ["FA2006"] = new(
            () => Table(funds: new[] { Row("年度资金总额", "100", "100", "90", "10", "90.00", "9.00"), Row("其中：财政拨款", "60", "60", "55"), Row("上年结转资金", "40", "40", "35") }),
            () => Table(funds: new[] { Row("年度资金总额", "100", "100", "90", "10", "90.00", "9.00"), Row("其中：财政拨款", "70", "60", "55"), Row("上年结转资金", "19", "40", "35") }),
            () => Table(funds: new[] { Row("年度资金总额", "100.00", "100", "90", "10", "90.00", "9.00"), Row("其中：财政拨款", "66.67", "60", "55"), Row("上年结转资金", "33.34", "40", "35") }),
            "100.00"),
        // The scored row prints 得分 9.00 but no 全年预算数: its rate cannot be computed (FA2007 records only what it cannot verify).
        ["FA2007"] = new(() => Table(), () => Table(funds: new[] { Row("年度资金总额", "100", null, "90", "10", "90.00", "9.00") }), RunsWhenConsistent: false),
        // Total weight printed 90 ≠ 100.
        ["FA2010"] = new(() => Table(), () => Table(totalWeight: "90")),
        // 执行率 15 / 产出 45 / 效益 30 / 满意度 10: not national (10), Sichuan (10 + 90) or Yunnan (20 + 80).
        ["FA2011"] = new(() => Table(), () => Table(executionWeight: "15", output: "45", outputScore: "45")),
        // 产出指标(50分) over one row of 50; over 20 + 25 = 45 ≠ 50; over 16.67 × 3 = 50.01, within 3 × 0.005 of 50.
        ["FA2012"] = new(() => Table(level1: "产出指标(50分)"),
            () => Table(level1: "产出指标(50分)", output: "20", outputScore: "20",
                extra: new[] { Indicator("产出指标(50分)", "质量指标", "合格率", "正向", "大于等于", "90", "95", "%", "25", "25") }),
            () => Table(level1: "产出指标(50分)", output: "16.67", outputScore: "16.67",
                extra: new[]
                {
                    Indicator("产出指标(50分)", "质量指标", "合格率", "正向", "大于等于", "90", "95", "%", "16.67", "16.67"),
                    Indicator("产出指标(50分)", "时效指标", "完成及时率", "正向", "大于等于", "90", "95", "%", "16.67", "16.67"),
                }), "50"),
        // 定性 服务质量 whose 实际完成值 repeats the 年度指标值 scores full marks.
        ["FA2020"] = new(() => Table(), () => Table(qualitativeActual: "有效提升")),
        // 80 of ≥100 人 missed: with a 偏差原因 nothing to flag, without one a flag.
        ["FA2021"] = new(() => Table(outputActual: "80", outputScore: "40", deviation: "部分人员未参训", total: "89", grade: "良"),
            () => Table(outputActual: "80", outputScore: "40", total: "89", grade: "良")),
        // 成本 80 万元 ≤ 90 spent; 95 > 90; 90.004 exceeds 90 only within the rounding of 90 (± 0.5 at whole 万元).
        ["FA2030"] = new(() => Table(extra: new[] { Cost("80") }), () => Table(extra: new[] { Cost("95") }), () => Table(extra: new[] { Cost("90.004") }), "90"),
        // The results text names the 培训人数 row (4 characters shared) with 100 人, as the row's 实际完成值 100; 120 人 is not 100.
        ["FA2031"] = new(() => Table(actualGoal: "本年完成培训人数100人"), () => Table(actualGoal: "本年完成培训人数120人")),
        // The seed's five tables and E6: 6 projects; 全年预算数 150 + 20 + 34 + 35 + 9 + 100 = 348 万元; 总分 95.00 + 94.64 + 100.00
        // + 98.86 + 100.00 + 99 = 587.50, ÷ 6 = 97.9167 → 97.92; every total ≥ 90, so 优 6. 96.50 is no mean of these totals;
        // 98.00 is one only within rounding: E6's integer 99 stands for [98.5, 99.5], so the mean may be up to 98.0042.
        ["FA2040"] = new(() => WithSummary(Table(), "6", "348", "97.92", "6"), () => WithSummary(Table(), "6", "348", "96.50", "6"),
            () => WithSummary(Table(), "6", "348", "98.00", "6"), "98.00"),
    };

    // A cost row worth 0 points keeps the weights at 100.
    private static string Cost(string actual) => Indicator("产出指标", "成本指标", "培训成本", "反向", "小于等于", "100", actual, "万元", "0", "0");

    public static TheoryData<string> RuleIds()
    {
        var data = new TheoryData<string>();
        foreach (var rule in EvaluationRules.Rules) data.Add(rule.Descriptor.Id);
        return data;
    }

    public static TheoryData<string> RoundingRuleIds()
    {
        var data = new TheoryData<string>();
        foreach (var pair in s_examples.Where(p => p.Value.Rounding != null)) data.Add(pair.Key);
        return data;
    }

    private static CheckReport Check(string table) => EvaluationChecker.Check(Report(table));

    private static IReadOnlyList<Finding> Of(CheckReport result, string ruleId)
        => result.Findings.Where(f => f.RuleId == ruleId && f.Stated.Location.StatementId is "E6" or "3.10-1").ToList();

    [Fact]
    public void Every_FA2_rule_has_examples_and_no_example_is_stale()
    {
        Assert.Equal(EvaluationRules.Rules.Select(r => r.Descriptor.Id).OrderBy(id => id, StringComparer.Ordinal), s_examples.Keys.OrderBy(id => id, StringComparer.Ordinal));
        Assert.Equal(EvaluationRules.All.Select(d => d.Id), EvaluationRules.Rules.Select(r => r.Descriptor.Id));
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Consistent_example_finds_nothing(string ruleId)
    {
        var example = s_examples[ruleId];
        var result = Check(example.Consistent());
        Assert.Empty(Of(result, ruleId));
        if (example.RunsWhenConsistent) Assert.Contains(result.RulesRun, r => r.Id == ruleId);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Broken_example_is_one_finding_at_the_rules_severity(string ruleId)
    {
        var finding = Assert.Single(Of(Check(s_examples[ruleId].Broken()), ruleId));
        Assert.Equal(finding.Rule.MaxSeverity < Severity.Error ? finding.Rule.MaxSeverity : Severity.Error, finding.Severity);
        Assert.Equal(CheckOutcome.Inconsistent, finding.Outcome);
    }

    [Theory]
    [MemberData(nameof(RoundingRuleIds))]
    public void Rounding_only_example_is_information_not_an_error(string ruleId)
    {
        var example = s_examples[ruleId];
        var finding = Assert.Single(Of(Check(example.Rounding!()), ruleId));
        Assert.Equal(Severity.Info, finding.Severity);
        Assert.Equal(CheckOutcome.WithinRounding, finding.Outcome);
        Assert.Equal(example.RoundingValue, finding.Stated.Value);
    }
}
