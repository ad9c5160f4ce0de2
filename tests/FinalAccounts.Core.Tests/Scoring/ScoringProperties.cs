using System.Collections.Generic;
using System.Linq;
using FinalAccounts.Reports;
using FinalAccounts.Scoring;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace FinalAccounts.Core.Tests.Scoring;

/// The laws every scoring policy obeys, each property named after its law.
public class ScoringProperties
{
    /// The shipped policies and compositions of every shipped variant.
    private static readonly ScoringPolicy[] s_policies = ScoringPolicy.Known.Concat(new[]
    {
        ScoringPolicy.National.With(reverseOvershoot: ReverseOvershoot.PerPercentOver(0.5m)),
        ScoringPolicy.National.With(reverseOvershoot: ReverseOvershoot.Bands(new ScoreBand(10m, 80m), new ScoreBand(20m, 50m))),
        ScoringPolicy.National.With(shortfall: ShortfallScoring.Bands(new ScoreBand(90m, 80m), new ScoreBand(60m, 40m))),
        ScoringPolicy.National.With(shortfall: ShortfallScoring.Zero, equality: EqualityScoring.Deviation, rounding: ScoreRounding.HalfEven(1)),
    }).ToArray();

    private static readonly Gen<ScoringPolicy> Policy = Gen.Elements(s_policies);
    private static readonly Gen<IndicatorDirection> Direction = Gen.Elements(IndicatorDirection.AtLeast, IndicatorDirection.AtMost, IndicatorDirection.Exactly);
    private static readonly Gen<decimal> Target = Gen.Choose(1, 1_000_000).Select(i => i / 100m);
    private static readonly Gen<decimal> Actual = Gen.Choose(-1000, 3_000_000).Select(i => i / 100m);
    private static readonly Gen<decimal> Weight = Gen.Choose(0, 2000).Select(i => i / 100m);

    private static decimal Score(ScoringPolicy p, IndicatorDirection d, decimal target, decimal actual, decimal weight)
        => p.Round(p.ScoreQuantitative(d, target, actual, weight), weight);

    [Property]
    public Property Every_score_lies_between_zero_and_its_weight()
        => Prop.ForAll((from p in Policy from d in Direction from t in Target from a in Actual from w in Weight select (p, d, t, a, w)).ToArbitrary(), c =>
        {
            var s = Score(c.p, c.d, c.t, c.a, c.w);
            return (s >= 0m && s <= c.w).Label($"{c.p.Id} {c.d} {c.t} {c.a} {c.w} → {s}");
        });

    [Property]
    public Property Meeting_the_target_gives_full_marks_under_every_policy()
        => Prop.ForAll((from d in Direction from t in Target from slack in Gen.Choose(0, 100_000) from w in Weight select (d, t, slack, w)).ToArbitrary(), c =>
        {
            var met = c.d == IndicatorDirection.AtLeast ? c.t + (c.slack / 100m) : c.d == IndicatorDirection.AtMost ? c.t * c.slack / 100_000m : c.t;
            return s_policies.All(p => Score(p, c.d, c.t, met, c.w) == c.w).Label($"{c.d} {c.t} {met} {c.w}");
        });

    [Property]
    public Property For_at_least_indicators_a_better_actual_never_lowers_the_score()
        => Prop.ForAll((from p in Policy from t in Target from a in Actual from more in Gen.Choose(0, 1_000_000) from w in Weight select (p, t, a, more, w)).ToArbitrary(), c =>
            Score(c.p, IndicatorDirection.AtLeast, c.t, c.a + (c.more / 100m), c.w) >= Score(c.p, IndicatorDirection.AtLeast, c.t, c.a, c.w));

    [Property]
    public Property For_at_most_indicators_a_lower_actual_never_lowers_the_score()
        => Prop.ForAll((from p in Policy from t in Target from a in Actual from less in Gen.Choose(0, 1_000_000) from w in Weight select (p, t, a, less, w)).ToArbitrary(), c =>
            Score(c.p, IndicatorDirection.AtMost, c.t, c.a - (c.less / 100m), c.w) >= Score(c.p, IndicatorDirection.AtMost, c.t, c.a, c.w));

