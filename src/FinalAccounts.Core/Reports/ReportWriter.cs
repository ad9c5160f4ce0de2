using System;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using FinalAccounts.Money;

namespace FinalAccounts.Reports;

/// <summary>
/// Writes a <see cref="FinalAccountsReport"/> in the report file format (seeds/schema/README.md, JSON): the inverse of
/// <see cref="ReportReader"/>. Reading what it writes gives back the same report — every figure with its key, value as
/// printed, unit, code and location (JSON path, table, row, column, page, sentence; not the file line) — and writing
/// that again gives the same text. Fields the model does not hold (a figure's <c>note</c>, <c>adHoc</c> …) are not
/// written. Chinese text is written as is (not \u-escaped), indented, so a person can review and correct the file.
/// </summary>
/// <remarks>
/// Each model field is written in one place, in the method named after the part of the format that holds it
/// (<c>Info</c>, <c>Table</c>, <c>Statement</c>, <c>Figure</c>, <c>Key</c>, <c>Explanation</c>, <c>Evaluation</c> …),
/// in the order the schema documents it; a field added to the model is written there and read in the reader's method
/// of the same name.
/// </remarks>
public static partial class ReportWriter
{
    private static readonly JsonWriterOptions s_options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The report as JSON text in the report file format.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static string Write(FinalAccountsReport report)
    {
        using var buffer = new MemoryStream();
        Write(report, buffer);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Writes the report to <paramref name="output"/> as UTF-8 JSON (no byte-order mark).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> or <paramref name="output"/> is null.</exception>
    public static void Write(FinalAccountsReport report, Stream output)
    {
        if (report == null) throw new ArgumentNullException(nameof(report));
        if (output == null) throw new ArgumentNullException(nameof(output));
        using var w = new Utf8JsonWriter(output, s_options);
        Report(w, report);
    }

    private static void Report(Utf8JsonWriter w, FinalAccountsReport report)
    {
        w.WriteStartObject();
        w.WriteNumber("formatVersion", 1);
        w.WritePropertyName("report");
        Info(w, report.Info);
        w.WriteStartArray("tables");
        foreach (var table in report.Tables) Table(w, table);
        w.WriteEndArray();
        w.WriteStartArray("statements");
        foreach (var statement in report.Statements) Statement(w, statement);
        w.WriteEndArray();
        if (report.Evaluations.Count > 0)
        {
            w.WriteStartArray("evaluations");
            foreach (var evaluation in report.Evaluations) Evaluation(w, evaluation);
            w.WriteEndArray();
        }
        if (report.Targets.Count > 0)
        {
            w.WriteStartArray("targets");
            foreach (var targets in report.Targets) Targets(w, targets);
            w.WriteEndArray();
        }
        w.WriteEndObject();
    }

    private static void Info(Utf8JsonWriter w, ReportInfo info)
    {
        w.WriteStartObject();
        w.WriteString("title", info.Title);
        w.WriteNumber("year", info.Year);
        w.WriteString("unitName", info.UnitName);
        w.WriteString("level", info.Level);
        // Written only for a 预算: a 决算 file stays as it was (report.kind defaults to 决算).
        if (info.Kind == ReportKind.Budget) w.WriteString("kind", "预算");
        w.WriteString("unitKind", ReportUnitKindName.Format(info.UnitKind));
        w.WriteString("currencyUnit", CurrencyUnitSymbol.Format(info.CurrencyUnit));
        Optional(w, "source", info.Source);
        Optional(w, "notes", info.Notes);
        w.WriteEndObject();
    }

    private static void Table(Utf8JsonWriter w, ReportTable table)
    {
        w.WriteStartObject();
        w.WriteString("id", table.Id);
        w.WriteString("title", table.Title);
        w.WriteString("unit", CurrencyUnitSymbol.Format(table.Unit));
        Page(w, table.Page);
        if (table.EmptyNote.Length > 0) w.WriteString("emptyNote", table.EmptyNote);
        w.WriteStartArray("cells");
        foreach (var cell in table.Cells)
        {
            // A cell's row, column and page stand in its location; its unit is the table's unless it says otherwise.
            w.WriteStartObject();
            w.WriteString("row", cell.Location.Row);
            w.WriteString("column", cell.Location.Column);
            FigureFields(w, cell, writeUnit: cell.Unit != CurrencyUnitSymbol.Format(table.Unit));
            Page(w, cell.Location.Page);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void Statement(Utf8JsonWriter w, Statement statement)
    {
        w.WriteStartObject();
        w.WriteString("id", statement.Id);
        w.WriteString("section", statement.Section);
        Optional(w, "subsection", statement.Subsection);
        Optional(w, "coverage", statement.Coverage);
        w.WriteString("sentence", statement.Sentence);
        // The reader gives a statement's page to every location in it; the model keeps it there.
        Page(w, PageOf(statement));
        w.WriteStartArray("figures");
        foreach (var figure in statement.Figures) Figure(w, figure);
        w.WriteEndArray();
        w.WriteStartArray("explanations");
        foreach (var explanation in statement.Explanations) Explanation(w, explanation);
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static int PageOf(Statement statement)
    {
        foreach (var figure in statement.Figures)
        {
            if (figure.Location.Page > 0) return figure.Location.Page;
        }
        foreach (var explanation in statement.Explanations)
        {
            if (explanation.Location.Page > 0) return explanation.Location.Page;
        }
        return 0;
    }

    private static void Explanation(Utf8JsonWriter w, Explanation explanation)
    {
        w.WriteStartObject();
        w.WritePropertyName("explains");
        KeyObject(w, explanation.Explains);
        if (explanation.AlsoExplains.Count > 0)
        {
            w.WriteStartArray("alsoExplains");
            foreach (var also in explanation.AlsoExplains) KeyObject(w, also);
            w.WriteEndArray();
        }
        w.WriteBoolean("partial", explanation.IsPartial);
        Optional(w, "marker", explanation.Marker);
        w.WriteStartArray("parts");
        foreach (var part in explanation.Parts) Part(w, part);
        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>An amount part (a figure and its clause), a reference part (ref and key) or a text part.</summary>
    private static void Part(Utf8JsonWriter w, ExplanationPart part)
    {
        w.WriteStartObject();
        if (part.Figure != null)
        {
            FigureFields(w, part.Figure, writeUnit: true);
        }
        else if (part.Reference is FigureKey reference)
        {
            Optional(w, "ref", part.ReferenceId);
            Key(w, reference);
        }
        Optional(w, "text", part.Text);
        w.WriteEndObject();
    }

    private static void Figure(Utf8JsonWriter w, StatedFigure figure)
    {
        w.WriteStartObject();
        FigureFields(w, figure, writeUnit: true);
        w.WriteEndObject();
    }

    /// <summary>The fields of a figure: its key, code, value as printed, unit and, for a share, what it is a share of.</summary>
    private static void FigureFields(Utf8JsonWriter w, StatedFigure figure, bool writeUnit)
    {
        Key(w, figure.Key);
        Optional(w, "code", figure.Code);
        w.WriteString("value", figure.Value);
        if (writeUnit) w.WriteString("unit", figure.Unit);
        if (figure.ShareOf is FigureKey of)
        {
            w.WritePropertyName("of");
            KeyObject(w, of);
        }
    }

    private static void KeyObject(Utf8JsonWriter w, FigureKey key)
    {
        w.WriteStartObject();
        Key(w, key);
        w.WriteEndObject();
    }

    private static void Key(Utf8JsonWriter w, FigureKey key)
    {
        w.WriteString("concept", key.Concept);
        w.WriteString("basis", key.Basis);
        Optional(w, "scope", key.Scope);
        Optional(w, "functionPath", key.FunctionPath);
        Optional(w, "item", key.Item);
    }

    private static void Page(Utf8JsonWriter w, int page)
    {
        if (page > 0) w.WriteNumber("page", page);
    }

    /// <summary>An optional text field: left out when empty, as the reader reads a missing field as empty.</summary>
    private static void Optional(Utf8JsonWriter w, string name, string value)
    {
        if (value.Length > 0) w.WriteString(name, value);
    }
}
