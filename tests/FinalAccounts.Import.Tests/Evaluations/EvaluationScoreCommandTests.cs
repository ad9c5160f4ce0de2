using System;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using FinalAccounts.Import.Tests.Cli;
using FinalAccounts.Testing;
using Xunit;

namespace FinalAccounts.Import.Tests.Evaluations;

/// <summary>
/// <c>finacct score report.pdf</c> (and .xlsx) scores the 自评表 the import reads, with the same recomputed scores, policies
/// and findings as scoring the report file <c>finacct import</c> writes from it.
/// </summary>
public sealed class EvaluationScoreCommandTests : IDisposable
{
    private readonly TempFiles _files = new();

    public void Dispose() => _files.Dispose();

    [SkippableTheory]
    [InlineData(EvaluationTemplate.Central, ".pdf")]
    [InlineData(EvaluationTemplate.Sichuan, ".pdf")]
    [InlineData(EvaluationTemplate.Yunnan, ".pdf")]
    [InlineData(EvaluationTemplate.Central, ".xlsx")]
    [InlineData(EvaluationTemplate.Sichuan, ".xlsx")]
    [InlineData(EvaluationTemplate.Yunnan, ".xlsx")]
    public void Score_of_a_pdf_or_xlsx_equals_score_of_its_imported_json(EvaluationTemplate template, string extension)
    {
        if (extension == ".pdf") CjkFont.Require();
        var whole = new GeneratedEvaluation(template, new EvaluationLayout(true, false, false, false, 4, false), 7);
        var broken = new GeneratedEvaluation(template, new EvaluationLayout(true, true, true, true, 3, false), 11);
        // The second table's 总分 is 2.5 points above its rows: FA2004 must find it in every form.
        broken.TotalScore = (decimal.Parse(broken.TotalScore, CultureInfo.InvariantCulture) + 2.5m).ToString("0.00", CultureInfo.InvariantCulture);
        var bytes = extension == ".pdf" ? EvaluationPdfRenderer.Render(whole, broken) : EvaluationXlsxRenderer.Render(whole, broken);
        var source = _files.Write("report" + extension, bytes);
        var json = _files.PathOf("report.json");
        var (importCode, _, importError) = Finacct.Run("import", source, "-o", json);
        Assert.True(importCode == 0, importError);

        var (code, output, _) = Finacct.Run("score", source, "-f", "json");
        var (jsonCode, fromJson, _) = Finacct.Run("score", json, "-f", "json");
        Assert.Equal(1, code);
        Assert.Equal(jsonCode, code);
        using var a = JsonDocument.Parse(output);
        using var b = JsonDocument.Parse(fromJson);
        Assert.Equal(2, a.RootElement.GetProperty("evaluations").GetArrayLength());
        Assert.Equal(b.RootElement.GetProperty("evaluations").GetRawText(), a.RootElement.GetProperty("evaluations").GetRawText());
        Assert.Equal(b.RootElement.GetProperty("summary").GetRawText(), a.RootElement.GetProperty("summary").GetRawText());
        Assert.Equal(Findings(b), Findings(a));
        Assert.Contains(Findings(a), f => f.StartsWith("FA2004 error E2", StringComparison.Ordinal));
        // The import's findings stand on the page of the table; the file's on its JSON line.
        var fa2004 = a.RootElement.GetProperty("findings").EnumerateArray().First(f => f.GetProperty("ruleId").GetString() == "FA2004");
        Assert.True(fa2004.GetProperty("location").GetProperty("page").GetInt32() > 1);
    }

    private static string Place(JsonElement l)
        => l.GetProperty("id").GetString() + " " + (l.TryGetProperty("row", out var r) ? r.GetString() : "") + " " + (l.TryGetProperty("column", out var c) ? c.GetString() : "");

    private static string[] Findings(JsonDocument doc)
        => doc.RootElement.GetProperty("findings").EnumerateArray()
            .Select(f => f.GetProperty("ruleId").GetString() + " " + f.GetProperty("severity").GetString() + " " + Place(f.GetProperty("location"))
                + " " + (f.TryGetProperty("stated", out var s) && s.ValueKind == JsonValueKind.Object ? s.GetProperty("value").GetString() : "-") + " " + f.GetProperty("message").GetString())
            .ToArray();
}
