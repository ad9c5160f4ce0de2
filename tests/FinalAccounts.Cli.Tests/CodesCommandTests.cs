using System;
using System.IO;
using Xunit;

namespace FinalAccounts.Cli.Tests;

/// <summary><c>finacct codes</c> as a user runs it: output, exit codes and error messages.</summary>
public sealed class CodesCommandTests
{
    private static (int Exit, string[] Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = Program.Run(args, stdout, stderr);
        return (exit, stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries), stderr.ToString());
    }

    [Fact]
    public void Lists_a_section_and_its_items_indented_under_it()
    {
        var (exit, lines, err) = Run("codes", "20805");
        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, err);
        // 20805 and its five 项 in function.csv, then the count line.
        Assert.Equal(7, lines.Length);
        Assert.StartsWith("  20805", lines[0], StringComparison.Ordinal);
        Assert.Contains("行政事业单位养老支出", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("    2080501", lines[1], StringComparison.Ordinal);
        Assert.Equal("6 codes (0 unverified)", lines[^1].TrimEnd('\r'));
    }

    [Fact]
    public void Marks_unverified_rows()
    {
        var (exit, lines, _) = Run("codes", "2080101");
        Assert.Equal(0, exit);
        Assert.Contains("未核实", lines[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Unverified_filter_lists_only_unverified_rows()
    {
        var (exit, lines, _) = Run("codes", "--unverified", "--scheme", "government", "505");
        Assert.Equal(0, exit);
        Assert.All(lines[..^1], l => Assert.Contains("未核实", l, StringComparison.Ordinal));
    }

    [Fact]
    public void Other_schemes_are_listed_by_name()
    {
        var (exit, lines, _) = Run("codes", "30101", "--scheme", "economic");
        Assert.Equal(0, exit);
        Assert.Contains("基本工资", lines[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("codes", "--scheme", "nonsense")]
    [InlineData("codes", "--bogus")]
    [InlineData("frobnicate")]
    public void Bad_usage_exits_2_with_a_message(params string[] args)
    {
        var (exit, _, err) = Run(args);
        Assert.Equal(2, exit);
        Assert.StartsWith("finacct", err, StringComparison.Ordinal);
    }
}