    [Property]
    public Property Scaling_target_and_actual_by_the_same_positive_factor_leaves_the_score_unchanged()
        => Prop.ForAll((from p in Policy from d in Direction from t in Target from a in Gen.Choose(0, 3_000_000).Select(i => i / 100m)
                        from k in Gen.Choose(1, 10_000).Select(i => i / 100m) from w in Weight select (p, d, t, a, k, w)).ToArbitrary(), c =>
            (Score(c.p, c.d, c.t * c.k, c.a * c.k, c.w) == Score(c.p, c.d, c.t, c.a, c.w)).Label($"{c.p.Id} {c.d} {c.t} {c.a} ×{c.k}"));

    [Property]
    public Property The_grade_is_a_monotone_step_function_of_the_total()
        => Prop.ForAll((from x in Gen.Choose(0, 10_000) from y in Gen.Choose(0, 10_000) select (x / 100m, y / 100m)).ToArbitrary(), c =>
        {
            var (low, high) = c.Item1 <= c.Item2 ? (c.Item1, c.Item2) : (c.Item2, c.Item1);
            var grades = GradeScale.National.Grades.ToList();
            var gLow = GradeScale.National.GradeOf(low);
            var gHigh = GradeScale.National.GradeOf(high);
            // A higher total never earns a lower grade; each total sits at or above its grade's bound and below the next one up.
            var next = grades.IndexOf(gLow) == 0 ? decimal.MaxValue : grades[grades.IndexOf(gLow) - 1].MinimumScore;
            return grades.IndexOf(gHigh) <= grades.IndexOf(gLow) && gLow.MinimumScore <= low && low < next;
        });

    private static readonly Gen<(string, IndicatorDirection, decimal, decimal, decimal, decimal)[]> Rows =
        from outputs in Gen.Choose(1, 5)
        from dirs in Direction.ArrayOf(outputs + 2)
        from targets in Target.ArrayOf(outputs + 2)
        from actuals in Gen.Choose(0, 2_000_000).Select(i => i / 100m).ArrayOf(outputs + 2)
        from qualitative in Gen.Choose(0, 1500).Select(i => i / 100m)
        select BuildRows(outputs, dirs, targets, actuals, qualitative);

    private static (string, IndicatorDirection, decimal, decimal, decimal, decimal)[] BuildRows(int outputs, IndicatorDirection[] dirs, decimal[] targets, decimal[] actuals, decimal qualitative)
    {
        // 产出 50 split over `outputs` rows (the last takes the remainder), 效益 30 as one quantitative 15 + one 定性 15, 满意度 10.
        var rows = new List<(string, IndicatorDirection, decimal, decimal, decimal, decimal)>();
        var each = decimal.Floor(50m / outputs);
        for (var i = 0; i < outputs; i++) rows.Add(("产出指标", dirs[i], targets[i], actuals[i], i == outputs - 1 ? 50m - (each * (outputs - 1)) : each, 0m));
        rows.Add(("效益指标", dirs[outputs], targets[outputs], actuals[outputs], 15m, 0m));
        rows.Add(("效益指标", IndicatorDirection.Qualitative, 0m, 0m, 15m, qualitative));
        rows.Add(("满意度指标", dirs[outputs + 1], targets[outputs + 1], actuals[outputs + 1], 10m, 0m));
        return rows.ToArray();
    }

    [Property]
    public Property The_total_lies_between_0_and_100()
        => Prop.ForAll((from p in Policy from rows in Rows from b in Gen.Choose(1, 100_000) from x in Gen.Choose(0, 150_000) select (p, rows, b, x)).ToArbitrary(), c =>
        {
            var table = Tables.Publish(c.p, c.b / 100m, c.x / 100m, c.rows);
            var total = EvaluationScorer.Score(table, c.p).Total;
            return total >= 0m && total <= 100m;
        });

    [Property]
    public Property A_policy_explains_the_tables_it_generated()
        => Prop.ForAll((from p in Policy.Where(x => x.Weights == WeightTemplate.National || x.Weights == WeightTemplate.Sichuan)
                        from rows in Rows from b in Gen.Choose(1, 100_000) from x in Gen.Choose(0, 150_000) select (p, rows, b, x)).ToArbitrary(), c =>
        {
            var table = Tables.Publish(c.p, c.b / 100m, c.x / 100m, c.rows);
            var comparison = EvaluationVerifier.Compare(table, c.p);
            return comparison.Explains.Label(c.p.Id + ": " + string.Join("; ", comparison.Disagreements.Select(d => d.Stated.Key.Concept + " " + d)));
        });
}
