using System.Linq;
using FinalAccounts.Money;
using FinalAccounts.Reports;
using FinalAccounts.Scoring;
using FinalAccounts.Validation;
using Xunit;
using static FinalAccounts.Core.Tests.Scoring.PrintedTables;

namespace FinalAccounts.Core.Tests.Scoring;

/// Issue 15: 绩效自评表 as the central, Sichuan and Yunnan templates print them — per template a consistent, a rounding-only
/// and a broken table, every expected value worked out by hand in the comments.
public sealed class PrintedTemplateTests
{
    // ── central 10 / 50 / 30 / 10 ────────────────────────────────────────────────────────────────────────────────────────

    /// 80 + 20 = 100 and 76 + 19 = 95; 95 ÷ 100 = 95% → 9.5 of 10; 满意度 85 of ≥90 → 85/90 × 10 = 9.444… → 9.44;
    /// total 9.5 + 20 + 15 + 15 + 27 + 9.44 = 95.94; blocks 20 + 15 + 15 = 50, 30, 10 as printed.
    internal static string Central(string executedFiscal = "76", string costWeight = "15", string benefitWeight = "30", string satisfactionScore = "9.44",
        string total = "95.94", string totalRow = "100", string fundsTotal = "100", string fiscal = "80", string carried = "20", string executedCarried = "19",
        string executedTotal = "95")
        => Evaluation(
            new[]
            {
                Row("年度资金总额", fundsTotal, fundsTotal, executedTotal, "10", "95", "9.5"),
                Row("其中：本年财政拨款", fiscal, fiscal, executedFiscal, rate: "95"),
                Row("上年结转资金", carried, carried, executedCarried, rate: "95"),
                Row("其他资金", null, null, null),
            },
            new[]
            {
                Indicator("产出指标(50分)", "数量指标", "培训人数", "正向", "大于等于", "500", "520", "人", "20", "20"),
                Indicator("产出指标", "质量指标", "合格率", "正向", "大于等于", "95", "96", "%", "15", "15"),
                Indicator("产出指标", "成本指标", "培训成本", "反向", "小于等于", "95", "90", "万元", costWeight, costWeight),
                Indicator("效益指标（30分）", "社会效益", "就业能力", "定性", null, "有效提升", "明显提升", null, benefitWeight, "27"),
                Indicator("满意度指标(10分)", "服务对象满意度", "学员满意度", "正向", "大于等于", "90", "85", "%", "10", satisfactionScore, "部分课程安排不合理"),
            },
            totalRow, total);

    [Fact]
    public void Central_consistent_table_has_no_finding_and_follows_the_central_template()
    {
        var table = Central();
        Assert.Empty(Accusations(table));
        var e = Read(table);
        Assert.Same(WeightTemplate.National, WeightTemplate.Infer(e));
        Assert.Equal(new[] { "产出指标", "效益指标", "满意度指标" }, e.Blocks.Select(b => b.Name));
        Assert.Equal(new[] { "50", "30", "10" }, e.Blocks.Select(b => b.StatedWeight!.Value));
        Assert.Equal(new[] { FundsRowKind.Total, FundsRowKind.FiscalAppropriation, FundsRowKind.CarriedOver, FundsRowKind.OtherFunds }, e.Funds.Select(r => r.Kind));
        // Checked, not skipped: FA2006 ran on the three amount columns and FA2012 on the three printed block weights.
        var report = EvaluationChecker.Check(Report(table));
        Assert.Contains(report.RulesRun, r => r.Id == "FA2006");
        Assert.Contains(report.RulesRun, r => r.Id == "FA2012");
    }

    [Fact]
    public void Central_rounding_only_table_is_information_never_an_error()
    {
        // 66.67 + 33.34 = 100.01 against 100.00 and 63.34 + 31.67 = 95.01 against 95.00: each part may be ±0.005, so the
        // sum may be 100.00 — 尾差. The 满意度 score 9.444… printed with one decimal, 9.4, is a rounded score.
        var table = Central(fundsTotal: "100.00", fiscal: "66.67", carried: "33.34", executedFiscal: "63.34", executedCarried: "31.67", executedTotal: "95.00",
            satisfactionScore: "9.4", total: "95.9");
        var table2 = table.Replace("\"executionRate\": \"95\"}, {\"name\": \"上年结转资金\"", "\"executionRate\": null}, {\"name\": \"上年结转资金\"")
            .Replace("\"31.67\", \"weight\": null, \"executionRate\": \"95\"", "\"31.67\", \"weight\": null, \"executionRate\": null");
        Assert.Empty(Accusations(table2));
        var sums = Findings(table2).Where(f => f.RuleId == "FA2006").ToList();
        Assert.Equal(3, sums.Count);
        Assert.All(sums, f => Assert.Equal(CheckOutcome.WithinRounding, f.Outcome));
    }

