using System;
using FinalAccounts.Reports;
using FinalAccounts.Scoring;
using Xunit;
using static FinalAccounts.Core.Tests.Scoring.PrintedTables;

namespace FinalAccounts.Core.Tests.Scoring;

/// <summary>
/// WeightTemplate's corners: a 成本指标 block merged into 产出指标 brings its rounding slack along; a block the template does
/// not name is refused (not an exception); a description prints weights without trailing zeros; a template keeps the
/// evidence it is given; Infer refuses a null table even with no template to try. Worked by hand.
/// </summary>
public class WeightTemplateMergeTests
{
    private static string Q(string level1, string name, string weight) => Indicator(level1, "数量指标", name, "正向", "大于等于", "1", "1", "个", weight, weight);

    private static PerformanceEvaluation Table(params string[] rows)
        => Read(Evaluation(new[] { Row("年度资金总额", "100", "100", "100", "10", "100", "10") }, rows, "100", "100"));

    [Fact]
    public void A_cost_block_merged_into_output_brings_its_slack()
    {
        // 产出 39.9 + 成本 10.0 = 49.9 against the national 50: off by 0.1 = 0.05 (39.9) + 0.05 (10.0), admitted;
        // without the 成本 row's half digit only 0.05 would be allowed.
        Assert.True(WeightTemplate.National.Admits(Table(Q("产出指标", "a", "39.9"), Q("成本指标", "b", "10.0"), Q("效益指标", "c", "30"), Q("满意度指标", "d", "10"))));
        // 39.8 + 10.0 = 49.8 is off by 0.2: refused.
        Assert.False(WeightTemplate.National.Admits(Table(Q("产出指标", "a", "39.8"), Q("成本指标", "b", "10.0"), Q("效益指标", "c", "30"), Q("满意度指标", "d", "10"))));
    }

    [Fact]
    public void A_block_the_template_does_not_name_is_refused()
    {
        // Three blocks adding up to 90 like the national template's, but 社会指标 in place of 满意度指标.
        Assert.False(WeightTemplate.National.Admits(Table(Q("产出指标", "a", "50"), Q("效益指标", "c", "30"), Q("社会指标", "d", "10"))));
        Assert.Null(WeightTemplate.Infer(Table(Q("产出指标", "a", "50"), Q("效益指标", "c", "30"), Q("社会指标", "d", "10")), new[] { WeightTemplate.National }));
    }

    [Fact]
    public void A_description_prints_weights_without_trailing_zeros()
    {
        // 12.50 and 87.50 print as 12.5 and 87.5; 30.00 as 30.
        Assert.Equal("执行率 12.5 / 绩效指标 87.5", new WeightTemplate("t", "e", 12.50m, 87.50m).Describe());
        Assert.Equal("执行率 10 / 产出指标 60 / 效益指标 30", new WeightTemplate("t", "e", 10.00m, 90.00m,
            new[] { new System.Collections.Generic.KeyValuePair<string, decimal>("产出指标", 60.00m), new("效益指标", 30.00m) }).Describe());
    }

    [Fact]
    public void A_template_keeps_its_evidence_and_name()
    {
        var t = new WeightTemplate("自定", "某地 2024 [V]", 10m, 90m);
        Assert.Equal("某地 2024 [V]", t.Evidence);
        Assert.Equal("自定", t.ToString());
    }

    [Fact]
    public void Infer_refuses_a_null_table_even_with_no_template_to_try()
        => Assert.Equal("evaluation", Assert.Throws<ArgumentNullException>(() => WeightTemplate.Infer(null!, Array.Empty<WeightTemplate>())).ParamName);
}
