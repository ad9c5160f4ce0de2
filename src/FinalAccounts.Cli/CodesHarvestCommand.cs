using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using FinalAccounts.Import;
using FinalAccounts.Import.Codes;

namespace FinalAccounts.Cli;

/// <summary>
/// <c>finacct codes harvest &lt;pdf|xlsx|json…&gt; [-o file.csv]</c>: the 功能分类 codes the reports print that our tables
/// lack, as a code table with evidence "printed" (stdout or -o); printings to review on stderr. A thin shell over
/// <see cref="CodeHarvester"/>.
/// </summary>
internal static class CodesHarvestCommand
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var files = new List<string>();
        string? output = null;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "-o" or "--output" when i + 1 < args.Length:
                    output = args[++i];
                    break;
                case var a when a.StartsWith("-", StringComparison.Ordinal):
                    return Program.Fail(stderr, $"finacct codes harvest: unknown option '{a}'.\n{Program.Usage}");
                default:
                    files.Add(args[i]);
                    break;
            }
        }
        if (files.Count == 0) return Program.Fail(stderr, $"finacct codes harvest: give at least one report file (.pdf, .xlsx or .json).\n{Program.Usage}");

        CodeHarvest harvest;
        try
        {
            harvest = CodeHarvester.Harvest(files);
        }
        catch (ImportException ex)
        {
            return Program.Fail(stderr, $"finacct codes harvest: {ex.File}: {ex.Problem}");
        }

        var csv = harvest.ToCsv();
        if (output is null)
        {
            stdout.Write(csv);
        }
        else
        {
            try
            {
                File.WriteAllText(output, csv, new UTF8Encoding(false));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                return Program.Fail(stderr, $"finacct codes harvest: {output}: cannot write: {ex.Message}");
            }
        }
        foreach (var r in harvest.Review) stderr.WriteLine("review: " + r);
        stderr.WriteLine($"{harvest.Printed.Count} printed codes, {harvest.NewRows.Count} new rows, {harvest.Review.Count} to review");
        return 0;
    }
}