    [Fact]
    public void Central_broken_table_is_caught_at_each_wrong_cell()
    {
        // 财政拨款 executed 70 instead of 76: 70 + 19 = 89 ≠ 95 (FA2006 at 年度资金总额·全年执行数) and 70 ÷ 80 = 87.5% ≠ the
        // printed 95% (FA2001 at 其中：本年财政拨款·执行率). 成本 weighted 10 and 效益 35: 产出 20 + 15 + 10 = 45 ≠ 50 and 效益 35 ≠ 30
        // (FA2012 at each 一级 cell); Σ weights stays 100 (no FA2010). 10 + 45 + 35 + 10 still fits Sichuan's 10 + 90 (the unit
        // assigns the 90), so FA2011 speaks only when the central template is chosen.
        var table = Central(executedFiscal: "70", costWeight: "10", benefitWeight: "35", total: "90.94");
        var found = Accusations(table);
        Assert.Equal(new[] { "FA2001", "FA2006", "FA2012", "FA2012" }, found.Select(f => f.RuleId).OrderBy(x => x));
        Assert.Contains(Accusations(table, ScoringPolicy.National), f => f.RuleId == "FA2011");
        var sum = found.Single(f => f.RuleId == "FA2006");
        Assert.Equal(("年度资金总额", "全年执行数"), (sum.Stated.Location.Row, sum.Stated.Location.Column));
        Assert.Equal(6m, System.Math.Abs(sum.Result.Difference));
        Assert.StartsWith("E6「测试项目」项目资金 全年执行数", sum.Message);
        Assert.Equal(("其中：本年财政拨款", "执行率"), (found.Single(f => f.RuleId == "FA2001").Stated.Location.Row, found.Single(f => f.RuleId == "FA2001").Stated.Location.Column));
        Assert.Equal(new[] { "产出指标", "效益指标" }, found.Where(f => f.RuleId == "FA2012").Select(f => f.Stated.Location.Row));
        Assert.Same(WeightTemplate.Sichuan, WeightTemplate.Infer(Read(table)));
    }

    [Fact]
    public void Weights_printed_with_decimals_may_carry_their_rounding_but_integer_weights_are_exact()
    {
        // 50 ÷ 3 printed 16.67 three times: 50.01 against 产出指标(50分) and 100.01 in all, within 3 × 0.005 — information
        // only (FA2012, FA2010), and the central template still admits it. Total 9.5 + 50.01 + 27 + 9.44 = 95.95.
        string Rows(string w) => Evaluation(new[] { Row("年度资金总额", "100", "100", "95", "10", "95", "9.5") },
            new[]
            {
                Indicator("产出指标(50分)", "数量指标", "a", "正向", "大于等于", "1", "1", "个", w, w),
                Indicator("产出指标", "数量指标", "b", "正向", "大于等于", "1", "1", "个", w, w),
                Indicator("产出指标", "数量指标", "c", "正向", "大于等于", "1", "1", "个", w, w),
                Indicator("效益指标(30分)", "社会效益", "d", "定性", null, "有效", "明显", null, "30", "27"),
                Indicator("满意度指标(10分)", "服务对象满意度", "e", "正向", "大于等于", "90", "85", "%", "10", "9.44", "原因"),
            }, "100", w == "16.67" ? "95.95" : "96.94");
        var rounded = Rows("16.67");
        Assert.Empty(Accusations(rounded));
        Assert.Equal(new[] { "FA2010", "FA2012" }, Findings(rounded).Select(f => f.RuleId).OrderBy(x => x));
        Assert.All(Findings(rounded), f => Assert.Equal(CheckOutcome.WithinRounding, f.Outcome));
        Assert.Same(WeightTemplate.National, WeightTemplate.Infer(Read(rounded)));
        // 17 × 3 = 51: assigned integers are exact, so 51 ≠ 50 (FA2012) and 101 ≠ 100 (FA2010). Total 9.5 + 51 + 27 + 9.44.
        var integers = Rows("17");
        Assert.Equal(new[] { "FA2010", "FA2011", "FA2012" }, Accusations(integers).Select(f => f.RuleId).OrderBy(x => x));
    }

