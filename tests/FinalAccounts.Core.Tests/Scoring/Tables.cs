using System.Collections.Generic;
using System.Globalization;
using FinalAccounts.Reports;
using FinalAccounts.Scoring;

namespace FinalAccounts.Core.Tests.Scoring;

/// 绩效自评表 built in code, and tables "published" from a policy's own scores.
internal static class Tables
{
    public static string S(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    public static StatedFigure Fig(string concept, string column, string value, string unit)
        => new(new FigureKey(concept, column), value, unit, new FigureLocation("T", "test", string.Empty, string.Empty, "$", concept, column));

    public static PerformanceIndicator Quantitative(string level1, IndicatorDirection direction, decimal target, decimal actual, decimal weight, string score, string unit = "万元")
        => new(level1, level1 == "产出指标" ? "数量指标" : "社会效益", level1 + "-" + S(target) + "-" + S(actual) + "-" + S(weight), direction,
            IndicatorValue.Of(target, unit), IndicatorValue.Of(actual, unit), S(weight), score);

    public static PerformanceIndicator Qualitative(string level1, string level3, string target, string actual, decimal weight, string score)
        => new(level1, "社会效益", level3, IndicatorDirection.Qualitative, IndicatorValue.OfText(target), IndicatorValue.Parse(actual), S(weight), score);

    public static PerformanceEvaluation Evaluation(decimal budget, decimal executed, string rate, decimal executionWeight, string executionScore,
        IReadOnlyList<PerformanceIndicator> indicators, string total, string grade = "")
    {
        var funds = new EvaluationFundsRow("年度资金总额", Fig("年度资金总额", "年初预算数", S(budget), "万元"), Fig("年度资金总额", "全年预算数", S(budget), "万元"),
            Fig("年度资金总额", "全年执行数", S(executed), "万元"), Fig("年度资金总额", "分值", S(executionWeight), "分"),
            Fig("年度资金总额", "执行率", rate, "%"), Fig("年度资金总额", "得分", executionScore, "分"));
        return new PerformanceEvaluation("T1", "项目支出绩效自评表", 2024, "测试项目", "测试部门", "测试单位", new[] { funds }, indicators,
            Fig("总分", "分值", "100", "分"), Fig("总分", "得分", total, "分"), grade);
    }

    /// A table whose every stated figure is what <paramref name="policy"/> gives, printed at 2 decimals.
    public static PerformanceEvaluation Publish(ScoringPolicy policy, decimal budget, decimal executed, IReadOnlyList<(string Level1, IndicatorDirection Direction, decimal Target, decimal Actual, decimal Weight, decimal QualitativeScore)> rows)
    {
        var indicators = new List<PerformanceIndicator>();
        decimal total = 0m;
        foreach (var r in rows)
        {
            PerformanceIndicator unscored = r.Direction == IndicatorDirection.Qualitative
                ? Qualitative(r.Level1, "定性" + indicators.Count, "有效", "有效提升", r.Weight, S(r.QualitativeScore))
                : Quantitative(r.Level1, r.Direction, r.Target, r.Actual, r.Weight, "0");
            var score = EvaluationScorer.ScoreIndicator(unscored, policy).Score;
            total += score;
            indicators.Add(r.Direction == IndicatorDirection.Qualitative ? unscored
                : Quantitative(r.Level1, r.Direction, r.Target, r.Actual, r.Weight, score.ToString("0.00", CultureInfo.InvariantCulture)));
        }
        var rate = executed / budget * 100m;
        var executionScore = policy.Round(policy.ScoreExecution(rate, 10m), 10m);
        total += executionScore;
        return Evaluation(budget, executed, decimal.Round(rate, 2, System.MidpointRounding.AwayFromZero).ToString("0.00", CultureInfo.InvariantCulture), 10m,
            executionScore.ToString("0.00", CultureInfo.InvariantCulture), indicators, total.ToString("0.00", CultureInfo.InvariantCulture),
            policy.Grades.GradeOf(total).Name);
    }
}
