using System.CommandLine;
using System.IO;
using FinalAccounts.Cli.CommandLine;
using FinalAccounts.Cli.Input;
using FinalAccounts.Cli.Output;

namespace FinalAccounts.Cli.Import;

/// <summary>
/// <c>finacct import &lt;file.pdf|file.xlsx&gt; [-o report.json]</c>: writes the recognised report in the report file
/// format, for a person to review and correct; the FA4xxx notes (what the import was unsure of) go to stderr.
/// <c>finacct import --stats &lt;files and folders…&gt;</c> instead prints what the import found in each file
/// (<see cref="ImportStatsRun"/>).
/// </summary>
internal static class ImportCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var file = new Argument<string[]>("file")
        {
            Description = "发布的报告 (a published report): .pdf (有文字层 with a text layer) 或 (or) .xlsx; 与 --stats 同用时可为多个文件或文件夹 (with --stats: several files or folders)",
            Arity = ArgumentArity.OneOrMore,
        };
        CommonOptions.RejectOptionLike(file);
        var output = CommonOptions.Output("报告文件 (JSON) ");
        var stats = new Option<bool>("--stats")
        {
            Description = "只列出每个文件读到的内容：页数、九张表中识别出的表、单元格、说明数字、按编号计的提示 (only list what was read per file: pages, tables of the nine, cells, 说明 figures, notes by id)",
        };
        var command = new Command("import",
            "把发布的报告（PDF 或 XLSX）读成报告文件格式 (JSON) 供人工核对；未能确定的内容 (FA4xxx) 列在标准错误输出。退出码：0 已写出，2 无法读取。\n"
            + "Read a published report (PDF with a text layer, or XLSX) into the report file format for review; what it was unsure of (FA4xxx) goes to stderr. Exit 0 written, 2 unreadable.")
        {
            file, output, stats,
        };
        command.SetAction(parse =>
        {
            var paths = parse.GetValue(file)!;
            if (parse.GetValue(stats)) return ImportStatsRun.Run(paths, parse.GetValue(output), stdout, stderr);
            if (paths.Length > 1) return CliError.Fail(stderr, "import", "一次只能导入一个文件（多个文件请用 --stats 统计）", "one file at a time; --stats reports on several");
            return Run(paths[0], parse.GetValue(output), stdout, stderr);
        });
        Examples.Add(command,
            "finacct import report.pdf -o report.json   # 然后核对、修改，再 (review, correct, then) finacct check report.json",
            "finacct import report.xlsx > report.json",
            "finacct import --stats reports/ other.pdf          # 每个文件读到了什么 (what the import read in each file)");
        return command;
    }

    private static int Run(string path, string? output, TextWriter stdout, TextWriter stderr)
    {
        if (!Directory.Exists(path) && !ReportInput.IsImportable(path))
        {
            return CliError.Fail(stderr, "import", "'" + path + "' 不是 .pdf 或 .xlsx 文件", "not a .pdf or .xlsx file");
        }
        var input = ReportInput.Load(path, "import", stderr);
        if (input?.Imported is not { } result) return CliError.ExitCode;
        ImportNotesWriter.Write(result, stderr);
        var written = OutputTarget.Write(output, stdout, stderr, "import", w => w.Write(result.Json));
        if (written != 0) return written;
        if (output != null)
        {
            stderr.WriteLine($"finacct import: {result.Report.Tables.Count} 张表 (tables)，{result.Report.Statements.Count} 条说明 (statements)，{result.Report.Figures.Count} 个数字 (figures) → {output}");
        }
        return 0;
    }
}