    // ── Sichuan 10 + 90 ──────────────────────────────────────────────────────────────────────────────────────────────────

    /// 35 / 35 / 31: 31 ÷ 35 = 88.571…% → × 10 = 8.857… → 8.86; 产出 3 × 20 = 60, 效益 30, no 满意度; total 8.86 + 90 = 98.86.
    internal static string Sichuan(string score = "8.86", string total = "98.86", string outputWeight = "20", string totalRow = "100")
        => Evaluation(
            new[] { Row("年度资金总额", "35", "35", "31", "10", "88.57", score), Row("其中：财政拨款", "35", "35", "31", rate: "88.57"), Row("上年结转资金", null, null, null), Row("其他资金", "0", "0", "0", rate: "0") },
            new[]
            {
                Indicator("产出指标", "数量指标", "新建公里数", "正向", "大于等于", "12", "12.5", "公里", outputWeight, outputWeight),
                Indicator("产出指标", "质量指标", "验收合格率", "正向", "大于等于", "100", "100", "百分比", "20", "20"),
                Indicator("产出指标", "成本指标", "每公里造价", "反向", "小于等于", "2.5", "2.48", "万元/公里", "20", "20"),
                Indicator("效益指标", "社会效益", "群众出行", "定性", null, "改善", "明显改善", null, "30", "30"),
            },
            totalRow, total);

    [Fact]
    public void Sichuan_consistent_table_follows_10_plus_90()
    {
        Assert.Empty(Accusations(Sichuan()));
        Assert.Empty(Accusations(Sichuan(), ScoringPolicy.Sichuan));
        Assert.Same(WeightTemplate.Sichuan, WeightTemplate.Infer(Read(Sichuan())));
        // Under the central template alone, 60 / 30 with no 满意度 is flagged (a warning, not an error).
        Assert.Equal(new[] { "FA2011" }, Accusations(Sichuan(), ScoringPolicy.National).Select(f => f.RuleId));
    }

    [Fact]
    public void Sichuan_rounding_only_table_prints_one_decimal()
        // 8.857… printed as 8.9 is a rounded score; total 8.9 + 90 = 98.9.
        => Assert.Empty(Accusations(Sichuan(score: "8.9", total: "98.9")));

    [Fact]
    public void Sichuan_broken_execution_score_is_FA2002()
    {
        // 9.86 where 31 ÷ 35 × 10 = 8.857… gives 8.86; the total adds the printed parts (99.86), so only FA2002 speaks.
        var found = Accusations(Sichuan(score: "9.86", total: "99.86"));
        var f = Assert.Single(found);
        Assert.Equal("FA2002", f.RuleId);
        Assert.Equal(("年度资金总额", "得分"), (f.Stated.Location.Row, f.Stated.Location.Column));
    }

    // ── Yunnan 20 + 80 ───────────────────────────────────────────────────────────────────────────────────────────────────

    /// 31 ÷ 35 = 88.571…% × 20 = 17.714… → 17.71; 产出 2 × 25 = 50, 效益 30; total 17.71 + 80 = 97.71.
    internal static string Yunnan(string rate = "88.57", string score = "17.71", string total = "97.71")
        => Evaluation(
            new[] { Row("年度资金总额", "35", "35", "31", "20", rate, score), Row("其中：本年财政拨款", "30", "30", "26"), Row("上年结转资金", "5", "5", "5"), Row("其他资金", null, null, null) },
            new[]
            {
                Indicator("产出指标(50分)", "数量指标", "防疫头数", "正向", "大于等于", "1200", "1250", "头", "25", "25"),
                Indicator("产出指标", "时效指标", "完成时限", "反向", "小于等于", "12", "11", "月", "25", "25"),
                Indicator("效益指标(30分)", "经济效益", "养殖户增收", "定性", null, "增收", "户均增收0.3万元", null, "30", "30"),
            },
            "100", total);

