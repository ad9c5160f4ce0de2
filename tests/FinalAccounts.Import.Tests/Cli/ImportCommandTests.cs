using System.IO;
using System.Linq;
using FinalAccounts.Import.Tests.Putuo;
using FinalAccounts.Reports;
using Xunit;

namespace FinalAccounts.Import.Tests.Cli;

/// <summary><c>finacct check report.pdf</c> and <c>finacct import report.pdf -o report.json</c> on the real report.</summary>
public sealed class ImportCommandTests : IClassFixture<TempFiles>
{
    private readonly TempFiles _temp;

    public ImportCommandTests(TempFiles temp) => _temp = temp;

    [SkippableFact]
    public void Check_on_the_pdf_reports_the_two_real_errors_and_exits_1()
    {
        var (code, output, error) = Finacct.Run("check", PutuoPdf.PathOf());
        Assert.Equal(1, code);
        Assert.Contains("2 个错误，0 个警告", output);
        Assert.Contains("错误 FA1030  四、财政拨款收入支出决算总体情况说明 [3.4-1] (p. 21)", output);
        Assert.Contains("列示 0.3万元", output);
        Assert.Contains("错误 FA1022", output);
        Assert.Contains("列示 71.73%", output);
        Assert.Contains("注意 FA4005 p.23", output);
        Assert.DoesNotContain("(line ", output); // locations name pages of the PDF, not lines of a file the user never saw
        Assert.Contains("page 25/25", error);
    }

    [SkippableFact]
    public void Check_on_the_pdf_as_sarif_keeps_the_notes_off_stdout()
    {
        var (code, output, error) = Finacct.Run("check", PutuoPdf.PathOf(), "--format", "sarif");
        Assert.Equal(1, code);
        Assert.StartsWith("{", output.TrimStart());
        Assert.DoesNotContain("注意", output);
        Assert.Contains("注意 FA4005", error);
    }

    [SkippableFact]
    public void Import_writes_a_report_file_that_reads_back_with_the_same_figures()
    {
        var output = _temp.PathOf("putuo.json");
        var (code, _, error) = Finacct.Run("import", PutuoPdf.PathOf(), "-o", output);
        Assert.Equal(0, code);
        Assert.Contains("→ " + output, error);
        var back = ReportReader.ReadFile(output);
        static string[] Figures(FinalAccountsReport r) => r.Figures
            .Select(f => f.Key + "|" + f.Value + "|" + f.Unit + "|" + f.Code + "|" + f.Location.StatementId + "|" + f.Location.Row + "|" + f.Location.Column + "|" + f.Location.Sentence + "|p" + f.Location.Page)
            .ToArray();
        Assert.Equal(Figures(PutuoPdf.Import.Report), Figures(back));
        Assert.Equal(269, back.Figures.Count);
        // The written file checks exactly as the PDF does.
        var (checkCode, checkOutput, _) = Finacct.Run("check", output);
        Assert.Equal(1, checkCode);
        Assert.Contains("2 个错误，0 个警告", checkOutput);
    }

    [SkippableFact]
    public void Import_without_o_writes_the_json_to_stdout()
    {
        var (code, output, _) = Finacct.Run("import", PutuoPdf.PathOf());
        Assert.Equal(0, code);
        Assert.Contains("\"title\": \"收入支出决算总表\"", output);
        Assert.Equal(PutuoPdf.Import.Report.Figures.Count, ReportReader.Parse(output, "stdout").Figures.Count);
    }

    [Fact]
    public void Import_usage_errors_exit_2()
    {
        Assert.Equal(2, Finacct.Run("import").Code);
        Assert.Equal(2, Finacct.Run("import", "a.pdf", "--bogus").Code);
        var (code, _, error) = Finacct.Run("import", _temp.Write("report.docx", new byte[] { 1, 2, 3 }));
        Assert.Equal(2, code);
        Assert.Contains("不是 .pdf 或 .xlsx 文件 (not a .pdf or .xlsx file)", error);
    }

    [SkippableFact]
    public void Import_into_a_missing_folder_exits_2()
    {
        var (code2, _, error2) = Finacct.Run("import", PutuoPdf.PathOf(), "-o", Path.Combine(_temp.Folder, "no-such-folder", "x.json"));
        Assert.Equal(2, code2);
        Assert.Contains("(cannot write the output file)", error2);
    }
}
