using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace FinalAccounts.Cli.Tests;

/// <summary><c>finacct score</c> on the bundled seed: recomputed scores beside the stated ones, explaining policies, formats, refusals.</summary>
public sealed class ScoreCommandTests
{
    private static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = Program.Run(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Seed_scores_are_shown_beside_the_stated_ones_with_the_policies_that_explain_them()
    {
        var (exit, output, err) = Run("score");
        // Exit 1: the seed's tables have FA2xxx errors (10 × FA2020, FA2021, FA2030).
        Assert.Equal(1, exit);
        Assert.Equal(string.Empty, err);
        // E1 专业技术资格考试 ≤134, actual 137.40, stated 0: national (linear to 2×) gives (1 − 3.40/134) × 5 = 4.87.
        Assert.Contains("专业技术资格考试  [≤134万元 实际 137.40万元]  分值 5  列示 0  重算 4.87 ✗ -4.87", output, StringComparison.Ordinal);
        // Only 超标不得分 explains E1 (its total 95 = 10 + 45 + 30 + 10 with the overshot row at 0).
        Assert.Contains("可解释全部得分的评分规则: 超标不得分 (national-zero)\n", output.Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);
        // E4: 31 ÷ 35 = 88.57%, × 10 = 8.86; total 8.86 + 90 = 98.86.
        Assert.Contains("执行率 列示 88.57% 重算 88.57%   得分 列示 8.86 重算 8.86 ✓", output, StringComparison.Ordinal);
        Assert.Contains("总分 列示 98.86  重算 98.86 ✓  等级 优", output, StringComparison.Ordinal);
        // E2: 443/630 × 8 = 5.625… → 5.63 and 361/630 × 7 = 4.011… → 4.01; total 94.64.
        Assert.Contains("整卷档案数字化  [≥630卷 实际 443.00卷]  分值 8  列示 5.63  重算 5.63 ✓", output, StringComparison.Ordinal);
        Assert.Contains("总分 列示 94.64  重算 94.64 ✓", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Under_the_zero_overshoot_policy_E1_recomputes_to_its_stated_95()
    {
        var (_, output, _) = Run("score", "--policy", "national-zero");
        Assert.Contains("按「超标不得分」(national-zero) 重算", output, StringComparison.Ordinal);
        Assert.Contains("总分 列示 95.00  重算 95.00 ✓", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_lists_each_evaluation_with_its_explaining_policies()
    {
        var (exit, output, _) = Run("score", "--format", "json");
        Assert.Equal(1, exit);
        using var doc = JsonDocument.Parse(output);
        var evaluations = doc.RootElement.GetProperty("evaluations");
        Assert.Equal(5, evaluations.GetArrayLength());
        var e1 = evaluations[0];
        Assert.Equal(new[] { "national-zero" }, e1.GetProperty("explainedBy").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal("95.00", e1.GetProperty("total").GetProperty("stated").GetString());
        Assert.Equal(99.87m, e1.GetProperty("total").GetProperty("recomputed").GetDecimal());
        Assert.Equal(4, evaluations[1].GetProperty("explainedBy").GetArrayLength());
    }

    [Fact]
    public void Sarif_reports_the_FA2xxx_findings()
    {
        var (exit, output, _) = Run("score", "--format", "sarif");
        Assert.Equal(1, exit);
        using var doc = JsonDocument.Parse(output);
        var results = doc.RootElement.GetProperty("runs")[0].GetProperty("results");
        // The 12 FA2xxx findings `check` gives for the evaluations (see CheckCommandTests), plus E1's FA2003 under the
        // default national policy.
        Assert.Equal(13, results.GetArrayLength());
        Assert.All(results.EnumerateArray(), r => Assert.StartsWith("FA20", r.GetProperty("ruleId").GetString(), StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("--policy", "twenty-eighty")]
    [InlineData("--policy")]
    [InlineData("--format", "xml")]
    [InlineData("--bogus")]
    public void Bad_usage_exits_2_with_a_message(params string[] args)
    {
        var (exit, output, err) = Run(new[] { "score" }.Concat(args).ToArray());
        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, output);
        Assert.StartsWith("finacct score:", err, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_exits_2_naming_it()
    {
        var (exit, _, err) = Run("score", "/nonexistent/report.json");
        Assert.Equal(2, exit);
        Assert.Contains("/nonexistent/report.json", err, StringComparison.Ordinal);
    }
}
