using System.Globalization;
using System.Linq;
using FinalAccounts.Validation;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;
using static FinalAccounts.Core.Tests.Validation.Rules.TestReport;

namespace FinalAccounts.Core.Tests.Validation.Rules;

/// <summary>
/// Laws of FA1100 on a standard identity (三公经费 = 因公出国（境）费 + 公务用车购置及运行维护费 + 公务接待费, all three stated, so
/// the shares must make 100%): three shares printed at 2 decimals may miss 100 by ± 3 × 0.005 = 0.015 points, no more.
/// </summary>
public sealed class ShareSumProperties
{
    private static readonly string[] s_parts = { "因公出国（境）费", "公务用车购置及运行维护费", "公务接待费" };

    private static Item[] Shares(decimal[] shares) => new Item[]
    {
        Statement("3.8-1", "八、“三公”经费支出决算情况说明",
            shares.Select((v, i) => F(s_parts[i], "占比", v.ToString("0.00", CultureInfo.InvariantCulture), "%", of: ("三公经费", "决算"))).ToArray()),
    };

    // Three parts of a whole in 元 (0 allowed, the whole never 0).
    private static readonly Gen<int[]> s_amounts =
        Gen.ArrayOf(Gen.Choose(0, 5_000_000), 3).Where(a => a.Sum() > 0);

    /// <summary>
    /// Law: shares computed from parts that make up the whole, each rounded to 2 decimals as printed, are never an error or a
    /// warning: their sum is within the 0.015 points rounding allows (an exact 100 is no finding at all).
    /// </summary>
    [Property]
    public Property Shares_that_add_to_the_whole_within_rounding_never_produce_an_error() =>
        Prop.ForAll(Arb.From(s_amounts), amounts =>
        {
            var whole = amounts.Sum();
            var shares = amounts.Select(a => decimal.Round(a * 100m / whole, 2, System.MidpointRounding.AwayFromZero)).ToArray();
            var result = CheckWith("FA1100", Shares(shares));
            Assert.Contains(result.RulesRun, r => r.Id == "FA1100");
            if (shares.Sum() == 100m) Assert.Empty(result.Findings);
            Assert.All(result.Findings, f => Assert.Equal(Severity.Info, f.Severity));
        });

    /// <summary>
    /// Law: a list of the three shares whose printed sum misses 100 by 0.02 points or more — more than the 0.015 the rounding of
    /// three 2-decimal shares explains — is always one FA1100 error, whose recomputed value is that printed sum.
    /// </summary>
    [Property]
    public Property A_share_list_broken_by_more_than_rounding_is_always_an_error()
    {
        // A printed sum of 10,000 + miss hundredths of a point (miss at least 2 either way), split into three shares of it.
        var cases =
            from miss in Gen.Choose(2, 3_000)
            from sign in Gen.Elements(1, -1)
            let sum = 10_000 + miss * sign
            from first in Gen.Choose(0, sum)
            from second in Gen.Choose(0, sum - first)
            select (hundredths: new[] { first, second, sum - first - second }, miss: miss * sign);
        return Prop.ForAll(Arb.From(cases), c =>
        {
            var h = c.hundredths;
            var shares = h.Select(x => x / 100m).ToArray();
            var finding = Assert.Single(CheckWith("FA1100", Shares(shares)).Findings);
            Assert.Equal(Severity.Error, finding.Severity);
            Assert.Equal(100m + c.miss / 100m, finding.Result.Exact);
            Assert.Equal("3.8-1", finding.Location.StatementId);
        });
    }
}
