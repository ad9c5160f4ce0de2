using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace FinalAccounts.Cli.Tests;

/// <summary>
/// One findings model: score and check agree on the policy (default = national, by the same code), score's JSON carries
/// the findings its text and SARIF show, and a finding's 依据 names which rows it adds.
/// </summary>
public sealed class FindingsModelTests
{
    private static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = Program.Run(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    private static string[] RuleIds(string json, string array = "findings")
    {
        using var doc = JsonDocument.Parse(json);
        return doc.RootElement.GetProperty(array).EnumerateArray().Select(f => f.GetProperty("ruleId").GetString() + " " + f.GetProperty("message").GetString()).ToArray();
    }

    [Theory]
    [InlineData("score")]
    [InlineData("check")]
    public void Default_policy_and_named_national_give_the_same_findings(string command)
    {
        var byDefault = Run(command, "-f", "json");
        var named = Run(command, "-f", "json", "--policy", "national");
        Assert.Equal(byDefault.Exit, named.Exit);
        Assert.Equal(RuleIds(byDefault.Out), RuleIds(named.Out));
        Assert.Equal(byDefault.Out, named.Out);
    }

    [Fact]
    public void Check_policy_changes_the_FA2003_verdict()
    {
        // E1 专业技术资格考试: ≤134 万元, actual 137.40, stated 0. National (linear to zero at 2×) gives
        // 5 × (1 − 3.40 ÷ 134) = 4.87 → FA2003; 超标不得分 (national-zero) gives 0 = stated → no FA2003.
        Assert.Single(RuleIds(Run("check", "-f", "json").Out), f => f.StartsWith("FA2003 ", StringComparison.Ordinal));
        Assert.DoesNotContain(RuleIds(Run("check", "-f", "json", "--policy", "national-zero").Out), f => f.StartsWith("FA2003 ", StringComparison.Ordinal));
    }

    [Fact]
    public void Under_one_chosen_policy_FA2003_does_not_claim_no_known_policy_explains_the_table()
    {
        // E1 is explained in full by 超标不得分 (national-zero); checked against national alone, the finding says so much.
        var fa2003 = RuleIds(Run("score", "-f", "json").Out).Single(f => f.StartsWith("FA2003 ", StringComparison.Ordinal));
        Assert.Contains("按国家默认应得 4.87，相差 -4.87 分；所选评分规则国家默认不能解释该表全部得分", fa2003, StringComparison.Ordinal);
        Assert.DoesNotContain("已知评分规则均不能解释", fa2003, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_json_carries_the_same_findings_as_sarif_and_text()
    {
        var json = Run("score", "-f", "json");
        var sarif = Run("score", "-f", "sarif");
        var text = Run("score");
        var fromJson = RuleIds(json.Out);
        using var sarifDoc = JsonDocument.Parse(sarif.Out);
        var fromSarif = sarifDoc.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Select(r => r.GetProperty("ruleId").GetString()).ToArray();
        // FA2020 ×10, FA2021, FA2030 and, under national, FA2003 (worked out in CheckCommandTests).
        Assert.Equal(13, fromJson.Length);
        Assert.Equal(fromSarif, fromJson.Select(f => f.Split(' ')[0]));
        using var doc = JsonDocument.Parse(json.Out);
        Assert.Equal(2, doc.RootElement.GetProperty("summary").GetProperty("errors").GetInt32());
        Assert.Equal(5, doc.RootElement.GetProperty("evaluations").GetArrayLength());
        var textFindings = text.Out.Split('\n').Count(l => l.StartsWith("错误 FA2", StringComparison.Ordinal) || l.StartsWith("警告 FA2", StringComparison.Ordinal) || l.StartsWith("提示 FA2", StringComparison.Ordinal));
        Assert.Equal(13, textFindings);
    }

    [Fact]
    public void Inputs_of_a_sum_are_named_by_their_function_code()
    {
        // Seed 2.5-4: 社会保障和就业支出 2684.66 = the eleven 项 of 208 listed in 2.5-5 … 2.5-15; each 依据 entry names its
        // 项, e.g. 2080101 行政运行 815.07 and 2080102 一般行政管理事务 186.85 (both in 2.5-5/2.5-6 of the seed).
        using var doc = JsonDocument.Parse(Run("check", "-f", "json").Out);
        var fa1040 = doc.RootElement.GetProperty("findings").EnumerateArray()
            .First(f => f.GetProperty("ruleId").GetString() == "FA1040" && f.GetProperty("location").GetProperty("id").GetString() == "2.5-4");
        var message = fa1040.GetProperty("message").GetString()!;
        Assert.Contains("依据：2080101 行政运行 一般公共预算财政拨款支出（决算）815.07万元，2080102 一般行政管理事务 一般公共预算财政拨款支出（决算）186.85万元", message, StringComparison.Ordinal);
        var named = message.Substring(message.IndexOf("依据：", StringComparison.Ordinal)).Split('，');
        Assert.Equal(11, named.Length);
        Assert.Equal(11, named.Select(n => n.Split(' ')[0].TrimStart('依', '据', '：')).Distinct().Count());
        Assert.All(fa1040.GetProperty("inputs").EnumerateArray(), i => Assert.StartsWith("208", i.GetProperty("code").GetString(), StringComparison.Ordinal));
    }
}
