using System.Linq;
using System.Text.Json;
using FinalAccounts.Import.Tests.Cli;
using FinalAccounts.Reports;
using FinalAccounts.Testing;
using Xunit;

namespace FinalAccounts.Import.Tests.Targets;

/// <summary>
/// FA1215 end to end (issue 18.4): `finacct check 预算.pdf 决算 --cross` with the 预算 a PDF whose 绩效目标表 the import
/// reads. The 决算 is the seed (乌海市人社局 2024, five real 自评表); the 预算 PDF prints one 目标表 per 自评表, each row the
/// 自评表's 一级/二级/三级 with its 年度指标值 (≥/≤ from its 指标方向, its 计量单位) and 分值, as the 预算 would have set them.
/// No 决算 PDF with a 自评表 is at hand (the shared Putuo 决算 prints none, and its 自评表 import is issue 15.6's): the
/// 决算 side is the seed's report file.
/// </summary>
public sealed class TargetCrossCheckEndToEndTests
{
    private static readonly FinalAccountsReport s_seed = ReportReader.ReadFile(Repository.PathOf("seeds", "reports", "wuhai-hrss-2024.json"));

    /// <summary>The seed's 自评表 as 目标表 (consecutive rows of one 一级/二级 merged), one row's 指标值 replaced when asked.</summary>
    private static TargetTable[] Targets(string? changed = null) => s_seed.Evaluations.Select(e =>
    {
        string Value(PerformanceIndicator i)
            => (i.Direction switch { IndicatorDirection.AtLeast => "≥", IndicatorDirection.AtMost => "≤", _ => string.Empty }) + i.Target.Text + (i.Target.IsNumber ? i.Target.Unit : string.Empty);
        var level1 = e.Indicators.GroupBy(i => i.Level1).Select(g1 => new Level1Group(g1.Key, g1.GroupBy(i => i.Level2)
            .Select(g2 => new Level2Group(g2.Key, g2.Select(i => new TargetRow(i.Level3, changed != null && i == e.Indicators[0] && e == s_seed.Evaluations[0] ? changed : Value(i), i.Weight.Value)).ToArray())).ToArray())).ToArray();
        return new TargetTable(e.Project, e.Department, e.Implementer, null, e.ExpectedGoal.Length > 0 ? e.ExpectedGoal : "完成年度目标", level1, true);
    }).ToArray();

    private static string Budget(TempFiles files, string name, string? changed = null)
        => files.Write(name, TargetPdfRenderer.Render(Targets(changed), 800, "乌海市2024年单位预算", "预算单位：" + s_seed.Info.UnitName, 2024));

    [SkippableFact]
    public void The_targets_of_a_budget_pdf_agree_with_the_final_accounts_evaluations()
    {
        CjkFont.Require();
        using var files = new TempFiles();
        var pdf = Budget(files, "budget.pdf");
        var imported = ReportImporter.ImportFile(pdf).Report;
        Assert.Equal(new[] { "人事考试及各类资格、职称考试评审考务费", "干部人事档案信息化建设专项经费", "金保工程", "就业、创业补助资金", "劳动监察办案经费" }, imported.Targets.Select(t => t.Project));
        Assert.Equal(new[] { 12, 11, 11, 13, 11 }, imported.Targets.Select(t => t.Indicators.Count));
        var (code, stdout, _) = Finacct.Run("check", pdf, Repository.PathOf("seeds", "reports", "wuhai-hrss-2024.json"), "--cross", "--format", "json");
        using var json = JsonDocument.Parse(stdout);
        var findings = json.RootElement.GetProperty("findings").EnumerateArray().Where(f => f.GetProperty("ruleId").GetString() == "FA1215").ToList();
        Assert.DoesNotContain("FA1215", json.RootElement.GetProperty("rulesNotRun").EnumerateArray().Select(r => r.GetString()));
        Assert.Empty(findings.Select(f => f.ToString()));
        Assert.NotEqual(2, code);
        // Every one of the 58 rows compared: value and 分值 (each printed here), as in the library's own check.
        var check = FinalAccounts.Validation.CrossChecker.Check(imported, s_seed);
        Assert.Contains(check.RulesRun, r => r.Id == "FA1215");
        Assert.Equal(2 * 58, check.ChecksRun);
    }

    [SkippableFact]
    public void A_target_changed_in_the_budget_pdf_is_named_by_the_cross_check()
    {
        CjkFont.Require();
        using var files = new TempFiles();
        // E1's first row 各类人事考试 is evaluated against ≥3 项; the 预算 here set ≥4 项.
        var pdf = Budget(files, "budget.pdf", "≥4项");
        var (_, stdout, stderr) = Finacct.Run("check", pdf, Repository.PathOf("seeds", "reports", "wuhai-hrss-2024.json"), "--cross");
        Assert.Contains("FA1215", stdout + stderr);
        Assert.Contains("各类人事考试", stdout);
        Assert.Contains("≥4项", stdout);
    }
}
