using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FinalAccounts.Classification;

namespace FinalAccounts.Cli;

/// <summary><c>finacct codes</c>: lists classification codes as an indented table.</summary>
internal static class CodesCommand
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length > 0 && args[0] == "harvest") return CodesHarvestCommand.Run(args[1..], stdout, stderr);
        string? prefix = null;
        var scheme = "function";
        var onlyUnverified = false;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--scheme" when i + 1 < args.Length:
                    scheme = args[++i].ToLowerInvariant();
                    break;
                case "--unverified":
                    onlyUnverified = true;
                    break;
                case var a when a.StartsWith("-", StringComparison.Ordinal):
                    return Program.Fail(stderr, $"finacct codes: unknown option '{a}'.\n{Program.Usage}");
                case var a when prefix is null:
                    prefix = a;
                    break;
                default:
                    return Program.Fail(stderr, $"finacct codes: unexpected argument '{args[i]}'.\n{Program.Usage}");
            }
        }

        IEnumerable<IClassificationCode>? codes = scheme switch
        {
            "function" => FunctionCode.All.Cast<IClassificationCode>(),
            "economic" => EconomicCode.All.Cast<IClassificationCode>(),
            "government" => GovernmentEconomicCode.All.Cast<IClassificationCode>(),
            "revenue" => RevenueCode.All.Cast<IClassificationCode>(),
            _ => null,
        };
        if (codes is null) return Program.Fail(stderr, $"finacct codes: unknown scheme '{scheme}' (function, economic, government, revenue).");

        var selected = codes
            .Where(c => prefix is null || c.Code.StartsWith(prefix, StringComparison.Ordinal))
            .Where(c => !onlyUnverified || !c.IsVerified)
            .ToList();
        if (selected.Count == 0) return Program.Fail(stderr, $"finacct codes: no {scheme} code starts with '{prefix}'.");
        foreach (var c in selected)
        {
            var indent = new string(' ', 2 * ((int)c.Level - 1));
            stdout.WriteLine($"{indent + c.Code,-11}{LevelName(c.Level)}  {c.Name}{Marker(c.Evidence)}");
        }
        stdout.WriteLine($"{selected.Count} codes ({selected.Count(c => !c.IsVerified)} unverified)");
        return 0;
    }

    private static string Marker(ClassificationEvidence evidence) => evidence switch
    {
        ClassificationEvidence.Verified => string.Empty,
        ClassificationEvidence.Printed => "  [报表所列 printed]",
        _ => "  [未核实 unverified]",
    };

    private static string LevelName(ClassificationLevel level) => level switch
    {
        ClassificationLevel.Class => "类",
        ClassificationLevel.Section => "款",
        ClassificationLevel.Item => "项",
        _ => "目",
    };
}
