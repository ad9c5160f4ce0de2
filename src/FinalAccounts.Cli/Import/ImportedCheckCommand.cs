using System.IO;
using FinalAccounts.Cli.Output;
using FinalAccounts.Scoring;

namespace FinalAccounts.Cli.Import;

/// <summary>
/// <c>finacct check &lt;file.pdf|file.xlsx&gt;</c>: imports the published report and runs every rule on it, as
/// <see cref="CheckCommand"/> does for a report file. The import's FA4xxx notes follow the findings (text format) or go
/// to stderr (json, sarif), so a figure the import left out is never silently unchecked.
/// </summary>
internal static class ImportedCheckCommand
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        string? path = null;
        var format = "text";
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--format":
                    if (i + 1 >= args.Length) return Program.Fail(stderr, "finacct check: --format needs a value: text, json or sarif.");
                    format = args[++i];
                    break;
                case var a when a.StartsWith("-", System.StringComparison.Ordinal):
                    return Program.Fail(stderr, $"finacct check: unknown option '{a}'.\n{Program.Usage}");
                case var a when path is null:
                    path = a;
                    break;
                default:
                    return Program.Fail(stderr, $"finacct check: unexpected argument '{args[i]}'.\n{Program.Usage}");
            }
        }
        if (format != "text" && format != "json" && format != "sarif") return Program.Fail(stderr, $"finacct check: unknown format '{format}' (text, json, sarif).");
        if (path is null) return Program.Fail(stderr, "finacct check: name the file to check.");
        var imported = ImportedFile.Read("check", path, stderr);
        if (imported is null) return 2;
        var result = EvaluationChecker.CheckAll(imported.Report);
        switch (format)
        {
            case "json":
                JsonFindingsWriter.Write(result, path, stdout);
                ImportedFile.WriteNotes(imported, stderr);
                break;
            case "sarif":
                SarifWriter.Write(result, path, stdout);
                ImportedFile.WriteNotes(imported, stderr);
                break;
            default:
                TextFindingsWriter.Write(result, path, stdout, Colour.Enabled(stdout));
                if (imported.Notes.Count > 0) stdout.WriteLine("导入提示（导入时未能确定、未读取的内容，请人工核对）：");
                ImportedFile.WriteNotes(imported, stdout);
                break;
        }
        return result.HasErrors ? 1 : 0;
    }

    /// <summary>True when <c>check</c>'s file argument is a PDF or XLSX (a report file otherwise).</summary>
    public static bool Applies(string[] args)
    {
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--format") i++;
            else if (!args[i].StartsWith("-", System.StringComparison.Ordinal)) return ImportedFile.IsImportable(args[i]);
        }
        return false;
    }
}
