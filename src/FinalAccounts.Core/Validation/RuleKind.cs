namespace FinalAccounts.Validation;

/// <summary>
/// What kind of statement a diagnostic makes, so that writers decide how to show it from the descriptor rather than
/// from a list of IDs.
/// </summary>
public enum RuleKind
{
    /// <summary>An identity or relation recomputed from other figures (a sum, a rate, a score): the finding has an expected value or interval.</summary>
    Identity = 0,

    /// <summary>Two statements of one thing agree (the same figure in two places, a code and its row, words and figures).</summary>
    Agreement = 1,

    /// <summary>
    /// A yes/no flag on wording or form, as a reviewer raises it (a placeholder, an old name, a weight template, a full
    /// score without evidence): no expected value to print.
    /// </summary>
    ReviewerFlag = 2,

    /// <summary>An import note (FA4xxx): what an import left out or was unsure of; never a finding about the report.</summary>
    Import = 3,
}
