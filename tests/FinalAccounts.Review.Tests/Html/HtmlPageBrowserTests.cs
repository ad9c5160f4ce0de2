using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using FinalAccounts.Review.Batch;
using FinalAccounts.Review.Html;
using FinalAccounts.Review.Tests.Support;
using FinalAccounts.Validation;
using Xunit;

namespace FinalAccounts.Review.Tests.Html;

/// <summary>The HTML page in a real browser (headless system Chromium): findings, highlighted figures, click to focus.</summary>
public sealed class HtmlPageBrowserTests : IClassFixture<BrowserSession>, IDisposable
{
    private readonly BrowserSession _browser;
    private readonly TempFolder _temp = new();

    public HtmlPageBrowserTests(BrowserSession browser) => _browser = browser;

    public void Dispose() => _temp.Dispose();

    [SkippableFact]
    public async Task Every_finding_of_the_seed_is_listed_with_its_chinese_message_errors_first()
    {
        Chromium.Require();
        var report = Reviewed.Seed;
        var page = await _browser.OpenAsync(Write(report));
        var rules = await page.EvaluateExpressionAsync<string[]>("[...document.querySelectorAll('ol.findings li')].map(li => li.getAttribute('data-rule'))");
        var messages = await page.EvaluateExpressionAsync<string[]>("[...document.querySelectorAll('ol.findings li .message')].map(m => m.textContent)");
        var bySeverity = report.Check!.Findings.OrderByDescending(f => f.Severity).ToList(); // a stable sort: each group keeps the report's order
        Assert.Equal(bySeverity.Select(f => f.RuleId), rules);
        Assert.Equal(bySeverity.Select(f => f.Message), messages);
        Assert.Equal("zh-CN", await page.EvaluateExpressionAsync<string>("document.documentElement.lang"));
        Assert.Equal(0, _browser.Requests);
    }

    [SkippableFact]
    public async Task The_stated_cell_and_its_inputs_are_highlighted_in_the_table()
    {
        Chromium.Require();
        _temp.Write("broken.json", SmallReports.Broken);
        var report = ReportReview.Check(new ReportFile(Path.Combine(_temp.Path, "broken.json"), "broken.json"));
        var page = await _browser.OpenAsync(Write(report));
        // By hand: 收入总计 101.00 is stated against 本年收入合计 90.00 + 年初结转和结余 10.00.
        Assert.Equal(new[] { "101.00" }, await page.EvaluateExpressionAsync<string[]>("[...document.querySelectorAll('td.stated')].map(e => e.textContent)"));
        Assert.Equal(new[] { "90.00", "10.00" }, await page.EvaluateExpressionAsync<string[]>("[...document.querySelectorAll('td.input')].map(e => e.textContent)"));
        var stated = await page.EvaluateExpressionAsync<string>("getComputedStyle(document.querySelector('td.stated')).backgroundColor");
        var input = await page.EvaluateExpressionAsync<string>("getComputedStyle(document.querySelector('td.input')).backgroundColor");
        Assert.NotEqual(stated, input);
        var title = await page.EvaluateExpressionAsync<string>("document.querySelector('td.stated').title");
        Assert.Contains("FA1001", title);
        Assert.Contains("[99.99, 100.01]", title); // 90.00 and 10.00 each ±0.005
        Assert.Contains("精确计算 100", title);
    }

