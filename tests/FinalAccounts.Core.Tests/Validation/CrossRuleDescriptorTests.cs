using System.Linq;
using FinalAccounts.Reports;
using FinalAccounts.Validation;
using Xunit;

namespace FinalAccounts.Core.Tests.Validation;

/// <summary>
/// The cross rules and pairing notes as docs/rules.md lists them: FA1210–FA1215 (errors, FA1215 a warning; FA1210 and FA1214
/// identities, the others agreements), FA1220/FA1221 (info notes), each for 预算 and 决算, each with a Chinese title, an
/// English title and a statement of what it checks, none shared with another rule (`finacct rules` prints them).
/// </summary>
public sealed class CrossRuleDescriptorTests
{
    [Fact]
    public void The_cross_rules_are_six_with_the_documented_kind_and_severity()
    {
        Assert.Equal(new[] { "FA1210", "FA1211", "FA1212", "FA1213", "FA1214", "FA1215" }, CrossChecker.Rules.Select(r => r.Id));
        Assert.Equal(new[] { RuleKind.Identity, RuleKind.Agreement, RuleKind.Agreement, RuleKind.Agreement, RuleKind.Identity, RuleKind.Agreement },
            CrossChecker.Rules.Select(r => r.Kind));
        Assert.Equal(new[] { Severity.Error, Severity.Error, Severity.Error, Severity.Error, Severity.Error, Severity.Warning }, CrossChecker.Rules.Select(r => r.MaxSeverity));
        Assert.Equal(new[] { "FA1220", "FA1221" }, CrossPairing.Notes.Select(r => r.Id));
        Assert.All(CrossPairing.Notes, r => Assert.Equal((RuleKind.ReviewerFlag, Severity.Info), (r.Kind, r.MaxSeverity)));
    }

    [Fact]
    public void Each_applies_to_both_kinds_of_report_and_says_what_it_checks_in_its_own_words()
    {
        var all = CrossChecker.Rules.Concat(CrossPairing.Notes).ToList();
        Assert.All(all, r =>
        {
            Assert.True(r.AppliesTo(ReportKind.Budget) && r.AppliesTo(ReportKind.FinalAccounts), r.Id);
            Assert.Contains(r.Title, c => c >= '\u4e00' && c <= '\u9fff');
            Assert.Contains(r.TitleEn, c => c >= 'a' && c <= 'z');
            Assert.NotEqual(string.Empty, r.Identity);
        });
        Assert.Equal(all.Count, all.Select(r => r.Title).Distinct().Count());
        Assert.Equal(all.Count, all.Select(r => r.TitleEn).Distinct().Count());
        Assert.Equal(all.Count, all.Select(r => r.Identity).Distinct().Count());
    }
}
