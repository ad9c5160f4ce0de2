using System;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using FinalAccounts.Import.Tests.Cli;
using FinalAccounts.Testing;
using Xunit;

namespace FinalAccounts.Import.Tests.Evaluations;

/// <summary>
/// FA2040 end to end (issue 15.6): a 决算 PDF whose 说明 (十、预算绩效管理情况) summarises the self-evaluation in the
/// template's wording — 项目个数, 涉及预算金额, 平均得分, the count per 绩效评级 — followed by the 自评表 it summarises.
/// `finacct check` and `finacct score` on the PDF compare the two: nothing found when they agree, an error when a band
/// count or the sum is changed. The summary's figures are worked out here from the generated tables, not by the code.
/// </summary>
public sealed class EvaluationSummaryPdfTests : IDisposable
{
    private readonly TempFiles _files = new();

    public void Dispose() => _files.Dispose();

    private static readonly GeneratedEvaluation[] s_tables =
    {
        new(EvaluationTemplate.Central, new EvaluationLayout(true, false, false, false, 4, false), 7),
        new(EvaluationTemplate.Central, new EvaluationLayout(true, true, true, true, 3, false), 11),
    };

    private static decimal Total(GeneratedEvaluation e) => decimal.Parse(e.TotalScore, CultureInfo.InvariantCulture);

    private static string Band(decimal total) => total >= 90 ? "优" : total >= 80 ? "良" : total >= 60 ? "合格" : "不合格";

    /// <summary>The 说明 page: its part heading, 十's heading and the summary sentence, with the figures given or worked out from the tables.</summary>
    private string Pdf(decimal? funds = null, int extraExcellent = 0)
    {
        var sum = funds ?? s_tables.Sum(e => decimal.Parse(e.Funds[0].Cells[1]!, CultureInfo.InvariantCulture));
        var mean = Math.Round(s_tables.Average(Total), 2, MidpointRounding.AwayFromZero);
        string Count(string band) => (s_tables.Count(e => Band(Total(e)) == band) + (band == "优" ? extraExcellent : 0)).ToString(CultureInfo.InvariantCulture);
        var sentence = "测试单位根据预算绩效管理要求组织对项目支出开展绩效自评，绩效自评的2024年度项目2个，涉及预算金额" + sum.ToString("0.00", CultureInfo.InvariantCulture)
            + "万元，平均得分" + mean.ToString("0.00", CultureInfo.InvariantCulture) + "分（其中，绩效评级为“优”的项目" + Count("优") + "个，绩效评级为“良”的项目" + Count("良")
            + "个，绩效评级为“合格”的项目" + Count("合格") + "个，绩效评级为“不合格”的项目" + Count("不合格") + "个）。";
        var bytes = EvaluationPdfRenderer.RenderAfterExplanation(new[] { "第三部分测试单位2024年度部门决算情况说明", "十、预算绩效管理情况", sentence }, s_tables);
        return _files.Write("report.pdf", bytes);
    }

    private static (string[] Findings, bool Ran) Run(string command, string pdf)
    {
        var (code, stdout, stderr) = Finacct.Run(command, pdf, "-f", "json");
        Assert.True(code != 2, stderr);
        using var json = JsonDocument.Parse(stdout);
        var findings = json.RootElement.GetProperty("findings").EnumerateArray().Where(f => f.GetProperty("ruleId").GetString() == "FA2040")
            .Select(f => f.GetProperty("severity").GetString() + " " + f.GetProperty("message").GetString()).ToArray();
        var ran = !json.RootElement.TryGetProperty("rulesNotRun", out var notRun) || !notRun.EnumerateArray().Any(r => r.ToString().Contains("FA2040", StringComparison.Ordinal));
        return (findings, ran);
    }

    [SkippableFact]
    public void The_summary_and_the_tables_of_one_pdf_agree()
    {
        CjkFont.Require();
        // Precondition of the hand figures: no 总分 within rounding of a band's bound (a count rounding could change is only info).
        Assert.All(s_tables, e => Assert.DoesNotContain(new[] { 90m, 80m, 60m }, b => Math.Abs(Total(e) - b) <= 0.01m));
        var pdf = Pdf();
        var imported = ReportImporter.ImportFile(pdf).Report;
        Assert.Equal(2, imported.Evaluations.Count);
        Assert.Contains(imported.Statements.SelectMany(s => s.Figures), f => f.Key.Concept == "绩效自评项目" && f.Value == "2");
        foreach (var command in new[] { "check", "score" })
        {
            var (findings, ran) = Run(command, pdf);
            Assert.True(ran, command + " did not run FA2040");
            Assert.Empty(findings);
        }
        var check = FinalAccounts.Scoring.EvaluationChecker.CheckAll(imported);
        Assert.Contains(check.RulesRun, r => r.Id == "FA2040");
        Assert.True(check.ChecksRun > 0);
    }

    [SkippableFact]
    public void A_changed_band_count_is_an_error()
    {
        CjkFont.Require();
        var pdf = Pdf(extraExcellent: 1);
        foreach (var command in new[] { "check", "score" })
        {
            var (findings, _) = Run(command, pdf);
            Assert.Contains(findings, f => f.StartsWith("error", StringComparison.Ordinal) && f.Contains("优", StringComparison.Ordinal));
        }
    }

    [SkippableFact]
    public void A_changed_sum_is_an_error()
    {
        CjkFont.Require();
        var right = s_tables.Sum(e => decimal.Parse(e.Funds[0].Cells[1]!, CultureInfo.InvariantCulture));
        // 10 万元 more: beyond what rounding or cutting the tables' whole-万元 budgets (each printed as "225" may be up to 226) could explain.
        var pdf = Pdf(funds: right + 10.00m);
        foreach (var command in new[] { "check", "score" })
        {
            var (findings, _) = Run(command, pdf);
            Assert.Contains(findings, f => f.StartsWith("error", StringComparison.Ordinal));
        }
    }
}
