using System.IO;
using System.Linq;
using FinalAccounts.Reports;
using FinalAccounts.Scoring;

namespace FinalAccounts.Cli.Output;

/// <summary>Each evaluation's stated scores beside a policy's, and the policies that explain them, for people.</summary>
internal static class TextScoreWriter
{
    public static void Write(FinalAccountsReport report, ScoringPolicy policy, string artifact, TextWriter w)
    {
        w.WriteLine($"{report.Info.UnitName} {report.Info.Year}年度 项目支出绩效自评 — {artifact}");
        w.WriteLine($"{report.Evaluations.Count} 张自评表，按「{policy.Name}」({policy.Id}) 重算");
        foreach (var e in report.Evaluations)
        {
            var verification = EvaluationVerifier.Verify(e, ScoreCommand.Candidates(policy));
            var c = verification.Comparisons.First(x => x.Policy == policy);
            w.WriteLine();
            w.WriteLine($"{e.Id} {e.Project}");
            var rate = c.Score.ExecutionRate is decimal r ? ScoreCommand.F(r) + "%" : "—";
            var statedRate = e.ScoredFunds?.ExecutionRate?.Value is string sr ? sr + "%" : "—";
            var exec = c.Execution is ScoreComparison x ? $"得分 列示 {x.Stated.Value} 重算 {ScoreCommand.F(x.Recomputed)} {Mark(x)}" : string.Empty;
            w.WriteLine($"  执行率 列示 {statedRate} 重算 {rate}   {exec}");
            foreach (var s in c.Indicators)
            {
                var i = s.Indicator!;
                var what = i.IsQualitative ? "定性 " + i.Target.Text + " → " + (i.Actual.Text.Length > 0 ? i.Actual.Text : "（空）")
                    : Direction(i) + Show(i.Target) + " 实际 " + Show(i.Actual);
                w.WriteLine($"  {i.Level3}  [{what}]  分值 {i.Weight.Value}  列示 {s.Stated.Value}  重算 {ScoreCommand.F(s.Recomputed)} {Mark(s)}");
            }
            var totalMark = c.Total is ScoreComparison t ? " " + Mark(t) : "（表格不完整，不核对总分）";
            w.WriteLine($"  总分 列示 {e.TotalScore?.Value ?? "—"}  重算 {ScoreCommand.F(c.Score.Total)}{totalMark}  等级 {c.Score.Grade.Name}"
                + (e.Grade.Length > 0 ? $"（列示 {e.Grade}）" : string.Empty));
            var template = WeightTemplate.Infer(e);
            w.WriteLine("  权重模板: " + (template == null ? "无已知模板相符" : template.Name));
            var explained = verification.ExplainedBy;
            if (explained.Count > 0)
            {
                w.WriteLine("  可解释全部得分的评分规则: " + string.Join("、", explained.Select(p => $"{p.Name} ({p.Id})")));
            }
            else
            {
                var closest = verification.Closest;
                w.WriteLine($"  无已知评分规则能解释全部得分；最接近「{closest.Policy.Name}」({closest.Policy.Id})，不一致：");
                foreach (var d in closest.Disagreements)
                {
                    w.WriteLine($"    {(d.Indicator?.Level3 ?? d.Stated.Location.Row)} 列示 {d.Stated.Value} 应为 {ScoreCommand.F(d.Recomputed)}（相差 {ScoreCommand.F(d.Difference)}）");
                }
            }
        }
    }

    internal static string Mark(ScoreComparison c) => c.Agrees ? "✓" : "✗ " + ScoreCommand.F(c.Difference);

    internal static string Direction(PerformanceIndicator i) => i.Direction switch
    {
        IndicatorDirection.AtLeast => "≥",
        IndicatorDirection.AtMost => "≤",
        _ => "=",
    };

    internal static string Show(IndicatorValue v) => v.Number.ToString(System.Globalization.CultureInfo.InvariantCulture) + v.Unit;
}
