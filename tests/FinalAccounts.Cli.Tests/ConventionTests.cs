using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace FinalAccounts.Cli.Tests;

/// <summary>
/// finacct behaves like a .NET tool: help per command with examples, a version, POSIX/GNU option forms, usage errors on
/// stderr with exit 2, -o files written whole or not at all, --min-severity, folders refused with advice.
/// </summary>
public sealed class ConventionTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("finacct-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = Program.Run(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    private static string[] Lines(string text) => text.TrimEnd('\n').Split('\n');

    [Theory]
    [InlineData("check")]
    [InlineData("score")]
    [InlineData("import")]
    [InlineData("codes")]
    public void Each_command_has_help_with_examples(string command)
    {
        var (exit, output, err) = Run(command, "--help");
        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, err);
        Assert.Contains("finacct " + command, output, StringComparison.Ordinal);
        Assert.Contains("示例 (Examples):", output, StringComparison.Ordinal);
        Assert.Contains("  finacct " + command, output.Substring(output.IndexOf("示例", StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    [Fact]
    public void Version_prints_the_version_and_exits_0()
    {
        var (exit, output, _) = Run("--version");
        Assert.Equal(0, exit);
        Assert.Matches(@"^\d+\.\d+\.\d+", output);
    }

    [Fact]
    public void Bare_finacct_prints_help_on_stderr_and_exits_2()
    {
        var (exit, output, err) = Run();
        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, output);
        Assert.Contains("Usage:", err, StringComparison.Ordinal);
        Assert.Contains("check", err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--format=json")]
    [InlineData("--format:json")]
    [InlineData("-f", "json")]
    public void Gnu_and_posix_option_forms_are_accepted(params string[] format)
    {
        var (exit, output, err) = Run(new[] { "check" }.Concat(format).ToArray());
        Assert.Equal(1, exit); // the seed has errors
        Assert.Equal(string.Empty, err);
        using var doc = JsonDocument.Parse(output);
        Assert.True(doc.RootElement.GetProperty("findings").GetArrayLength() > 0);
    }

    [Theory]
    [InlineData("check", "--strict")]
    [InlineData("check", "--format", "xml")]
    [InlineData("check", "--min-severity", "fatal")]
    [InlineData("check", "--policy", "twenty-eighty")]
    [InlineData("frobnicate")]
    public void Usage_errors_are_one_chinese_first_line_on_stderr_with_exit_2(params string[] args)
    {
        var (exit, output, err) = Run(args);
        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, output);
        var lines = Lines(err);
        Assert.Matches(@"^finacct( check)?: 用法错误 \(usage error\): ", lines[0]);
        Assert.EndsWith("--help 查看用法 (shows the usage)", lines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_is_refused_with_what_to_do()
    {
        // check takes folders (searched for reports, checked as a batch); score and import take one file.
        foreach (var command in new[] { "score", "import" })
        {
            var (exit, output, err) = Run(command, _dir);
            Assert.Equal(2, exit);
            Assert.Equal(string.Empty, output);
            Assert.Equal($"finacct {command}: '{_dir}' 是文件夹，请指定其中的报告文件（.json、.pdf 或 .xlsx） (a folder, not a report file: name one .json, .pdf or .xlsx file inside it)\n", err);
        }
    }

    [Fact]
    public void Output_option_writes_the_same_document_to_a_file()
    {
        var file = Path.Combine(_dir, "findings.json");
        var (exit, output, err) = Run("check", "-f", "json", "-o", file);
        Assert.Equal(1, exit);
        Assert.Equal(string.Empty, output);
        Assert.Equal(string.Empty, err);
        Assert.Equal(Run("check", "-f", "json").Out, File.ReadAllText(file));
        Assert.Equal(new[] { file }, Directory.GetFiles(_dir)); // no temporary file left beside it
    }

    [Fact]
    public void Output_option_leaves_an_existing_file_untouched_when_the_input_is_bad()
    {
        var file = Path.Combine(_dir, "findings.json");
        File.WriteAllText(file, "previous run");
        var (exit, _, _) = Run("check", Path.Combine(_dir, "missing.json"), "--output=" + file);
        Assert.Equal(2, exit);
        Assert.Equal("previous run", File.ReadAllText(file));
        Assert.Equal(new[] { file }, Directory.GetFiles(_dir));
    }

    [Fact]
    public void Output_option_into_a_missing_folder_exits_2_in_one_line()
    {
        var file = Path.Combine(_dir, "no-such-folder", "x.sarif");
        var (exit, output, err) = Run("check", "-f", "sarif", "-o", file);
        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, output);
        Assert.StartsWith("finacct check: 无法写入 '" + file + "' (cannot write the output file): ", err, StringComparison.Ordinal);
        Assert.Single(Lines(err));
        Assert.False(Directory.Exists(Path.GetDirectoryName(file)));
    }

    [Fact]
    public void Min_severity_filters_what_is_shown_but_not_the_exit_code()
    {
        using var all = JsonDocument.Parse(Run("check", "-f", "json").Out);
        var (exit, output, _) = Run("check", "-f", "json", "--min-severity", "error");
        Assert.Equal(1, exit);
        using var errors = JsonDocument.Parse(output);
        var shown = errors.RootElement.GetProperty("findings").EnumerateArray().ToList();
        Assert.All(shown, f => Assert.Equal("error", f.GetProperty("severity").GetString()));
        Assert.Equal(all.RootElement.GetProperty("summary").GetProperty("errors").GetInt32(), shown.Count);
        // The summary still counts everything found.
        Assert.Equal(all.RootElement.GetProperty("summary").GetRawText(), errors.RootElement.GetProperty("summary").GetRawText());

        var text = Run("check", "--min-severity=warning").Out;
        Assert.DoesNotContain("\n提示 ", text, StringComparison.Ordinal);
        Assert.Contains("\n警告 ", text, StringComparison.Ordinal);
        Assert.Contains("\n错误 ", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Min_severity_applies_to_score_findings_too()
    {
        var (exit, output, _) = Run("score", "--min-severity", "error", "--policy", "national-zero", "-f", "json");
        using var doc = JsonDocument.Parse(output);
        var errors = doc.RootElement.GetProperty("summary").GetProperty("errors").GetInt32();
        Assert.Equal(errors > 0 ? 1 : 0, exit);
        Assert.Equal(errors, doc.RootElement.GetProperty("findings").GetArrayLength());
    }

    [Fact]
    public void Codes_with_no_match_is_an_empty_list_with_exit_0_and_a_note()
    {
        var (exit, output, err) = Run("codes", "999");
        Assert.Equal(0, exit);
        Assert.Equal("0 codes (0 unverified)\n", output);
        Assert.Equal("finacct codes: 没有以 '999' 开头的 function 代码 (no function code starts with '999')\n", err);
    }

    [Fact]
    public void An_error_with_a_line_break_inside_prints_as_one_line()
    {
        // Messages from readers (an Open XML package error, a file name) may hold line breaks; stderr gets one line.
        var path = Path.Combine(_dir, "two\nlines.json");
        var (exit, output, err) = Run("check", path);
        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, output);
        Assert.Equal("finacct check: 找不到文件 '" + path.Replace("\n", " ", StringComparison.Ordinal) + "' (no such file)\n", err);
    }

    [Fact]
    public void Tab_completion_suggests_policies_and_options()
    {
        // What dotnet-suggest asks for when a shell completes "finacct check --policy nat<TAB>" (cursor at 18); "na" would
        // also offer yunnan, as System.CommandLine matches anywhere in the name.
        var (exit, output, _) = Run("[suggest:18]", "check --policy nat");
        Assert.Equal(0, exit);
        Assert.Equal(new[] { "national", "national-ratio", "national-zero" }, Lines(output));
        Assert.Equal(new[] { "--min-severity" }, Lines(Run("[suggest:10]", "check --mi").Out));
    }
}
