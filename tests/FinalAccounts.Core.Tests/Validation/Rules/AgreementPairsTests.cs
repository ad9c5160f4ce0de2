using FinalAccounts.Money;
using FinalAccounts.Validation;
using Xunit;
using static FinalAccounts.Core.Tests.Validation.Rules.TestReport;

namespace FinalAccounts.Core.Tests.Validation.Rules;

/// FA1030 (a figure agrees wherever it is stated) on the pairs it does not compare as money: two statements of one key
/// in units that cannot be compared (two counting words, an amount and a count) are not checked; a pair 10⁴ apart is a
/// unit slip left to FA1140; and a percentage restated with the same value at another precision agrees, while one that
/// only meets it within rounding is a finding of that kind. Values by hand in the comments.
public sealed class AgreementPairsTests
{
    private static CheckReport Fa1030(Fig first, Fig second) => CheckWith("FA1030", Statement("2.1-1", first), Statement("2.1-2", second));

    [Fact]
    public void Two_counts_in_different_counting_words_are_not_compared()
    {
        // 5个 and 6人 under one key: no unit to compare them in, so no check (6 ≠ 5 would be a finding if compared).
        var report = Fa1030(F("公务接待", "决算", "5", "个"), F("公务接待", "决算", "6", "人"));
        Assert.Equal(0, report.ChecksRun);
        Assert.Empty(report.Findings);
    }

    [Fact]
    public void An_amount_and_a_count_under_one_key_are_not_compared()
    {
        // 100.00万元 first, then 3个: not the same kind of number, no check.
        var report = Fa1030(F("公务接待", "决算", "100.00"), F("公务接待", "决算", "3", "个"));
        Assert.Equal(0, report.ChecksRun);
        Assert.Empty(report.Findings);
    }

    [Fact]
    public void A_pair_10000_apart_is_left_to_the_unit_slip_rule()
    {
        // 29616800.00 read as 元 is 2961.68 万元: FA1140's slip, so FA1030 records nothing for the pair.
        var report = Fa1030(F("收入总计", "决算", "2961.68"), F("收入总计", "决算", "29616800.00"));
        Assert.Equal(0, report.ChecksRun);
        Assert.Empty(report.Findings);
        Assert.Single(CheckWith("FA1140", Statement("2.1-1", F("收入总计", "决算", "2961.68")), Statement("2.1-2", F("收入总计", "决算", "29616800.00"))).Findings);
    }

    [Fact]
    public void A_percentage_restated_with_the_same_value_agrees_and_one_within_rounding_is_noted()
    {
        // 96.17% and 96.170%: the same value, one check without a finding.
        var same = Fa1030(F("收入总计", "完成年初预算率", "96.17", "%"), F("收入总计", "完成年初预算率", "96.170", "%"));
        Assert.Equal(1, same.ChecksRun);
        Assert.Empty(same.Findings);
        // 96.17% ([96.165, 96.175]) and 96.2% ([96.15, 96.25]) meet but differ: within rounding.
        var near = Fa1030(F("收入总计", "完成年初预算率", "96.17", "%"), F("收入总计", "完成年初预算率", "96.2", "%"));
        Assert.Equal(CheckOutcome.WithinRounding, Assert.Single(near.Findings).Outcome);
    }
}
