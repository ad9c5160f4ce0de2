using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using FinalAccounts.Cli;
using FinalAccounts.Review.Batch;
using FinalAccounts.Review.Tests.Support;
using FinalAccounts.Scoring;
using Xunit;

namespace FinalAccounts.Review.Tests.Cli;

/// <summary>
/// <c>--policy</c> on the batch path: several reports, a folder or a reviewer output score their 绩效自评表 under the
/// chosen policy, as one report does. The seed's E1 专业技术资格考试 (≤134 万元, actual 137.40, stated 0) is the witness:
/// national (linear to zero at 2×) gives 5 × (1 − 3.40 ÷ 134) = 4.87 ≠ 0 → FA2003; 超标不得分 (national-zero) gives
/// 0 = stated → no FA2003 (worked by hand in the Cli tests' FindingsModelTests). Before, the batch path ignored
/// <c>--policy</c> and scored against every known policy, so even by default its findings differed from one report's.
/// </summary>
public sealed class CheckManyPolicyTests
{
    private static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = Program.Run(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    private static string[] RuleIds(string findingsJson)
    {
        using var doc = JsonDocument.Parse(findingsJson);
        return doc.RootElement.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("ruleId").GetString()!).ToArray();
    }

    [Fact]
    public void The_folder_path_scores_under_the_chosen_policy()
    {
        using var t = new TempFolder();
        t.Copy(Repository.Seed, "in/a.json");
        t.Copy(Repository.Seed, "in/b.json");
        foreach (var (policy, fa2003) in new[] { ("national", 1), ("national-zero", 0) })
        {
            var outDir = Path.Combine(t.Path, "out-" + policy);
            Run("check", Path.Combine(t.Path, "in"), "--output-dir", outDir, "--policy", policy);
            foreach (var name in new[] { "a.json", "b.json" })
            {
                var batch = File.ReadAllText(Path.Combine(outDir, name + ".findings.json"));
                Assert.Equal(fa2003, RuleIds(batch).Count(id => id == "FA2003"));
                // Each findings file is what checking that file alone under the same policy prints.
                var alone = Run("check", Path.Combine(t.Path, "in", name), "-f", "json", "--policy", policy).Out;
                Assert.Equal(alone.Trim(), batch.Trim());
            }
        }
    }

    [Fact]
    public void One_report_with_a_reviewer_output_keeps_its_policy()
    {
        using var t = new TempFolder();
        var seed = t.Copy(Repository.Seed, "seed.json");
        var plain = Run("check", seed, "-f", "json", "--policy", "national-zero");
        var withHtml = Run("check", seed, "-f", "json", "--policy", "national-zero", "--html", Path.Combine(t.Path, "page.html"));
        Assert.DoesNotContain("FA2003", RuleIds(plain.Out));
        Assert.Equal(plain.Out, withHtml.Out);
        Assert.Equal(plain.Exit, withHtml.Exit);
    }

    [Fact]
    public void The_library_entry_points_take_the_policy()
    {
        var file = new ReportFile(Repository.Seed, "seed.json");
        static int Fa2003(ReviewedReport r) => r.Check!.Findings.Count(f => f.RuleId == "FA2003");
        Assert.Equal(1, Fa2003(ReportReview.Check(file, ScoringPolicy.National)));
        Assert.Equal(0, Fa2003(ReportReview.Check(file, ScoringPolicy.Find("national-zero"))));
        // No policy: every known one may explain a table (EvaluationChecker's rule), and national-zero explains E1.
        Assert.Equal(0, Fa2003(ReportReview.Check(file)));
        Assert.Equal(new[] { 1, 1 }, BatchReview.Run(new[] { file, file }, Fa2003, policy: ScoringPolicy.National));
        Assert.Equal(new[] { 0, 0 }, BatchReview.Run(new[] { file, file }, Fa2003, policy: ScoringPolicy.Find("national-zero")));
    }

    [Fact]
    public void Without_policy_the_folder_path_scores_as_one_report_does_under_the_national_default()
    {
        using var t = new TempFolder();
        t.Copy(Repository.Seed, "in/a.json");
        var outDir = Path.Combine(t.Path, "out");
        Run("check", Path.Combine(t.Path, "in"), "--output-dir", outDir);
        var batch = File.ReadAllText(Path.Combine(outDir, "a.json.findings.json"));
        Assert.Equal(1, RuleIds(batch).Count(id => id == "FA2003"));
        Assert.Equal(Run("check", Path.Combine(t.Path, "in", "a.json"), "-f", "json").Out.Trim(), batch.Trim());
    }
}