    [SkippableFact]
    public async Task On_the_putuo_pdf_the_highlighted_figures_are_exactly_the_findings_figures()
    {
        Chromium.Require();
        Repository.RequirePutuoPdf();
        var report = Reviewed.Putuo;
        var page = await _browser.OpenAsync(Write(report));
        var onPage = await page.EvaluateExpressionAsync<string[]>("[...document.querySelectorAll('.fig.stated')].map(e => e.getAttribute('data-key') + '=' + e.getAttribute('data-value'))");
        var expected = report.Check!.Findings.Select(f => f.Stated.Key + "=" + f.Stated.Value).Distinct().OrderBy(x => x, StringComparer.Ordinal);
        Assert.Equal(expected, onPage.Distinct().OrderBy(x => x, StringComparer.Ordinal));
        // Each highlighted table cell shows the stated figure as printed.
        var cells = await page.EvaluateExpressionAsync<string[]>("[...document.querySelectorAll('td.fig.stated')].map(e => e.textContent + '|' + e.getAttribute('data-value'))");
        Assert.NotEmpty(cells);
        Assert.All(cells, c => Assert.Equal(c.Split('|')[1], c.Split('|')[0]));
        // The 说明's marks show the digits printed in the sentence, sign aside.
        var marks = await page.EvaluateExpressionAsync<string[]>("[...document.querySelectorAll('mark.fig.stated')].map(e => e.textContent + '|' + e.getAttribute('data-value'))");
        Assert.NotEmpty(marks);
        Assert.All(marks, m => Assert.Equal(m.Split('|')[1].TrimStart('-'), m.Split('|')[0]));
        Assert.Equal(0, _browser.Requests);
    }

    [SkippableFact]
    public async Task Clicking_a_finding_scrolls_to_its_figure_marks_it_and_shows_the_rule()
    {
        Chromium.Require();
        var report = File.Exists(Repository.PutuoPdf) ? Reviewed.Putuo : Reviewed.Seed;
        var page = await _browser.OpenAsync(Write(report));
        var findings = report.Check!.Findings.OrderByDescending(f => f.Severity).ToList();
        foreach (var index in new[] { 0, findings.Count - 1 })
        {
            await page.EvaluateExpressionAsync("window.scrollTo(0, 0)");
            var selector = index == 0 ? "ol.findings li" : $"#{await page.EvaluateExpressionAsync<string>($"document.querySelectorAll('ol.findings li')[{index}].id")}";
            await page.EvaluateExpressionAsync($"document.querySelector('{selector}').scrollIntoView()");
            await page.ClickAsync(selector);
            var id = await page.EvaluateExpressionAsync<string>($"document.querySelector('{selector}').getAttribute('data-stated')");
            Assert.True(await page.EvaluateExpressionAsync<bool>($"document.getElementById('{id}').classList.contains('focus')"));
            Assert.Equal(1, await page.EvaluateExpressionAsync<int>("document.querySelectorAll('.focus').length"));
            var top = await page.EvaluateExpressionAsync<double>($"document.getElementById('{id}').getBoundingClientRect().top");
            var height = await page.EvaluateExpressionAsync<double>("window.innerHeight");
            Assert.InRange(top, 0, height);
            var detail = await page.EvaluateExpressionAsync<string>("document.getElementById('detail').classList.contains('open') ? document.getElementById('detail-text').textContent : ''");
            Assert.Contains(findings[index].RuleId, detail);
            Assert.Equal(findings[index].Stated.Value.TrimStart('-'), (await page.EvaluateExpressionAsync<string>($"document.getElementById('{id}').textContent")).TrimStart('-').Replace(findings[index].Stated.Unit, string.Empty));
        }
    }

    [SkippableFact]
    public async Task A_screenshot_of_a_clicked_finding_is_written_for_the_readme()
    {
        Chromium.Require();
        var report = File.Exists(Repository.PutuoPdf) ? Reviewed.Putuo : Reviewed.Seed;
        var page = await _browser.OpenAsync(Write(report));
        // An error in a table when there is one (the clearest picture: stated cell outlined, inputs in green), else the first error.
        var findings = report.Check!.Findings.ToList();
        var error = findings.FirstOrDefault(f => f.Severity == Severity.Error && f.Location.Row.Length > 0) ?? findings.First(f => f.Severity == Severity.Error);
        await page.ClickAsync("#finding-" + findings.IndexOf(error));
        var path = Path.Combine(AppContext.BaseDirectory, "review-html.png");
        await page.ScreenshotAsync(path);
        Assert.True(new FileInfo(path).Length > 10_000);
    }

    private string Write(ReviewedReport report)
    {
        var path = Path.Combine(_temp.Path, report.File.Name + ".html");
        using var w = new StreamWriter(path);
        HtmlReportWriter.Write(report, w);
        return path;
    }
}
