using System.CommandLine;
using System.Linq;
using FinalAccounts.Scoring;
using FinalAccounts.Validation;

namespace FinalAccounts.Cli.CommandLine;

/// <summary>The options several commands share, defined once so they read and behave the same everywhere.</summary>
internal static class CommonOptions
{
    /// <summary><c>--format/-f text|json|sarif</c>.</summary>
    public static Option<string> Format()
    {
        var option = new Option<string>("--format", "-f")
        {
            Description = "输出格式 (output format): text, json, sarif",
            DefaultValueFactory = _ => "text",
            HelpName = "text|json|sarif",
        };
        option.AcceptOnlyFromAmong("text", "json", "sarif");
        return option;
    }

    /// <summary><c>-o/--output FILE</c>: written whole or not at all.</summary>
    public static Option<string?> Output(string what) => new("--output", "-o")
    {
        Description = what + "写入该文件而非标准输出；失败时不留下半个文件 (write to FILE instead of stdout; nothing half-written on failure)",
        HelpName = "FILE",
    };

    /// <summary><c>--min-severity error|warning|info</c>: which findings are shown; the exit code still counts every error.</summary>
    public static Option<string> MinSeverity()
    {
        var option = new Option<string>("--min-severity")
        {
            Description = "只输出不低于该级别的发现；退出码仍按全部错误计算 (show findings of this severity and above; the exit code still counts errors)",
            DefaultValueFactory = _ => "info",
            HelpName = "error|warning|info",
        };
        option.AcceptOnlyFromAmong("error", "warning", "info");
        return option;
    }

    /// <summary>The severity an accepted <c>--min-severity</c> value names.</summary>
    public static Severity SeverityOf(string value) => value switch
    {
        "error" => Severity.Error,
        "warning" => Severity.Warning,
        _ => Severity.Info,
    };

    /// <summary>
    /// The report file argument of check and score: zero or one file (the seed when omitted). A token that looks like
    /// an option is an unknown option, not a file name.
    /// </summary>
    public static Argument<string?> ReportFile(string description)
    {
        var argument = new Argument<string?>("file") { Description = description, Arity = ArgumentArity.ZeroOrOne };
        RejectOptionLike(argument);
        return argument;
    }

    /// <summary>
    /// <c>--policy ID</c>: the 绩效自评 scoring policy the FA2xxx checks and the recomputed scores use. The default is
    /// the national one, given or not: <c>score</c> and <c>score --policy national</c> run the same code.
    /// </summary>
    public static Option<ScoringPolicy> Policy()
    {
        var ids = ScoringPolicy.Known.Select(p => p.Id).ToArray();
        var option = new Option<ScoringPolicy>("--policy", "-p")
        {
            Description = "绩效自评评分规则 (scoring policy): " + string.Join(", ", ids) + "; 默认 (default) national",
            DefaultValueFactory = _ => ScoringPolicy.National,
            HelpName = string.Join("|", ids),
            CustomParser = result =>
            {
                var id = result.Tokens.Single().Value;
                var policy = ScoringPolicy.Find(id);
                if (policy is null) result.AddError("未知评分规则 '" + id + "' (unknown policy; known: " + string.Join(", ", ids) + ")");
                return policy ?? ScoringPolicy.National;
            },
        };
        option.CompletionSources.Add(ids);
        return option;
    }

    /// <summary>
    /// A token that looks like an option (<c>--strict</c>) given where a file or prefix is expected is an unknown option,
    /// not a file name: System.CommandLine would otherwise take it as the argument's value.
    /// </summary>
    public static void RejectOptionLike(Argument argument)
        => argument.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
            {
                if (token.Value.Length > 1 && token.Value[0] == '-') result.AddError("未知选项 '" + token.Value + "' (unknown option)");
            }
        });
}
