using System;
using FinalAccounts.Reports;
using FinalAccounts.Scoring;
using Xunit;

namespace FinalAccounts.Core.Tests.Scoring;

/// What a refused scoring part says (mutation testing, docs/reliability.md): a policy author reads these messages, so they
/// name the broken condition and, for two grades on one bound, the bound.
public class RefusalMessageTests
{
    [Fact]
    public void A_grade_scale_says_which_condition_fails()
    {
        Assert.StartsWith("A grade scale needs a grade that starts at 0.",
            Assert.Throws<ArgumentException>(() => new GradeScale(new[] { new Grade("甲", "A", 10m) })).Message);
        Assert.StartsWith("Two grades start at 60.",
            Assert.Throws<ArgumentException>(() => new GradeScale(new[] { new Grade("丙", "C", 0m), new Grade("甲", "A", 60m), new Grade("乙", "B", 60m) })).Message);
    }

    [Fact]
    public void Qualitative_bands_say_the_order_their_edges_need()
        => Assert.StartsWith("Qualitative band edges must satisfy 0 < lower < upper < 100.",
            Assert.Throws<ArgumentOutOfRangeException>(() => new QualitativeBands(80m, 60m)).Message);

    [Fact]
    public void A_qualitative_row_has_no_formula_and_says_so()
        => Assert.StartsWith("A 定性 indicator has no formula: its score is the evaluator's grade.",
            Assert.Throws<ArgumentException>(() => ScoringPolicy.National.ScoreQuantitative(IndicatorDirection.Qualitative, 1m, 1m, 5m)).Message);
}
