using System;
using System.Linq;
using FinalAccounts.Money;
using FinalAccounts.Validation;
using Xunit;

namespace FinalAccounts.Core.Tests.Validation.Rules;

/// <summary>Every rule of <see cref="RuleCatalog.Rules"/> on its consistent, rounding-only, broken and truncated examples.</summary>
public sealed class RuleExampleTests
{
    public static TheoryData<string> CatalogRuleIds()
    {
        var data = new TheoryData<string>();
        foreach (var rule in RuleCatalog.Rules) data.Add(rule.Descriptor.Id);
        return data;
    }

    public static TheoryData<string> RoundingRuleIds()
    {
        var data = new TheoryData<string>();
        foreach (var e in RuleExamples.All.Values.Where(e => e.Rounding != null)) data.Add(e.RuleId);
        return data;
    }

    public static TheoryData<string> TruncatedRuleIds()
    {
        var data = new TheoryData<string>();
        foreach (var e in RuleExamples.All.Values.Where(e => e.Truncated != null)) data.Add(e.RuleId);
        return data;
    }

    private static RuleExample Example(string ruleId)
    {
        Assert.True(RuleExamples.All.TryGetValue(ruleId, out var example), ruleId + " has no example in RuleExamples: add one when adding a rule.");
        return example!;
    }

    [Fact]
    public void Every_catalogued_rule_has_examples_and_no_example_is_stale()
    {
        var catalogue = RuleCatalog.Rules.Select(r => r.Descriptor.Id).OrderBy(id => id, StringComparer.Ordinal);
        Assert.Equal(catalogue, RuleExamples.All.Keys.OrderBy(id => id, StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(CatalogRuleIds))]
    public void Consistent_example_runs_the_rule_and_finds_nothing(string ruleId)
    {
        var result = TestReport.Check(Example(ruleId).Consistent());
        Assert.Contains(result.RulesRun, r => r.Id == ruleId);
        Assert.DoesNotContain(result.RulesNotRun, r => r.Rule.Id == ruleId);
        Assert.DoesNotContain(result.Findings, f => f.RuleId == ruleId);
    }

    [Theory]
    [MemberData(nameof(RoundingRuleIds))]
    public void Rounding_only_example_is_information_not_an_error(string ruleId)
    {
        var example = Example(ruleId);
        var result = TestReport.Check(example.Rounding!());
        Assert.Contains(result.RulesRun, r => r.Id == ruleId);
        Assert.DoesNotContain(result.Findings, f => f.RuleId == ruleId && f.Severity != Severity.Info);
        var finding = Assert.Single(result.Findings, f => f.RuleId == ruleId);
        Assert.Equal(CheckOutcome.WithinRounding, finding.Outcome);
        Assert.Equal(example.RoundingValue, finding.Stated.Value);
        Assert.True(finding.Result.Expected.Min <= finding.Result.Expected.Max);
        Assert.False(result.HasErrors && result.Findings.Where(f => f.Severity == Severity.Error).Any(f => f.RuleId == ruleId));
    }

    [Theory]
    [MemberData(nameof(CatalogRuleIds))]
    public void Broken_example_is_an_error_about_the_broken_figure(string ruleId)
    {
        var example = Example(ruleId);
        var result = TestReport.Check(example.Broken());
        var finding = Assert.Single(result.Findings, f => f.RuleId == ruleId);
        Assert.Equal(example.BrokenSeverity, finding.Severity);
        Assert.Equal(CheckOutcome.Inconsistent, finding.Outcome);
        Assert.Equal(example.BrokenValue, finding.Stated.Value);
        Assert.Equal(example.BrokenStatementId, finding.Location.StatementId);
        Assert.Equal(example.BrokenRow, finding.Location.Row);
        if (example.BrokenExact is decimal exact) Assert.Equal(exact, decimal.Round(finding.Result.Exact, 4, MidpointRounding.AwayFromZero));
        var words = example.BrokenMessageContains.Length > 0
            ? example.BrokenMessageContains
            : new[] { example.BrokenValue, finding.Stated.Key.Concept };
        foreach (var word in words) Assert.Contains(word, finding.Message, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(finding.MessageEn));
        Assert.Equal(example.BrokenSeverity == Severity.Error, result.HasErrors);
        Assert.Contains(ruleId, finding.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TruncatedRuleIds))]
    public void Truncated_example_is_a_warning(string ruleId)
    {
        var example = Example(ruleId);
        var result = TestReport.Check(example.Truncated!());
        var finding = Assert.Single(result.Findings, f => f.RuleId == ruleId);
        Assert.Equal(CheckOutcome.Truncated, finding.Outcome);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal(example.TruncatedValue, finding.Stated.Value);
        Assert.Contains(example.TruncatedValue, finding.Message, StringComparison.Ordinal);
        Assert.Contains("截尾", finding.Message, StringComparison.Ordinal);
    }
}
