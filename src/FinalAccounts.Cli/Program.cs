using System;
using System.IO;
using System.Text;

namespace FinalAccounts.Cli;

/// <summary>The <c>finacct</c> entry point.</summary>
public static class Program
{
    /// <summary>Runs the command named by <paramref name="args"/> and returns the exit code (0 ok, 1 errors found, 2 bad usage or input).</summary>
    public static int Main(string[] args)
    {
        Console.OutputEncoding = Encoding.UTF8;
        return Run(args, Console.Out, Console.Error);
    }

    /// <summary>Runs a command writing to the given streams, so tests can capture output.</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            stdout.Write(Usage);
            return args.Length == 0 ? 2 : 0;
        }
        return args[0] switch
        {
            "codes" => CodesCommand.Run(args.AsSpan(1).ToArray(), stdout, stderr),
            "score" => ScoreCommand.Run(args.AsSpan(1).ToArray(), stdout, stderr),
            "check" => CheckCommand.Run(args.AsSpan(1).ToArray(), stdout, stderr),
            "import" => Import.ImportCommand.Run(args.AsSpan(1).ToArray(), stdout, stderr),
            _ => Fail(stderr, $"finacct: unknown command '{args[0]}'.\n{Usage}"),
        };
    }

    internal static int Fail(TextWriter stderr, string message)
    {
        stderr.WriteLine(message);
        return 2;
    }

    internal const string Usage =
        "usage: finacct check [report.json|report.pdf|report.xlsx] [--format text|json|sarif]\n" +
        "       finacct check <files and folders…> [--output-dir dir] [--html file|dir] [--annotate file|dir] [--xlsx file] [--parallel n] [--format text|json]\n" +
        "       finacct import <report.pdf|report.xlsx> [-o report.json]\n" +
        "       finacct score [report.json] [--policy national|national-ratio|national-zero|sichuan] [--format text|json|sarif]\n" +
        "       finacct codes [prefix] [--scheme function|economic|government|revenue] [--unverified]\n" +
        "  check   check a 决算公开 report file for figures that cannot be true (rounding taken into account);\n" +
        "          with no file, the bundled seed report (乌海市人力资源和社会保障局本级 2024). Exit 0 no errors, 1 errors, 2 unreadable.\n" +
        "          Several files or a folder (searched recursively for .pdf/.xlsx/.json) are checked in parallel with a summary\n" +
        "          table; --output-dir writes <name>.findings.json per report and summary.json/.csv; --html a page per report\n" +
        "          (+ index.html); --annotate the PDFs with highlights; --xlsx every finding in one sheet. Exit: the worst report's.\n" +
        "  import  read a published report (PDF with a text layer, or XLSX) into the report file format for review;\n" +
        "          what it was unsure of is listed on stderr (FA4xxx). Exit 0 written, 2 unreadable (damaged, scanned, not a report).\n" +
        "  score   recompute each 项目支出绩效自评表 under a scoring policy (default national), show the stated scores beside\n" +
        "          the recomputed ones and the known policies that explain them. Exit codes as for check.\n" +
        "  codes   list the 政府收支分类科目 compiled into the library (支出功能分类 by default),\n" +
        "          optionally only those whose code starts with prefix; --unverified lists only rows not yet verified.\n";
}
