using FinalAccounts.Scoring;
using FinalAccounts.Validation;

namespace FinalAccounts.Cli.CommandLine;

/// <summary>What a findings command was asked for: the output format and file, the lowest severity shown, the scoring policy.</summary>
internal sealed record FindingsChoice(string Format, string? Output, Severity Minimum, ScoringPolicy Policy);
