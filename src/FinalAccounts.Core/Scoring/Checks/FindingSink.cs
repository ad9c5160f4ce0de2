using System;
using System.Collections.Generic;
using FinalAccounts.Money;
using FinalAccounts.Reports;
using FinalAccounts.Validation;

namespace FinalAccounts.Scoring.Checks;

/// <summary>Collects FA2xxx findings and counts the checks each rule ran.</summary>
internal sealed class FindingSink
{
    public List<Finding> Findings { get; } = new();

    public Dictionary<string, int> ChecksByRule { get; } = new(StringComparer.Ordinal);

    public int Checks { get; private set; }

    public void Ran(RuleDescriptor rule)
    {
        Checks++;
        ChecksByRule[rule.Id] = ChecksByRule.TryGetValue(rule.Id, out var n) ? n + 1 : 1;
    }

    /// <summary>Records a check; a finding unless the outcome is Consistent.</summary>
    public void Record(RuleDescriptor rule, StatedFigure stated, CheckResult result, IReadOnlyList<StatedFigure> inputs, Func<(string, string)> describe)
    {
        Ran(rule);
        if (result.Outcome == CheckOutcome.Consistent) return;
        var (message, messageEn) = describe();
        Findings.Add(new Finding(rule, result.Outcome, message, messageEn, stated, result, inputs));
    }

    /// <summary>Records a yes/no check: an error when it fails.</summary>
    public void Flag(RuleDescriptor rule, StatedFigure stated, bool ok, IReadOnlyList<StatedFigure> inputs, Func<(string, string)> describe)
        => Record(rule, stated, CheckResult.Match(ok), inputs, describe);
}
