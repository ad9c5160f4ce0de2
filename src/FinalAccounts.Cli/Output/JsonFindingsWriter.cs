using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;
using FinalAccounts.Reports;
using FinalAccounts.Validation;

namespace FinalAccounts.Cli.Output;

/// <summary>
/// Findings as JSON: <c>{ report, summary, findings: [ { ruleId, severity, outcome, message, messageEn, location, stated,
/// expected: {min,max}, exact, inputs } ], rulesNotRun }</c>. A location names the page of an imported PDF/XLSX
/// (<c>location.page</c>), or the JSON path and line of a report file; never a path into the importer's intermediate file.
/// </summary>
internal static class JsonFindingsWriter
{
    public static void Write(FindingsView view, TextWriter output)
    {
        var result = view.Result;
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteStartObject("report");
            w.WriteString("file", view.Input.Artifact);
            w.WriteString("unitName", result.Report.Info.UnitName);
            w.WriteNumber("year", result.Report.Info.Year);
            w.WriteEndObject();
            w.WriteStartObject("summary");
            w.WriteNumber("figures", result.Report.Figures.Count);
            w.WriteNumber("checks", result.ChecksRun);
            w.WriteNumber("errors", result.Count(Severity.Error));
            w.WriteNumber("warnings", result.Count(Severity.Warning));
            w.WriteNumber("infos", result.Count(Severity.Info));
            w.WriteEndObject();
            WriteFindings(w, view);
            w.WriteStartArray("rulesNotRun");
            foreach (var r in result.RulesNotRun) w.WriteStringValue(r.Rule.Id);
            w.WriteEndArray();
            w.WriteEndObject();
        }
        output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }

    /// <summary>The <c>findings</c> array, shared by <c>check</c> and <c>score</c>: one findings model in every command.</summary>
    public static void WriteFindings(Utf8JsonWriter w, FindingsView view)
    {
        var byPage = view.ByPage;
        w.WriteStartArray("findings");
        foreach (var f in view.Shown)
        {
            w.WriteStartObject();
            w.WriteString("ruleId", f.RuleId);
            w.WriteString("severity", f.Severity.ToString().ToLowerInvariant());
            w.WriteString("outcome", f.Outcome.ToString());
            w.WriteString("message", f.Message);
            w.WriteString("messageEn", f.MessageEn);
            w.WritePropertyName("location");
            Location(w, f.Location, byPage);
            w.WritePropertyName("stated");
            Figure(w, f.Stated, withLocation: false, byPage);
            w.WriteStartObject("expected");
            w.WriteNumber("min", f.Result.Expected.Min);
            w.WriteNumber("max", f.Result.Expected.Max);
            w.WriteEndObject();
            w.WriteNumber("exact", f.Result.Exact);
            w.WriteStartArray("inputs");
            foreach (var input in f.Inputs) Figure(w, input, withLocation: true, byPage);
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void Figure(Utf8JsonWriter w, StatedFigure figure, bool withLocation, bool byPage)
    {
        w.WriteStartObject();
        w.WriteString("concept", figure.Key.Concept);
        w.WriteString("basis", figure.Key.Basis);
        if (figure.Key.Scope.Length > 0) w.WriteString("scope", figure.Key.Scope);
        if (figure.Key.FunctionPath.Length > 0) w.WriteString("functionPath", figure.Key.FunctionPath);
        if (figure.Key.Item.Length > 0) w.WriteString("item", figure.Key.Item);
        if (figure.Code.Length > 0) w.WriteString("code", figure.Code);
        w.WriteString("value", figure.Value);
        w.WriteString("unit", figure.Unit);
        if (withLocation)
        {
            w.WritePropertyName("location");
            Location(w, figure.Location, byPage);
        }
        w.WriteEndObject();
    }

    private static void Location(Utf8JsonWriter w, FigureLocation l, bool byPage)
    {
        w.WriteStartObject();
        w.WriteString("id", l.StatementId);
        w.WriteString("section", l.Section);
        if (l.Subsection.Length > 0) w.WriteString("subsection", l.Subsection);
        if (l.Row.Length > 0) w.WriteString("row", l.Row);
        if (l.Column.Length > 0) w.WriteString("column", l.Column);
        if (l.Sentence.Length > 0) w.WriteString("sentence", l.Sentence);
        if (l.Page > 0) w.WriteNumber("page", l.Page);
        if (!byPage)
        {
            w.WriteString("jsonPath", l.JsonPath);
            if (l.Line > 0) w.WriteNumber("line", l.Line);
        }
        w.WriteEndObject();
    }
}
