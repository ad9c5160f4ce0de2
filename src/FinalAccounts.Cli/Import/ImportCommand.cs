using System.IO;
using System.Text;

namespace FinalAccounts.Cli.Import;

/// <summary>
/// <c>finacct import &lt;file.pdf|file.xlsx&gt; [-o report.json]</c>: writes the recognised report in the report file
/// format, for a person to review and correct; the FA4xxx notes (what the import was unsure of) go to stderr.
/// </summary>
internal static class ImportCommand
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        string? path = null, output = null;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "-o" or "--output":
                    if (i + 1 >= args.Length) return Program.Fail(stderr, "finacct import: -o needs a file name.");
                    output = args[++i];
                    break;
                case var a when a.StartsWith("-", System.StringComparison.Ordinal):
                    return Program.Fail(stderr, $"finacct import: unknown option '{a}'.\n{Program.Usage}");
                case var a when path is null:
                    path = a;
                    break;
                default:
                    return Program.Fail(stderr, $"finacct import: unexpected argument '{args[i]}'.\n{Program.Usage}");
            }
        }
        if (path is null) return Program.Fail(stderr, "finacct import: name the .pdf or .xlsx file to import.\n" + Program.Usage);
        if (!ImportedFile.IsImportable(path)) return Program.Fail(stderr, $"finacct import: '{path}' is not a .pdf or .xlsx file.");
        var result = ImportedFile.Read("import", path, stderr);
        if (result is null) return 2;
        ImportedFile.WriteNotes(result, stderr);
        if (output is null)
        {
            stdout.Write(result.Json);
            return 0;
        }
        try
        {
            File.WriteAllText(output, result.Json, new UTF8Encoding(false));
        }
        catch (System.Exception ex) when (ex is IOException || ex is System.UnauthorizedAccessException || ex is System.ArgumentException || ex is System.NotSupportedException)
        {
            return Program.Fail(stderr, $"finacct import: cannot write '{output}': {ex.Message}");
        }
        stderr.WriteLine($"finacct import: {result.Report.Tables.Count} tables, {result.Report.Statements.Count} statements, {result.Report.Figures.Count} figures → {output}");
        return 0;
    }
}
