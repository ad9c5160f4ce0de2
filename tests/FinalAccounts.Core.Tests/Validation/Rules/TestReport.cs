using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using FinalAccounts.Reports;
using FinalAccounts.Validation;

namespace FinalAccounts.Core.Tests.Validation.Rules;

/// <summary>
/// Builds report JSON (the seeds/schema format) from a few figures and reads it back with <see cref="ReportReader.Parse"/>,
/// so rule tests go through the same reader as real files:
/// <c>TestReport.Check(TestReport.Statement("2.1-1", ("收入总计", "决算", "2936.74", "万元"), …))</c>.
/// </summary>
public static class TestReport
{
    public const string FileName = "test-report.json";

    /// <summary>A piece of a report: a statement or a table.</summary>
    public abstract class Item
    {
    }

    /// <summary>A part of an explanation: an amount (<see cref="Fig"/>), a reference, or words.</summary>
    public abstract class Part
    {
        public static implicit operator Part((string Concept, string Basis, string Value, string Unit) f) => new Fig(f.Concept, f.Basis, f.Value, f.Unit);
    }

    /// <summary>A figure, a table cell (with <see cref="Row"/> and <see cref="Column"/>), or an amount part (with <see cref="Text"/>).</summary>
    public sealed class Fig : Part
    {
        public Fig(string concept, string basis, string value, string unit)
        {
            Concept = concept;
            Basis = basis;
            Value = value;
            Unit = unit;
        }

        public string Concept { get; }
        public string Basis { get; }
        public string Value { get; }
        public string Unit { get; }
        public string? Scope { get; init; }
        public string? FunctionPath { get; init; }
        public string? Code { get; init; }
        public string? Item { get; init; }
        public (string Concept, string Basis)? Of { get; init; }
        public string? Text { get; init; }
        public string? Row { get; init; }
        public string? Column { get; init; }

        public static implicit operator Fig((string Concept, string Basis, string Value, string Unit) f) => new(f.Concept, f.Basis, f.Value, f.Unit);
    }

    public sealed class RefPart : Part
    {
        public RefPart(string statementId, string concept, string basis)
        {
            StatementId = statementId;
            Concept = concept;
            Basis = basis;
        }

        public string StatementId { get; }
        public string Concept { get; }
        public string Basis { get; }
    }

    public sealed class TextPart : Part
    {
        public TextPart(string text) => Text = text;

        public string Text { get; }
    }

    public sealed class ExplanationSpec
    {
        public ExplanationSpec(string concept, string basis, bool partial, string marker, Part[] parts)
        {
            Concept = concept;
            Basis = basis;
            Partial = partial;
            Marker = marker;
            Parts = parts;
        }

        public string Concept { get; }
        public string Basis { get; }
        public bool Partial { get; }
        public string Marker { get; }
        public Part[] Parts { get; }
        public string? Scope { get; init; }
        public (string Concept, string Basis)[] AlsoExplains { get; init; } = System.Array.Empty<(string, string)>();
    }

    public sealed class StatementSpec : Item
    {
        private readonly List<ExplanationSpec> _explanations = new();

        public StatementSpec(string id, Fig[] figures)
        {
            Id = id;
            Figures = figures;
        }

        public string Id { get; }
        public string Section { get; init; } = "一、收入支出决算总体情况说明";

        /// <summary>Words appended to the sentence (comparison words, placeholders).</summary>
        public string Words { get; init; } = string.Empty;

        public Fig[] Figures { get; }
        public IReadOnlyList<ExplanationSpec> Explanations => _explanations;

        /// <summary>Adds an explanation and returns the statement, for chaining.</summary>
        public StatementSpec With(ExplanationSpec explanation)
        {
            _explanations.Add(explanation);
            return this;
        }
    }

    public sealed class TableSpec : Item
    {
        public TableSpec(string id, string title, string unit, Fig[] cells)
        {
            Id = id;
            Title = title;
            Unit = unit;
            Cells = cells;
        }

        public string Id { get; }
        public string Title { get; }
        public string Unit { get; }
        public Fig[] Cells { get; }
    }

    /// <summary>A figure with its qualifiers named.</summary>
    public static Fig F(string concept, string basis, string value, string unit = "万元", string? scope = null, string? path = null,
        string? code = null, string? item = null, (string Concept, string Basis)? of = null, string? text = null)
        => new(concept, basis, value, unit) { Scope = scope, FunctionPath = path, Code = code, Item = item, Of = of, Text = text };

    /// <summary>A table cell at <paramref name="row"/> × <paramref name="column"/>; unit comes from the table.</summary>
    public static Fig Cell(string row, string column, string concept, string basis, string value, string? path = null, string? code = null, string? scope = null)
        => new(concept, basis, value, string.Empty) { Row = row, Column = column, FunctionPath = path, Code = code, Scope = scope };

    public static StatementSpec Statement(string id, params Fig[] figures) => new(id, figures);

    public static StatementSpec Statement(string id, string section, params Fig[] figures) => new(id, figures) { Section = section };

