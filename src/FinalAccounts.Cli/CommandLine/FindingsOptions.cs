using System.CommandLine;

namespace FinalAccounts.Cli.CommandLine;

/// <summary>
/// The option set of the commands that report findings (check, score): <c>--format</c>, <c>-o</c>, <c>--min-severity</c>,
/// <c>--policy</c>, made and read in one place so both commands take and mean the same.
/// </summary>
internal sealed class FindingsOptions
{
    /// <summary>The options; <paramref name="what"/> names what <c>-o</c> writes (发现, 得分与发现).</summary>
    public FindingsOptions(string what)
    {
        Format = CommonOptions.Format();
        Output = CommonOptions.Output(what);
        MinSeverity = CommonOptions.MinSeverity();
        Policy = CommonOptions.Policy();
    }

    public Option<string> Format { get; }

    public Option<string?> Output { get; }

    public Option<string> MinSeverity { get; }

    public Option<FinalAccounts.Scoring.ScoringPolicy> Policy { get; }

    /// <summary>Adds the four options to <paramref name="command"/>, in the order its help lists them.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(Format);
        command.Options.Add(Output);
        command.Options.Add(MinSeverity);
        command.Options.Add(Policy);
    }

    /// <summary>The values given (or defaulted) on a parsed command line.</summary>
    public FindingsChoice Read(ParseResult parse)
        => new(parse.GetValue(Format)!, parse.GetValue(Output), CommonOptions.SeverityOf(parse.GetValue(MinSeverity)!), parse.GetValue(Policy)!);
}
