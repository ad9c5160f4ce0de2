using System;
using System.Linq;
using System.Text.Json;
using FinalAccounts.Import.Tests.Cli;
using FinalAccounts.Import.Tests.Evaluations;
using FinalAccounts.Testing;
using Xunit;

namespace FinalAccounts.Import.Tests.Targets;

/// <summary>
/// FA1215 end to end from two PDFs (issue 15): `finacct check 预算.pdf 决算.pdf --cross`, the 预算 a generated PDF of
/// 绩效目标表 and the 决算 a generated PDF of the 自评表 that evaluate them (central and Sichuan templates). Each 目标表 row
/// is written here from the generated 自评表 row — its 一级/二级/三级, its 年度指标值 with the comparator its 指标方向 says
/// and its 计量单位, its 分值 — as the 预算 would have set them; nothing is taken from the import.
/// </summary>
public sealed class TargetCrossCheckPdfPairTests : IDisposable
{
    private readonly TempFiles _files = new();

    public void Dispose() => _files.Dispose();

    private static readonly GeneratedEvaluation[] s_evaluations =
    {
        new(EvaluationTemplate.Central, new EvaluationLayout(true, false, true, false, 4, false), 7),
        new(EvaluationTemplate.Sichuan, new EvaluationLayout(false, true, false, true, 5, false), 12),
    };

    /// <summary>The 指标值 the 预算 set for a row: central prints the comparator in 指标方向 and the unit apart; Sichuan in the value.</summary>
    private static string Value(EvaluationTemplate template, GeneratedIndicator i)
        => i.Nature == "定性" || template == EvaluationTemplate.Sichuan ? i.Target
            : (i.Direction == "小于等于" ? "≤" : "≥") + i.Target + i.Unit;

    private static TargetTable Target(GeneratedEvaluation e, string? changedFirst)
        => new(e.Project, e.Department, e.Implementer, null, e.ExpectedGoal,
            e.Indicators.GroupBy(i => i.Level1).Select(g1 => new Level1Group(g1.Key, g1.GroupBy(i => i.Level2)
                .Select(g2 => new Level2Group(g2.Key, g2.Select(i => new TargetRow(i.Level3, changedFirst != null && i == e.Indicators[0] ? changedFirst : Value(e.Template, i), i.Weight)).ToArray())).ToArray())).ToArray(),
            true);

    private (string Budget, string Final) Pdfs(string? changedFirst = null)
    {
        var budget = _files.Write("budget.pdf", TargetPdfRenderer.Render(new[] { Target(s_evaluations[0], changedFirst), Target(s_evaluations[1], null) }, 800, "测试单位2024年部门预算", null, 2024));
        var final = _files.Write("final.pdf", EvaluationPdfRenderer.Render(s_evaluations));
        return (budget, final);
    }

    [SkippableFact]
    public void The_targets_of_a_budget_pdf_agree_with_the_evaluations_of_a_final_accounts_pdf()
    {
        CjkFont.Require();
        Assert.NotEqual(s_evaluations[0].Project, s_evaluations[1].Project);
        var (budget, final) = Pdfs();
        var targets = ReportImporter.ImportFile(budget).Report;
        var evaluations = ReportImporter.ImportFile(final).Report;
        Assert.Equal(s_evaluations.Select(e => e.Indicators.Count), targets.Targets.Select(t => t.Indicators.Count));
        Assert.Equal(s_evaluations.Select(e => e.Indicators.Count), evaluations.Evaluations.Select(t => t.Indicators.Count));
        var (code, stdout, stderr) = Finacct.Run("check", budget, final, "--cross", "--format", "json");
        Assert.True(code != 2, stderr);
        using var json = JsonDocument.Parse(stdout);
        Assert.DoesNotContain("FA1215", json.RootElement.GetProperty("rulesNotRun").EnumerateArray().Select(r => r.ToString()));
        Assert.Empty(json.RootElement.GetProperty("findings").EnumerateArray().Where(f => f.GetProperty("ruleId").GetString() == "FA1215").Select(f => f.ToString()));
        // Every row compared, its 指标值 and its 分值.
        var check = FinalAccounts.Validation.CrossChecker.Check(targets, evaluations);
        Assert.Contains(check.RulesRun, r => r.Id == "FA1215");
        Assert.Equal(2 * s_evaluations.Sum(e => e.Indicators.Count), check.ChecksRun);
    }

    [SkippableFact]
    public void A_target_changed_in_the_budget_pdf_is_named_by_the_cross_check()
    {
        CjkFont.Require();
        var first = s_evaluations[0].Indicators[0];
        Assert.Equal("大于等于", first.Direction);
        // The 预算 set one more than the 自评表 evaluates against.
        var changed = "≥" + (int.Parse(first.Target, System.Globalization.CultureInfo.InvariantCulture) + 1) + first.Unit;
        var (budget, final) = Pdfs(changed);
        var (_, stdout, stderr) = Finacct.Run("check", budget, final, "--cross");
        Assert.Contains("FA1215", stdout + stderr);
        Assert.Contains(first.Level3, stdout);
        Assert.Contains(changed, stdout);
    }
}
