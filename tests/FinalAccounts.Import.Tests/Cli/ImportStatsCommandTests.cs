using System.IO;
using System.Linq;
using FinalAccounts.Classification;
using FinalAccounts.Import.Tests.Putuo;
using FinalAccounts.Import.Tests.RoundTrip;
using FinalAccounts.Testing;
using Xunit;

namespace FinalAccounts.Import.Tests.Cli;

/// <summary>
/// <c>finacct import --stats &lt;files and folders…&gt;</c>: one line per file (pages, tables of the nine, cells, 说明
/// figures, notes by id) and a total; bad arguments exit 2 before anything is imported, an unreadable file gets its one
/// line naming it while the others are still reported.
/// </summary>
public sealed class ImportStatsCommandTests : IClassFixture<TempFiles>
{
    private readonly TempFiles _temp;

    public ImportStatsCommandTests(TempFiles temp) => _temp = temp;

    // A 支出决算表 by hand: 合计 and 208 with three values each, 20801 with two (its 项目支出 blank): 8 cells, on the
    // workbook's second sheet (the first is the cover).
    private string HandWorkbook(string name)
    {
        var columns = new[] { "本年支出合计", "基本支出", "项目支出" }.Select(c => new GeneratedColumn(c, c)).ToArray();
        var table = new GeneratedTable("表3", "支出决算表", columns, new string?[] { "100.00", "60.00", "40.00" },
            new (FunctionCode, string?[])[]
            {
                (FunctionCode.Parse("208"), new string?[] { "100.00", "60.00", "40.00" }),
                (FunctionCode.Parse("20801"), new string?[] { "100.00", "60.00", null }),
            }, joinedCodes: false);
        return _temp.Write(name, XlsxRenderer.Render(new GeneratedReport(new[] { table })));
    }

    [Fact]
    public void A_hand_made_workbook_is_counted_sheet_by_sheet()
    {
        var path = HandWorkbook("hand.xlsx");
        var (code, output, error) = Finacct.Run("import", "--stats", path);
        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        var line = Assert.Single(output.TrimEnd('\n').Split('\n'));
        Assert.StartsWith(path + ": 2 pages, 1/9 tables (missing 表1 表2 表4 表5 表6 表7 表8 表9), 8 cells, 0 statements with 0 figures, notes ", line);
    }

    [Fact]
    public void A_folder_is_searched_recursively_and_totalled()
    {
        var folder = Path.Combine(_temp.Folder, "corpus");
        Directory.CreateDirectory(Path.Combine(folder, "sub"));
        File.Copy(HandWorkbook("a.xlsx"), Path.Combine(folder, "a.xlsx"));
        File.Copy(HandWorkbook("b.xlsx"), Path.Combine(folder, "sub", "b.xlsx"));
        File.WriteAllText(Path.Combine(folder, "readme.txt"), "not a report"); // not imported, not refused
        var (code, output, _) = Finacct.Run("import", "--stats", folder);
        Assert.Equal(0, code);
        var lines = output.TrimEnd('\n').Split('\n');
        Assert.Equal(3, lines.Length);
        Assert.StartsWith(Path.Combine(folder, "a.xlsx") + ": ", lines[0]);
        Assert.StartsWith(Path.Combine(folder, "sub", "b.xlsx") + ": ", lines[1]);
        // 2 + 2 sheets, 1 + 1 of 9 + 9 tables, 8 + 8 cells.
        Assert.StartsWith("合计 (total): 2 files, 4 pages, 2/18 tables, 16 cells, 0 statements with 0 figures", lines[2]);
    }

    [Fact]
    public void The_stats_go_to_the_output_file_when_named()
    {
        var path = HandWorkbook("o.xlsx");
        var target = _temp.PathOf("stats.txt");
        var (code, output, _) = Finacct.Run("import", "--stats", path, "-o", target);
        Assert.Equal(0, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains("1/9 tables", File.ReadAllText(target));
    }

    [Fact]
    public void Bad_arguments_exit_2_with_one_line_naming_them_before_anything_is_imported()
    {
        var good = HandWorkbook("good.xlsx");
        var missing = _temp.PathOf("missing.pdf");
        var docx = _temp.Write("report.docx", new byte[] { 1, 2, 3 });
        var empty = Path.Combine(_temp.Folder, "empty-folder");
        Directory.CreateDirectory(empty);
        foreach (var (bad, words) in new[] { (missing, "找不到文件"), (docx, "不是 .pdf 或 .xlsx 文件"), (empty, "中没有 .pdf 或 .xlsx 文件") })
        {
            var (code, output, error) = Finacct.Run("import", "--stats", good, bad);
            Assert.Equal(2, code);
            Assert.Equal(string.Empty, output); // the good file is not reported either: the arguments come first
            var line = Assert.Single(error.TrimEnd('\n').Split('\n'));
            Assert.StartsWith("finacct import: ", line);
            Assert.Contains(bad, line);
            Assert.Contains(words, line);
        }
    }

    [Fact]
    public void An_unreadable_file_is_one_line_and_exit_2_and_the_others_are_still_reported()
    {
        var good = HandWorkbook("fine.xlsx");
        var broken = _temp.Write("broken.pdf", System.Text.Encoding.UTF8.GetBytes("这不是PDF文件"));
        var (code, output, error) = Finacct.Run("import", "--stats", broken, good);
        Assert.Equal(2, code);
        var line = Assert.Single(error.TrimEnd('\n').Split('\n'));
        Assert.StartsWith("finacct import: 无法导入 '" + broken + "' (cannot import): ", line);
        var lines = output.TrimEnd('\n').Split('\n');
        Assert.Equal(2, lines.Length);
        Assert.StartsWith(good + ": 2 pages, 1/9 tables", lines[0]);
        Assert.StartsWith("合计 (total): 2 files (1 unreadable), 2 pages, 1/9 tables, 8 cells", lines[1]);
    }

    [Fact]
    public void Without_stats_only_one_file_is_imported()
    {
        var (code, output, error) = Finacct.Run("import", HandWorkbook("x.xlsx"), HandWorkbook("y.xlsx"));
        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains("--stats", Assert.Single(error.TrimEnd('\n').Split('\n')));
    }

    [SkippableFact]
    public void The_shared_report_and_the_template()
    {
        var template = Shared.Report(Path.Combine("template", "final-accounts-template-2024.pdf"));
        var (code, output, error) = Finacct.Run("import", "--stats", PutuoPdf.PathOf(), template);
        Assert.Equal(0, code);
        Assert.DoesNotContain("page", error); // no progress lines in a corpus run
        var lines = output.TrimEnd('\n').Split('\n');
        Assert.Equal(3, lines.Length);
        // 25 pages; 195 cells (PutuoTableFacts' hand count); 103 说明 figures (counted by hand on pages 21–25).
        Assert.StartsWith(PutuoPdf.PathOf() + ": 25 pages, 9/9 tables, 195 cells, ", lines[0]);
        Assert.Contains(" with 103 figures, ", lines[0]);
        // The blank template: 23 pages, every table recognised and empty, every figure a placeholder.
        Assert.StartsWith(template + ": 23 pages, 9/9 tables, 0 cells, 0 statements with 0 figures", lines[1]);
        Assert.DoesNotContain(ImportNotes.NarrativeNotRead, output);
        Assert.StartsWith("合计 (total): 2 files, 48 pages, 18/18 tables, 195 cells, ", lines[2]);
    }
}
