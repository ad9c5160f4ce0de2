using System;
using System.IO;
using FinalAccounts.Cli;
using Xunit;

namespace FinalAccounts.Import.Tests.Codes;

/// <summary><c>finacct codes harvest</c> as a user runs it: output file, review lines, exit codes.</summary>
public sealed class HarvestCommandTests
{
    private static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = Program.Run(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    [SkippableFact]
    public void Harvesting_the_office_budget_writes_a_table_and_a_summary()
    {
        SharedReports.Require();
        var output = Path.Combine(Path.GetTempPath(), "harvest-" + Guid.NewGuid().ToString("N") + ".csv");
        try
        {
            var (exit, stdout, stderr) = Run("codes", "harvest", SharedReports.PathOf("budget/shanghai-putuo-government-office-2025-budget-department.pdf"), "-o", output);
            Assert.Equal(0, exit);
            Assert.Equal(string.Empty, stdout);
            // The five rows it would add are in function-printed.csv already: the table has its header only.
            Assert.Equal("code,name,parent_code,level,source,evidence\n", File.ReadAllText(output));
            Assert.Contains("0 new rows, 0 to review", stderr, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(output);
        }
    }

    [Fact]
    public void A_missing_file_is_one_line_and_exit_2()
    {
        var (exit, stdout, stderr) = Run("codes", "harvest", "no-such-report.pdf");
        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, stdout);
        Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("no-such-report.pdf", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("codes", "harvest")]
    [InlineData("codes", "harvest", "--bogus", "a.pdf")]
    [InlineData("codes", "harvest", "report.txt")]
    public void Bad_usage_exits_2(params string[] args)
    {
        var (exit, _, stderr) = Run(args);
        Assert.Equal(2, exit);
        Assert.NotEmpty(stderr);
    }
}