    public static TableSpec Table(string id, string title, params Fig[] cells) => new(id, title, "万元", cells);

    public static ExplanationSpec Explanation(string concept, string basis, bool partial, string marker, params Part[] parts) => new(concept, basis, partial, marker, parts);

    public static RefPart Ref(string statementId, string concept, string basis) => new(statementId, concept, basis);

    public static TextPart Text(string text) => new(text);

    /// <summary>Makes the report a 预算 (report.kind 预算): put it among the items.</summary>
    public static Item Budget { get; } = new BudgetKind();

    private sealed class BudgetKind : Item
    {
    }

    /// <summary>The report file text.</summary>
    public static string Json(params Item[] items)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteNumber("formatVersion", 1);
            w.WriteStartObject("report");
            w.WriteString("title", "2024年度测试局（本级）决算公开报告");
            w.WriteNumber("year", 2024);
            w.WriteString("unitName", "测试局（本级）");
            w.WriteString("level", "单位");
            if (items.OfType<BudgetKind>().Any()) w.WriteString("kind", "预算");
            w.WriteString("unitKind", "行政单位");
            w.WriteString("currencyUnit", "万元");
            w.WriteEndObject();
            w.WriteStartArray("tables");
            foreach (var table in items.OfType<TableSpec>())
            {
                w.WriteStartObject();
                w.WriteString("id", table.Id);
                w.WriteString("title", table.Title);
                w.WriteString("unit", table.Unit);
                w.WriteStartArray("cells");
                foreach (var cell in table.Cells) WriteFigure(w, cell);
                w.WriteEndArray();
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("statements");
            foreach (var s in items.OfType<StatementSpec>())
            {
                w.WriteStartObject();
                w.WriteString("id", s.Id);
                w.WriteString("section", s.Section);
                w.WriteString("sentence", string.Concat(s.Figures.Select(f => f.Concept + f.Basis + f.Value + f.Unit + "；")) + s.Words);
                w.WriteStartArray("figures");
                foreach (var f in s.Figures) WriteFigure(w, f);
                w.WriteEndArray();
                w.WriteStartArray("explanations");
                foreach (var x in s.Explanations)
                {
                    w.WriteStartObject();
                    w.WriteStartObject("explains");
                    w.WriteString("concept", x.Concept);
                    w.WriteString("basis", x.Basis);
                    if (x.Scope != null) w.WriteString("scope", x.Scope);
                    w.WriteEndObject();
                    if (x.AlsoExplains.Length > 0)
                    {
                        w.WriteStartArray("alsoExplains");
                        foreach (var (concept, basis) in x.AlsoExplains)
                        {
                            w.WriteStartObject();
                            w.WriteString("concept", concept);
                            w.WriteString("basis", basis);
                            w.WriteEndObject();
                        }
                        w.WriteEndArray();
                    }
                    w.WriteBoolean("partial", x.Partial);
                    w.WriteString("marker", x.Marker);
                    w.WriteStartArray("parts");
                    foreach (var part in x.Parts)
                    {
                        switch (part)
                        {
                            case Fig f:
                                WriteFigure(w, f);
                                break;
                            case RefPart r:
                                w.WriteStartObject();
                                w.WriteString("ref", r.StatementId);
                                w.WriteString("concept", r.Concept);
                                w.WriteString("basis", r.Basis);
                                w.WriteEndObject();
                                break;
                            case TextPart t:
                                w.WriteStartObject();
                                w.WriteString("text", t.Text);
                                w.WriteEndObject();
                                break;
                        }
                    }
                    w.WriteEndArray();
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("evaluations");
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>The report, read back with <see cref="ReportReader.Parse"/>.</summary>
    public static FinalAccountsReport Read(params Item[] items) => ReportReader.Parse(Json(items), FileName);

    /// <summary>The report checked with every built-in rule.</summary>
    public static CheckReport Check(params Item[] items) => ReportChecker.Check(Read(items));

    private static void WriteFigure(Utf8JsonWriter w, Fig f)
    {
        w.WriteStartObject();
        if (f.Row != null) w.WriteString("row", f.Row);
        if (f.Column != null) w.WriteString("column", f.Column);
        w.WriteString("concept", f.Concept);
        w.WriteString("basis", f.Basis);
        if (f.Scope != null) w.WriteString("scope", f.Scope);
        if (f.FunctionPath != null) w.WriteString("functionPath", f.FunctionPath);
        if (f.Code != null) w.WriteString("code", f.Code);
        if (f.Item != null) w.WriteString("item", f.Item);
        if (f.Of is { } of)
        {
            w.WriteStartObject("of");
            w.WriteString("concept", of.Concept);
            w.WriteString("basis", of.Basis);
            w.WriteEndObject();
        }
        w.WriteString("value", f.Value);
        if (f.Unit.Length > 0) w.WriteString("unit", f.Unit);
        if (f.Text != null) w.WriteString("text", f.Text);
        w.WriteEndObject();
    }
}
