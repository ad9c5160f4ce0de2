using System.IO;
using System.Linq;
using System.Text;
using FinalAccounts.Import.Tests.Putuo;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;
using Xunit;

namespace FinalAccounts.Import.Tests.Cli;

/// <summary>Files that are not readable reports: a clear message naming the file and exit code 2, never a crash.</summary>
public sealed class MalformedFileTests : IClassFixture<TempFiles>
{
    private readonly TempFiles _temp;

    public MalformedFileTests(TempFiles temp) => _temp = temp;

    private static void AssertRejected(string path, string message)
    {
        foreach (var command in new[] { "check", "import" })
        {
            var (code, output, error) = Finacct.Run(command, path);
            Assert.Equal(2, code);
            Assert.Equal(string.Empty, output);
            // Chinese first, then English, on one line.
            Assert.StartsWith("finacct " + command + ": 无法导入 '" + path + "' (cannot import): ", error);
            Assert.Contains(message, error);
            Assert.Single(error.TrimEnd('\n').Split('\n'));
        }
    }

    [SkippableFact]
    public void Not_a_pdf() => AssertRejected(_temp.Write("notes.pdf", Encoding.UTF8.GetBytes("这不是PDF文件")), "not a PDF file");

    [SkippableFact]
    public void Truncated_pdf()
    {
        var bytes = File.ReadAllBytes(PutuoPdf.PathOf());
        AssertRejected(_temp.Write("truncated.pdf", bytes.Take(bytes.Length * 2 / 5).ToArray()), "truncated");
    }

    [SkippableFact]
    public void Damaged_pdf_with_an_end_marker()
        => AssertRejected(_temp.Write("damaged.pdf", Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << /Type /Catalog >>\ngarbage\n%%EOF\n")), "damaged");

    [SkippableFact]
    public void Scanned_pdf_without_a_text_layer()
    {
        // A page that only draws (as a scan is only an image): no text to read.
        var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(PageSize.A4);
        page.DrawRectangle(new PdfPoint(50, 50), 300, 400);
        AssertRejected(_temp.Write("scanned.pdf", builder.Build()), "no text layer");
    }

    [SkippableFact]
    public void Pdf_that_is_not_a_report()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(UglyToad.PdfPig.Fonts.Standard14Fonts.Standard14Font.Helvetica);
        builder.AddPage(PageSize.A4).AddText("Minutes of the meeting", 12, new PdfPoint(50, 700), font);
        AssertRejected(_temp.Write("minutes.pdf", builder.Build()), "does not look like a 决算 or 预算 report");
    }

    [SkippableFact]
    public void Missing_file()
    {
        var path = _temp.PathOf("missing.pdf");
        foreach (var command in new[] { "check", "score", "import" })
        {
            var (code, output, error) = Finacct.Run(command, path);
            Assert.Equal(2, code);
            Assert.Equal(string.Empty, output);
            Assert.Equal("finacct " + command + ": 找不到文件 '" + path + "' (no such file)\n", error);
        }
    }

    [SkippableFact]
    public void Not_an_xlsx() => AssertRejected(_temp.Write("table.xlsx", Encoding.UTF8.GetBytes("a,b,c\n1,2,3\n")), "not a readable XLSX workbook");
}
