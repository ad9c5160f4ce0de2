namespace FinalAccounts.Validation;

/// <summary>What became of one rule in one check: a byte per rule, turned into <see cref="CheckReport.RulesRun"/> and <see cref="CheckReport.RulesNotRun"/> when read.</summary>
internal enum RuleOutcome : byte
{
    /// <summary>The rule ran at least one check.</summary>
    Run,

    /// <summary>The report states nothing the rule relates (<see cref="RuleDescriptor.NothingStated"/>).</summary>
    NothingStated,

    /// <summary>The rule does not apply to the report's kind (<see cref="RuleDescriptor.NotFor"/>).</summary>
    NotForKind,
}
