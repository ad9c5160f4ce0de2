using System.Text.Json;

namespace FinalAccounts.Reports;

public static partial class ReportReader
{
    /// <summary>
    /// What a 自评表 row and a 绩效目标表 row print alike — 指标性质 and 指标方向 — read one way for both, so the two tables
    /// cannot drift apart in the words they accept or the messages they refuse with.
    /// </summary>
    private sealed partial class Reader
    {
        private IndicatorNature NatureOf(JsonElement e, string path) => NatureOf(String(e, "nature", path), path);

        public IndicatorNature NatureOf(string natureText, string path)
        {
            return natureText switch
            {
                "正向" => IndicatorNature.Positive,
                "反向" => IndicatorNature.Reverse,
                "定性" => IndicatorNature.Qualitative,
                _ => throw Error(path + ".nature", "指标性质 '" + natureText + "' is not 正向, 反向 or 定性"),
            };
        }

        /// <summary>
        /// The printed 指标方向, or, when none is printed, the one the target's own sign (≥90%) or the nature implies; a 定性
        /// row has none, and a printed direction must agree with the target's sign.
        /// </summary>
        public IndicatorDirection DirectionOf(string directionText, IndicatorNature nature, IndicatorValue target, string path)
        {
            var direction = directionText switch
            {
                "大于等于" or "≥" => IndicatorDirection.AtLeast,
                "小于等于" or "≤" => IndicatorDirection.AtMost,
                "等于" or "=" => IndicatorDirection.Exactly,
                "" => nature switch
                {
                    IndicatorNature.Qualitative => IndicatorDirection.Qualitative,
                    _ => target.Comparison ?? (nature == IndicatorNature.Reverse ? IndicatorDirection.AtMost : IndicatorDirection.AtLeast),
                },
                _ => throw Error(path + ".direction", "指标方向 '" + directionText + "' is not 大于等于, 小于等于 or 等于"),
            };
            if (nature == IndicatorNature.Qualitative && direction != IndicatorDirection.Qualitative)
            {
                Fail(path + ".direction", "a 定性 indicator has no 指标方向, found '" + directionText + "'");
            }
            if (target.Comparison is IndicatorDirection printed && printed != direction)
            {
                Fail(path + ".target", "the target '" + target + "' says " + printed + " but 指标方向 is '" + directionText + "'");
            }
            return direction;
        }
    }
}
