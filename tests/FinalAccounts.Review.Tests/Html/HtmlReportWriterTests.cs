using System.IO;
using System.Text.RegularExpressions;
using FinalAccounts.Review.Html;
using FinalAccounts.Review.Tests.Support;
using Xunit;

namespace FinalAccounts.Review.Tests.Html;

/// <summary>What can be checked without a browser: the page is self-contained and every finding has its element.</summary>
public sealed class HtmlReportWriterTests
{
    [Fact]
    public void The_page_fetches_nothing_and_names_every_finding_once()
    {
        var report = Reviewed.Seed;
        var w = new StringWriter();
        HtmlReportWriter.Write(report, w);
        var html = w.ToString();
        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"zh-CN\">", html);
        Assert.DoesNotMatch(new Regex(@"\b(src|href)\s*=\s*""(https?:)?//"), html);
        Assert.DoesNotContain("@import", html);
        Assert.DoesNotContain("url(", html);
        Assert.Equal(report.Check!.Findings.Count, Regex.Matches(html, "<li id=\"finding-").Count);
        // Each finding's stated figure has an element with the id the finding points at.
        foreach (Match m in Regex.Matches(html, "data-stated=\"([a-z0-9]+)\""))
        {
            Assert.Contains("id=\"" + m.Groups[1].Value + "\" class=\"", html);
        }
    }

    [Fact]
    public void Text_from_the_report_is_escaped()
    {
        using var t = new TempFolder();
        var path = t.Write("x.json", SmallReports.Broken.Replace("测试单位\", \"level\"", "<script>alert(1)</script>\", \"level\""));
        var report = FinalAccounts.Review.Batch.ReportReview.Check(new FinalAccounts.Review.Batch.ReportFile(path, "x.json"));
        var w = new StringWriter();
        HtmlReportWriter.Write(report, w);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", w.ToString());
        Assert.Single(Regex.Matches(w.ToString(), "<script>")); // only the page's own
    }
}
