using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.Linq;
using System.Runtime.CompilerServices;

namespace FinalAccounts.Cli.CommandLine;

/// <summary>Examples per command, printed after the usual sections of its <c>--help</c>.</summary>
internal static class Examples
{
    private static readonly ConditionalWeakTable<Command, string[]> s_examples = new();

    public static void Add(Command command, params string[] lines) => s_examples.AddOrUpdate(command, lines);

    /// <summary>Makes <c>--help</c> on <paramref name="root"/> and every command below it end with the command's examples.</summary>
    public static void Install(RootCommand root)
    {
        var help = root.Options.OfType<HelpOption>().Single();
        if (help.Action is HelpAction standard) help.Action = new WithExamples(standard);
    }

    private sealed class WithExamples : SynchronousCommandLineAction
    {
        private readonly HelpAction _standard;

        public WithExamples(HelpAction standard) => _standard = standard;

        /// <summary>Help is shown even when the rest of the line is wrong (e.g. <c>finacct import --help</c> without a file).</summary>
        public override bool ClearsParseErrors => true;

        public override int Invoke(ParseResult parseResult)
        {
            var exit = _standard.Invoke(parseResult);
            if (s_examples.TryGetValue(parseResult.CommandResult.Command, out var lines))
            {
                var output = parseResult.InvocationConfiguration.Output;
                output.WriteLine("示例 (Examples):");
                foreach (var line in lines) output.WriteLine("  " + line);
                output.WriteLine();
            }
            return exit;
        }
    }
}