    [Fact]
    public void Yunnan_consistent_table_follows_20_plus_80()
    {
        Assert.Empty(Accusations(Yunnan()));
        Assert.Empty(Accusations(Yunnan(), ScoringPolicy.Yunnan));
        Assert.Same(WeightTemplate.Yunnan, WeightTemplate.Infer(Read(Yunnan())));
        Assert.Equal(17.71m, EvaluationScorer.Score(Read(Yunnan()), ScoringPolicy.Yunnan).ExecutionScore);
    }

    [Fact]
    public void Yunnan_rounding_only_table_prints_integer_scores()
        // Integer-score template: 17.714… printed 18, total 18 + 80 = 98.
        => Assert.Empty(Accusations(Yunnan(score: "18", total: "98")));

    [Fact]
    public void Yunnan_broken_rate_is_FA2001_at_the_rate_cell()
    {
        // 88.75 (digits swapped) where 31 ÷ 35 = 88.571…%.
        var f = Assert.Single(Accusations(Yunnan(rate: "88.75")));
        Assert.Equal("FA2001", f.RuleId);
        Assert.Equal(("年度资金总额", "执行率"), (f.Stated.Location.Row, f.Stated.Location.Column));
    }

    // ── the scored row cannot give its rate (15.1) ────────────────────────────────────────────────────────────────────────

    [Fact]
    public void A_zero_over_zero_scored_row_names_the_row_that_explains_its_rate_and_score()
    {
        // 年度资金总额 prints 0 / 0 / 0 yet 88.57% and 8.86; 其中：财政拨款 35 / 35 / 31 gives 88.571…% → 8.86.
        var table = Evaluation(
            new[] { Row("年度资金总额", "0", "0", "0", "10", "88.57", "8.86"), Row("其中：财政拨款", "35", "35", "31", rate: "88.57") },
            new[] { Indicator("产出指标", "数量指标", "人数", "正向", "大于等于", "10", "10", "人", "90", "90") }, "100", "98.86");
        var found = Accusations(table);
        var unverifiable = Assert.Single(found, f => f.RuleId == "FA2007");
        Assert.Equal(Severity.Warning, unverifiable.Severity);
        Assert.Contains("「其中：财政拨款」全年执行数 31 ÷ 全年预算数 35 = 88.5714%", unverifiable.Message);
        Assert.Contains("其中：财政拨款", Assert.Single(found, f => f.RuleId == "FA2001").Message);
        // 0 ≠ 35 in each amount column; and the score, whose rate cannot be computed, is never "consistent".
        Assert.Equal(3, found.Count(f => f.RuleId == "FA2006"));
        Assert.DoesNotContain(found, f => f.RuleId == "FA2002");
        Assert.Null(EvaluationVerifier.Compare(Read(table), ScoringPolicy.National).Execution);
    }

    [Fact]
    public void A_blank_scored_row_is_unverifiable_and_says_when_no_row_explains_it()
    {
        // Blank amounts on 年度资金总额: not printed, not 0 — no FA2006, no FA2001; the score is unverifiable (FA2007).
        var explained = Evaluation(
            new[] { Row("年度资金总额", null, null, null, "10", "88.57", "8.86"), Row("其中：财政拨款", "35", "35", "31") },
            new[] { Indicator("产出指标", "数量指标", "人数", "正向", "大于等于", "10", "10", "人", "90", "90") }, "100", "98.86");
        var f = Assert.Single(Accusations(explained));
        Assert.Equal("FA2007", f.RuleId);
        Assert.Contains("全年预算数未列示", f.Message);
        Assert.Contains("可解释列示的执行率与得分", f.Message);
        // 20 ÷ 35 = 57.14% explains neither 88.57% nor 8.86.
        var unexplained = explained.Replace("\"35\", \"fullYearBudget\": \"35\", \"executed\": \"31\"", "\"35\", \"fullYearBudget\": \"35\", \"executed\": \"20\"");
        Assert.Contains("其他各行亦不能解释", Assert.Single(Accusations(unexplained)).Message);
    }
}
