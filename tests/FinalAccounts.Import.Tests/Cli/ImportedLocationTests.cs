using System;
using System.Linq;
using System.Text.Json;
using FinalAccounts.Classification;
using FinalAccounts.Import.Tests.Putuo;
using FinalAccounts.Import.Tests.RoundTrip;
using Xunit;

namespace FinalAccounts.Import.Tests.Cli;

/// <summary>
/// Findings on an imported PDF/XLSX point at the page a person can open, never at a JSON path or line of the importer's
/// intermediate file; score reads PDF/XLSX as check does; FA4xxx notes read Chinese first.
/// </summary>
public sealed class ImportedLocationTests : IClassFixture<TempFiles>
{
    private readonly TempFiles _temp;

    public ImportedLocationTests(TempFiles temp) => _temp = temp;

    /// <summary>
    /// 支出决算表 whose 合计 says 11.00 over rows adding to 10.00 (201 = 20106 = 2010601 = 10.00), and a fourth column the
    /// standard table does not have (its 7.89 is left out with FA4002).
    /// </summary>
    private string BrokenWorkbook()
    {
        var columns = new[] { "本年支出合计", "基本支出", "项目支出" }.Select(c => new GeneratedColumn(c, c)).Append(new GeneratedColumn("备注金额", "?")).ToArray();
        var code = FunctionCode.Parse("2010601");
        var rows = new[] { (code.Parent!.Value.Parent!.Value, new string?[] { "10.00", "4.00", "6.00", null }), (code.Parent!.Value, new string?[] { "10.00", "4.00", "6.00", null }), (code, new string?[] { "10.00", "4.00", "6.00", "7.89" }) };
        var report = new GeneratedReport(new[] { new GeneratedTable("表3", "支出决算表", columns, new string?[] { "11.00", "4.00", "6.00", null }, rows, false) });
        return _temp.Write("broken-" + Guid.NewGuid().ToString("N") + ".xlsx", XlsxRenderer.Render(report));
    }

    private static void AssertByPage(JsonElement location)
    {
        Assert.True(location.GetProperty("page").GetInt32() > 0);
        Assert.False(location.TryGetProperty("jsonPath", out _));
        Assert.False(location.TryGetProperty("line", out _));
    }

    [Fact]
    public void Findings_on_an_xlsx_carry_the_sheet_and_no_json_path()
    {
        var path = BrokenWorkbook();
        var (code, output, _) = Finacct.Run("check", path, "-f", "json");
        Assert.Equal(1, code); // 11.00 ≠ 10.00 is no rounding question
        using var doc = JsonDocument.Parse(output);
        var findings = doc.RootElement.GetProperty("findings").EnumerateArray().ToList();
        Assert.NotEmpty(findings);
        foreach (var f in findings)
        {
            AssertByPage(f.GetProperty("location"));
            foreach (var input in f.GetProperty("inputs").EnumerateArray()) AssertByPage(input.GetProperty("location"));
        }
        var (_, sarif, _) = Finacct.Run("check", path, "-f", "sarif");
        using var sarifDoc = JsonDocument.Parse(sarif);
        foreach (var r in sarifDoc.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray())
        {
            var location = r.GetProperty("locations")[0];
            Assert.True(location.GetProperty("properties").GetProperty("page").GetInt32() > 0);
            Assert.False(location.GetProperty("physicalLocation").TryGetProperty("region", out _));
            Assert.DoesNotContain("$.", location.GetProperty("logicalLocations")[0].GetProperty("fullyQualifiedName").GetString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Score_reads_an_xlsx_as_check_does()
    {
        var path = BrokenWorkbook();
        var (code, output, _) = Finacct.Run("score", path);
        Assert.Equal(0, code); // no 绩效自评表, so no FA2xxx finding
        Assert.Contains("0 张自评表", output, StringComparison.Ordinal);
        Assert.Contains("注意 FA4002", output, StringComparison.Ordinal);
        var (jsonCode, json, error) = Finacct.Run("score", path, "-f", "json");
        Assert.Equal(0, jsonCode);
        using var doc = System.Text.Json.JsonDocument.Parse(json);
        Assert.Equal(0, doc.RootElement.GetProperty("findings").GetArrayLength());
        Assert.Contains("注意 FA4002", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_notes_are_chinese_first_on_one_line()
    {
        var (_, output, _) = Finacct.Run("check", BrokenWorkbook());
        var note = output.Split('\n').Single(l => l.StartsWith("注意 FA4002", StringComparison.Ordinal) && l.Contains("7.89", StringComparison.Ordinal));
        Assert.Matches(@"^注意 FA4002 p\.\d+ 表3 · 201 06 01 行政运行：数值无法确定所在行或列，已略去 \(value 7\.89 stands under no known column", note);
    }

    [SkippableFact]
    public void Findings_on_the_real_pdf_carry_their_page()
    {
        var (code, output, _) = Finacct.Run("check", PutuoPdf.PathOf(), "-f", "json");
        Assert.Equal(1, code);
        using var doc = JsonDocument.Parse(output);
        var findings = doc.RootElement.GetProperty("findings").EnumerateArray().ToList();
        Assert.All(findings, f => AssertByPage(f.GetProperty("location")));
        // FA1030 on 四、财政拨款收入支出决算总体情况说明 stands on page 21 of the PDF (see ImportCommandTests).
        Assert.Contains(findings, f => f.GetProperty("ruleId").GetString() == "FA1030" && f.GetProperty("location").GetProperty("page").GetInt32() == 21);
    }
}
