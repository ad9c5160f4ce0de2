using System.CommandLine;
using System.IO;
using FinalAccounts.Cli.CommandLine;
using FinalAccounts.Cli.Output;
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
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var files = new Argument<string[]>("files")
        {
            Description = "发布的报告 (published reports): .pdf、.xlsx 或报告文件 (or report files) .json",
            Arity = ArgumentArity.OneOrMore,
        };
        CommonOptions.RejectOptionLike(files);
        var output = CommonOptions.Output("分类表 (CSV) ");
        var command = new Command("harvest",
            "列出报告表格中印有名称、而分类表没有的支出功能分类代码，写成分类表（证据等级 printed，来源为文件和页码）；与分类表名称不同的列在标准错误输出供核对，从不采用。\n"
            + "List the 功能分类 codes the reports print with a name that our tables lack, as a code table (evidence printed, source file and page); printed names that contradict ours go to stderr for review and are never taken.")
        {
            files, output,
        };
        command.SetAction(parse => Run(parse.GetValue(files)!, parse.GetValue(output), stdout, stderr));
        Examples.Add(command,
            "finacct codes harvest budget/*.pdf -o function-printed.csv",
            "finacct codes harvest report.xlsx report.json");
        return command;
    }

    private static int Run(string[] files, string? output, TextWriter stdout, TextWriter stderr)
    {
        CodeHarvest harvest;
        try
        {
            harvest = CodeHarvester.Harvest(files);
        }
        catch (ImportException ex)
        {
            return CliError.Fail(stderr, "codes harvest", "无法读取", "cannot be read", ex.File + ": " + ex.Problem);
        }
        var written = OutputTarget.Write(output, stdout, stderr, "codes harvest", harvest.WriteCsv);
        if (written != 0) return written;
        foreach (var r in harvest.Review) stderr.WriteLine("review: " + r);
        stderr.WriteLine($"{harvest.Printed.Count} printed codes, {harvest.NewRows.Count} new rows, {harvest.Review.Count} to review");
        return 0;
    }
}
