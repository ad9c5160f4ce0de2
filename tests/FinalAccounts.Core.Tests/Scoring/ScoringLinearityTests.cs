using System.Globalization;
using System.Linq;
using System.Text;
using FinalAccounts.Reports;
using FinalAccounts.Scoring;
using Xunit;

namespace FinalAccounts.Core.Tests.Scoring;

/// <summary>
/// Checking a 绩效自评表 scores each indicator once per policy: the work grows linearly with the indicators (issue 11.9:
/// FA2003 recomputed every policy for every indicator, 4,000 indicators took 21 s). Counted, not timed.
/// </summary>
public sealed class ScoringLinearityTests
{
    /// <summary>
    /// One evaluation of <paramref name="n"/> 正向 indicators "≥ 90%", actual 90 − 10·(k mod 7) %, weight 1 and a stated
    /// score of 1: every seventh meets its target, the others fall short, so no policy explains the table and every
    /// FA2003 row is examined.
    /// </summary>
    internal static string Evaluation(int n)
    {
        var rows = new StringBuilder();
        for (var k = 0; k < n; k++)
        {
            if (k > 0) rows.Append(",\n");
            var actual = (90 - 10 * (k % 7)).ToString(CultureInfo.InvariantCulture);
            rows.Append("{\"level1\": \"产出指标\", \"level2\": \"质量指标\", \"level3\": \"指标").Append(k)
                .Append("\", \"nature\": \"正向\", \"direction\": \"大于等于\", \"target\": \"90\", \"actual\": \"").Append(actual)
                .Append("\", \"unit\": \"%\", \"weight\": \"1\", \"score\": \"1\"}");
        }
        return """
            {"formatVersion": 1,
             "report": {"title": "2024年度测试局决算公开报告", "year": 2024, "unitName": "测试局", "level": "单位", "unitKind": "行政单位", "currencyUnit": "万元"},
             "statements": [],
             "evaluations": [{"id": "E1", "year": 2024, "project": "测试项目",
               "funds": {"unit": "万元", "rows": [{"name": "年度资金总额", "initialBudget": "100", "fullYearBudget": "100", "executed": "90", "weight": "10", "executionRate": "90", "score": "9"}]},
               "indicators": [
            """ + rows + """
            ],
               "total": {"weight": "100", "score": "99"}}]}
            """;
    }

    private static long ScoringsToCheck(int n)
    {
        var report = ReportReader.Parse(Evaluation(n), "large.json");
        var before = EvaluationScorer.IndicatorScorings;
        var result = EvaluationChecker.Check(report);
        Assert.Contains(result.Findings, f => f.RuleId == "FA2003");
        _ = result.Findings.Select(f => f.Message).ToList();
        return EvaluationScorer.IndicatorScorings - before;
    }

    [Theory]
    [InlineData(10)]
    [InlineData(100)]
    [InlineData(400)]
    public void Checking_scores_each_indicator_once_per_policy(int n)
    {
        // Verify compares the table with every known policy once; nothing else scores an indicator.
        Assert.Equal((long)ScoringPolicy.Known.Count * n, ScoringsToCheck(n));
    }
}
