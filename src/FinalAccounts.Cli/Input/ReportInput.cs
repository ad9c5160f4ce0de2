using System;
using System.IO;
using FinalAccounts.Cli.CommandLine;
using FinalAccounts.Import;
using FinalAccounts.Reports;

namespace FinalAccounts.Cli.Input;

/// <summary>
/// The one way a command gets its report: the bundled seed when no file is named, a report file (JSON) read as it is,
/// or a published report (PDF, XLSX) imported first. Every command that takes a report file (check, score) reads it
/// here, so they accept the same files and refuse bad ones with the same one-line messages.
/// </summary>
internal sealed class ReportInput
{
    /// <summary>What the seed is called in output.</summary>
    public const string SeedArtifact = "seeds/reports/wuhai-hrss-2024.json";

    private const string SeedName = "wuhai-hrss-2024.json (bundled seed report)";

    /// <summary>Files with at least this many pages get progress lines.</summary>
    private const int LongFile = 10;

    private ReportInput(FinalAccountsReport report, string artifact, ImportResult? imported)
    {
        Report = report;
        Artifact = artifact;
        Imported = imported;
    }

    /// <summary>An input read elsewhere (the batch review reads each file itself).</summary>
    public static ReportInput Of(FinalAccountsReport report, string artifact, ImportResult? imported) => new(report, artifact, imported);

    /// <summary>The report.</summary>
    public FinalAccountsReport Report { get; }

    /// <summary>The file as the user named it (or the seed's path in the repository), for output.</summary>
    public string Artifact { get; }

    /// <summary>The import, when the file was a PDF or XLSX: its notes, and locations by page rather than by JSON path.</summary>
    public ImportResult? Imported { get; }

    /// <summary>True for .pdf and .xlsx files, which are imported rather than read.</summary>
    public static bool IsImportable(string path) => Path.GetExtension(path).ToLowerInvariant() is ".pdf" or ".xlsx";

    /// <summary>
    /// The report, or null after one line on <paramref name="stderr"/> saying what is wrong with the file; a long PDF
    /// gets page progress lines there unless <paramref name="progress"/> is false (a corpus run over many files).
    /// </summary>
    public static ReportInput? Load(string? path, string command, TextWriter stderr, bool progress = true)
    {
        if (path is null) return new ReportInput(ReportReader.Parse(SeedReport(), SeedName), SeedArtifact, null);
        if (Directory.Exists(path))
        {
            CliError.Fail(stderr, command, "'" + path + "' 是文件夹，请指定其中的报告文件（.json、.pdf 或 .xlsx）",
                "a folder, not a report file: name one .json, .pdf or .xlsx file inside it");
            return null;
        }
        if (!File.Exists(path))
        {
            CliError.Fail(stderr, command, "找不到文件 '" + path + "'", "no such file");
            return null;
        }
        try
        {
            if (IsImportable(path))
            {
                var imported = ReportImporter.ImportFile(path, progress ? new Progress(stderr, path) : null);
                return new ReportInput(imported.Report, path, imported);
            }
            return new ReportInput(ReportReader.ReadFile(path), path, null);
        }
        catch (ImportException ex)
        {
            CliError.Fail(stderr, command, "无法导入 '" + ex.File + "'", "cannot import", ex.Problem);
        }
        catch (ReportFormatException ex)
        {
            CliError.Fail(stderr, command, "报告文件格式有误", "not a valid report file", ex.Message);
        }
        catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
        {
            CliError.Fail(stderr, command, "无法读取 '" + path + "'", "cannot read the file", ex.Message);
        }
        return null;
    }

    /// <summary>The seed report bundled in the tool.</summary>
    internal static string SeedReport()
    {
        using var stream = typeof(ReportInput).Assembly.GetManifestResourceStream("FinalAccounts.Cli.SeedReport.json")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Writes "finacct: file: page n/N" about ten times over a long file (synchronously: the import runs on the caller's thread).</summary>
    private sealed class Progress : IProgress<ImportProgress>
    {
        private readonly TextWriter _stderr;
        private readonly string _path;

        public Progress(TextWriter stderr, string path)
        {
            _stderr = stderr;
            _path = path;
        }

        public void Report(ImportProgress value)
        {
            if (value.Total < LongFile) return;
            var step = (value.Total + 9) / 10;
            if (value.Done % step == 0 || value.Done == value.Total) _stderr.WriteLine("finacct: " + Path.GetFileName(_path) + ": 第 " + value.Done + "/" + value.Total + " 页 (page " + value.Done + "/" + value.Total + ")");
        }
    }
}
