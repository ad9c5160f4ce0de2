using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace FinalAccounts.Review.Batch;

/// <summary>
/// The summary as JSON (schema <c>finacct-summary/1</c>, documented in docs/review.md):
/// <c>{ schema, reports: [ { file, name, unitName, year, status, problem?, errors, warnings, infos, tables, figures,
/// importNotes, exitCode } ], totals: { reports, unreadable, errors, warnings, infos, tables, figures, importNotes,
/// exitCode } }</c>. No clock and no timing: the same files give the same bytes, so shard summaries can be compared and merged.
/// </summary>
public static class SummaryJsonWriter
{
    /// <summary>The schema name written first.</summary>
    public const string Schema = "finacct-summary/1";

    /// <summary>Writes <paramref name="summary"/> to <paramref name="output"/> (UTF-8, indented).</summary>
    public static void Write(BatchSummary summary, Stream output)
    {
        using var w = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        w.WriteStartObject();
        w.WriteString("schema", Schema);
        w.WriteStartArray("reports");
        foreach (var r in summary.Reports)
        {
            w.WriteStartObject();
            w.WriteString("file", r.File);
            w.WriteString("name", r.Name);
            w.WriteString("unitName", r.UnitName);
            w.WriteNumber("year", r.Year);
            w.WriteString("status", r.Problem is null ? "checked" : "unreadable");
            if (r.Problem != null) w.WriteString("problem", r.Problem);
            foreach (var (name, of) in ReportSummary.Counters) w.WriteNumber(name, of(r));
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartObject("totals");
        foreach (var (name, value) in summary.Totals()) w.WriteNumber(name, value);
        w.WriteEndObject();
        w.WriteEndObject();
    }
}
