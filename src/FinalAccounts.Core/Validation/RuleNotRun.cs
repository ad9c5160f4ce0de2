namespace FinalAccounts.Validation;

/// <summary>A rule that found nothing to check in a report, and why.</summary>
public sealed class RuleNotRun
{
    /// <summary>Creates the record.</summary>
    public RuleNotRun(RuleDescriptor rule, string reason)
    {
        Rule = rule;
        Reason = reason;
    }

    /// <summary>The rule.</summary>
    public RuleDescriptor Rule { get; }

    /// <summary>Why it could not run, e.g. 报告未列示 收入总计（决算）.</summary>
    public string Reason { get; }
}
