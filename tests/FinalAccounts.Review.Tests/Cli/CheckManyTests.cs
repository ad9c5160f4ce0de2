using System.IO;
using System.Text.Json;
using FinalAccounts.Cli;
using FinalAccounts.Review.Tests.Support;
using Xunit;

namespace FinalAccounts.Review.Tests.Cli;

/// <summary><c>finacct check</c> over several files and folders with the reviewer outputs, as a user runs it.</summary>
public sealed class CheckManyTests
{
    private static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = Program.Run(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void A_folder_gives_a_summary_row_per_report_totals_and_the_worst_exit_code()
    {
        using var t = new TempFolder();
        t.Write("in/a/consistent.json", SmallReports.Consistent);
        t.Write("in/b/broken.json", SmallReports.Broken);
        var (exit, output, err) = Run("check", Path.Combine(t.Path, "in"));
        Assert.Equal(1, exit);
        var lines = output.Trim().Split('\n');
        Assert.Equal(4, lines.Length); // header, two reports, totals
        Assert.StartsWith("a/consistent.json\t测试单位\t0\t0\t0\t1\t3\t0", lines[1]);
        Assert.StartsWith("b/broken.json\t测试单位\t1\t0\t0\t1\t3\t0", lines[2]);
        Assert.StartsWith("合计\t2 份报告\t1\t0\t0\t2\t6\t0", lines[3]);
        Assert.Contains("finacct: [2/2]", err); // plain progress lines when stderr is not a terminal

        t.Write("in/c/bad.json", "{");
        Assert.Equal(2, Run("check", Path.Combine(t.Path, "in")).Exit);
    }

    [Fact]
    public void Output_dir_holds_the_same_findings_json_as_check_of_each_file_and_the_summaries()
    {
        using var t = new TempFolder();
        var broken = t.Write("in/broken.json", SmallReports.Broken);
        t.Copy(Repository.Seed, "in/seed/wuhai.json");
        var outDir = Path.Combine(t.Path, "out");
        var (exit, _, _) = Run("check", Path.Combine(t.Path, "in"), "--output-dir", outDir, "--html", Path.Combine(t.Path, "html"), "--xlsx", Path.Combine(t.Path, "f.xlsx"));
        Assert.Equal(1, exit);

        var alone = Run("check", broken, "--format", "json").Out;
        Assert.Equal(alone.Trim(), File.ReadAllText(Path.Combine(outDir, "broken.json.findings.json")).Trim());
        Assert.True(File.Exists(Path.Combine(outDir, "seed", "wuhai.json.findings.json")));
        using var summary = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "summary.json")));
        Assert.Equal(2, summary.RootElement.GetProperty("reports").GetArrayLength());
        Assert.True(File.Exists(Path.Combine(outDir, "summary.csv")));
        var index = File.ReadAllText(Path.Combine(t.Path, "html", "index.html"));
        Assert.Contains("href=\"broken.json.html\"", index);
        Assert.Contains("href=\"seed/wuhai.json.html\"", index);
        Assert.True(File.Exists(Path.Combine(t.Path, "html", "seed", "wuhai.json.html")));
        Assert.True(new FileInfo(Path.Combine(t.Path, "f.xlsx")).Length > 1000);
        Assert.Empty(Directory.GetFiles(t.Path, "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public void One_file_with_html_prints_its_findings_as_before_and_writes_the_page()
    {
        using var t = new TempFolder();
        var broken = t.Write("broken.json", SmallReports.Broken);
        var page = Path.Combine(t.Path, "page.html");
        var plain = Run("check", broken);
        var with = Run("check", broken, "--html", page);
        Assert.Equal(plain.Exit, with.Exit);
        Assert.Equal(plain.Out, with.Out);
        Assert.Contains("FA1001", File.ReadAllText(page));
    }

    [Theory]
    [InlineData("--parallel", "0")]
    [InlineData("--parallel", "many")]
    public void Bad_options_are_exit_2_with_one_usage_line(string option, string value)
    {
        var (exit, output, err) = Run("check", Repository.Seed, option, value);
        Assert.Equal(2, exit);
        Assert.Empty(output);
        // The CLI's usage-error form: one line naming the error, then the pointer to --help.
        var lines = err.Trim().Split('\n');
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("finacct check: 用法错误 (usage error): ", lines[0], System.StringComparison.Ordinal);
        Assert.Contains("--parallel", lines[0], System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_path_is_named_and_nothing_is_written()
    {
        using var t = new TempFolder();
        var (exit, _, err) = Run("check", Repository.Seed, Path.Combine(t.Path, "nowhere"), "--output-dir", Path.Combine(t.Path, "out"));
        Assert.Equal(2, exit);
        Assert.Contains("nowhere", err);
        Assert.DoesNotContain("   at ", err);
        Assert.False(Directory.Exists(Path.Combine(t.Path, "out")));
    }

    [SkippableFact]
    public void Annotate_never_overwrites_the_original_and_writes_the_pdf_beside_the_page()
    {
        Repository.RequirePutuoPdf();
        using var t = new TempFolder();
        t.Copy(Repository.PutuoPdf, "in/putuo.pdf");
        var before = File.ReadAllBytes(Path.Combine(t.Path, "in", "putuo.pdf"));
        var (exit, _, err) = Run("check", Path.Combine(t.Path, "in"), "--annotate", Path.Combine(t.Path, "in"));
        Assert.Equal(1, exit);
        Assert.Contains("would overwrite the original", err);
        Assert.Equal(before, File.ReadAllBytes(Path.Combine(t.Path, "in", "putuo.pdf")));
        Assert.Equal(1, Run("check", Path.Combine(t.Path, "in"), "--annotate", Path.Combine(t.Path, "pdf")).Exit);
        Assert.True(File.Exists(Path.Combine(t.Path, "pdf", "putuo.pdf")));
    }
}
