namespace FinalAccounts.Validation;

/// <summary>A rule: says which stated figures relate how, and leaves the rounding reasoning to <see cref="RuleContext"/>.</summary>
public interface IReportRule
{
    /// <summary>The rule's ID, titles and identity.</summary>
    RuleDescriptor Descriptor { get; }

    /// <summary>Runs the rule on <see cref="RuleContext.Report"/>, reporting each check through the context.</summary>
    void Check(RuleContext context);
}
