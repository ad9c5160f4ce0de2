using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using FinalAccounts.Import.Narrative;
using FinalAccounts.Import.Tables;

namespace FinalAccounts.Import;

/// <summary>
/// Writes what was recognised in the report file format (seeds/schema/README.md), so that
/// <see cref="FinalAccounts.Reports.ReportReader"/> validates every key, unit, 功能分类 path and code, and a user can
/// review and correct the file. Tables are written as arrays of cells with row, column and page; statements with their
/// sentence and page. Chinese text is written as is (not \u-escaped) so the file stays readable.
/// </summary>
internal static class ReportJsonWriter
{
    public static string Write(HeaderDraft header, IReadOnlyList<TableDraft> tables, IReadOnlyList<StatementDraft> statements)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteNumber("formatVersion", 1);
            w.WriteStartObject("report");
            w.WriteString("title", header.Title);
            w.WriteNumber("year", header.Year);
            w.WriteString("unitName", header.UnitName);
            w.WriteString("level", header.Level);
            if (header.Kind != "决算") w.WriteString("kind", header.Kind);
            w.WriteString("unitKind", header.UnitKind);
            w.WriteString("currencyUnit", header.CurrencyUnit);
            w.WriteString("source", header.Source);
            if (header.Notes.Length > 0) w.WriteString("notes", header.Notes);
            w.WriteEndObject();
            w.WriteStartArray("tables");
            foreach (var table in tables) WriteTable(w, table);
            w.WriteEndArray();
            w.WriteStartArray("statements");
            foreach (var s in statements) WriteStatement(w, s);
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteTable(Utf8JsonWriter w, TableDraft table)
    {
        w.WriteStartObject();
        w.WriteString("id", table.Id);
        w.WriteString("title", table.Title);
        w.WriteString("unit", table.Unit);
        w.WriteNumber("page", table.Page);
        w.WriteStartArray("cells");
        foreach (var c in table.Cells)
        {
            w.WriteStartObject();
            w.WriteString("row", c.Row);
            w.WriteString("column", c.Column);
            w.WriteString("concept", c.Concept);
            w.WriteString("basis", c.Basis);
            if (c.Scope != null) w.WriteString("scope", c.Scope);
            if (c.FunctionPath != null) w.WriteString("functionPath", c.FunctionPath);
            if (c.Item != null) w.WriteString("item", c.Item);
            if (c.Code != null) w.WriteString("code", c.Code);
            w.WriteString("value", c.Value);
            if (c.Page > 0) w.WriteNumber("page", c.Page);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteStatement(Utf8JsonWriter w, StatementDraft s)
    {
        w.WriteStartObject();
        w.WriteString("id", s.Id);
        w.WriteString("section", s.Section);
        if (s.Subsection.Length > 0) w.WriteString("subsection", s.Subsection);
        w.WriteString("sentence", s.Sentence);
        if (s.Page > 0) w.WriteNumber("page", s.Page);
        w.WriteStartArray("figures");
        foreach (var f in s.Figures) WriteFigure(w, f, true);
        w.WriteEndArray();
        w.WriteStartArray("explanations");
        foreach (var e in s.Explanations)
        {
            w.WriteStartObject();
            w.WritePropertyName("explains");
            WriteFigure(w, e.Explains, false);
            if (e.Also.Count > 0)
            {
                w.WriteStartArray("alsoExplains");
                foreach (var a in e.Also) WriteFigure(w, a, false);
                w.WriteEndArray();
            }
            w.WriteBoolean("partial", e.Partial);
            w.WriteString("marker", e.Marker);
            w.WriteStartArray("parts");
            foreach (var p in e.Parts)
            {
                if (p.Value.Length > 0) WriteFigure(w, p, true);
                else
                {
                    w.WriteStartObject();
                    w.WriteString("text", p.Text);
                    w.WriteEndObject();
                }
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteFigure(Utf8JsonWriter w, FigureDraft f, bool withValue)
    {
        w.WriteStartObject();
        w.WriteString("concept", f.Concept);
        w.WriteString("basis", f.Basis);
        if (f.Scope != null) w.WriteString("scope", f.Scope);
        if (f.FunctionPath != null) w.WriteString("functionPath", f.FunctionPath);
        if (withValue)
        {
            w.WriteString("value", f.Value);
            w.WriteString("unit", f.Unit);
            if (f.Text != null) w.WriteString("text", f.Text);
            if (f.Of is { } of)
            {
                w.WriteStartObject("of");
                w.WriteString("concept", of.Concept);
                w.WriteString("basis", of.Basis);
                if (of.Scope != null) w.WriteString("scope", of.Scope);
                w.WriteEndObject();
            }
        }
        w.WriteEndObject();
    }
}
