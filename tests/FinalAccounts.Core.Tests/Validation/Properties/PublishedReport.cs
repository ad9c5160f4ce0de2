using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using FinalAccounts.Money;
using FinalAccounts.Reports;

namespace FinalAccounts.Core.Tests.Validation.Properties;

/// One printed figure of a generated report, as it will be written to the report file.
internal sealed class PubFigure
{
    public string Concept = "";
    public string Basis = "";
    public string Scope = "";
    public string FunctionPath = "";
    public string Item = "";
    public string Code = "";
    public string Value = "";
    public string Unit = "";
    public (string Concept, string Basis)? Of;
    public string Row = "";
    public string Column = "";
    public string Text = "";

    /// Only in a partial list (主要包括…等): moving it down stays explainable, so a move must go up by more than this (分).
    public long PartialSlack = -1;

    public bool IsMoney => Unit == "万元" || Unit == "元";

    public override string ToString() => Concept + "（" + Basis + "）" + (Scope.Length > 0 ? "[" + Scope + "]" : "") +
        (FunctionPath.Length > 0 ? "[" + FunctionPath + "]" : "") + (Item.Length > 0 ? "[" + Item + "]" : "") + " " + Value + Unit;
}

internal sealed class PubPart
{
    public PubFigure? Figure;
    public string Ref = "";
    public string RefConcept = "";
    public string RefBasis = "";
    public string Text = "";
}

internal sealed class PubExplanation
{
    public string Concept = "";
    public string Basis = "";
    public string Scope = "";
    public string FunctionPath = "";
    public List<(string Concept, string Basis)> Also = new();
    public bool Partial;
    public string Marker = "";
    public List<PubPart> Parts = new();
}

internal sealed class PubStatement
{
    public string Id = "";
    public string Section = "";
    public string Subsection = "";
    /// A region-wide summary's coverage (全区 …); empty for the unit's own sentence.
    public string Coverage = "";
    public List<PubFigure> Figures = new();
    public List<PubExplanation> Explanations = new();

    /// Words appended to the sentence (a planted placeholder or date).
    public string Extra = "";
}

internal sealed class PubTable
{
    public string Id = "";
    public string Title = "";

    /// The statement under a table published without data (注：…故本表无数据。), or empty.
    public string EmptyNote = "";
    public string Unit = "";
    public Dictionary<string, string> Defaults = new();
    public List<PubFigure> Cells = new();
}

/// A published report: tables and statements of printed figures, written in the report file format.
/// It keeps its own JSON writing on purpose (ReportWriter replaced the other test-side writers): it writes what a person
/// or another program writes and ReportWriter never does — table defaults, cells that leave fields to them, figures
/// already grouped by their own paths — so it is the independent "x" of the round-trip law write(read(x)) and the
/// reader's defaults stay covered by the check properties.
internal sealed class PublishedReport
{
    public PublishedReport(CurrencyUnit unit, List<PubTable> tables, List<PubStatement> statements)
    {
        Unit = unit;
        Tables = tables;
        Statements = statements;
    }

    public CurrencyUnit Unit { get; }
    public List<PubTable> Tables { get; }
    public List<PubStatement> Statements { get; }

    /// Every printed figure: table cells, statement figures, amount parts.
    public IEnumerable<PubFigure> Figures =>
        Tables.SelectMany(t => t.Cells)
            .Concat(Statements.SelectMany(s => s.Figures.Concat(s.Explanations.SelectMany(e => e.Parts).Where(p => p.Figure != null).Select(p => p.Figure!))));

    /// The same figures in another printed order: rows of each table, statements, figures, explanations and parts shuffled.
    public PublishedReport Shuffled(int seed)
    {
        var rng = new Random(seed);
        List<T> Shuffle<T>(IEnumerable<T> items) => items.OrderBy(_ => rng.Next()).ToList();
        var tables = Tables.Select(t => new PubTable { Id = t.Id, Title = t.Title, Unit = t.Unit, EmptyNote = t.EmptyNote, Defaults = t.Defaults, Cells = Shuffle(t.Cells) }).ToList();
        var statements = Shuffle(Statements.Select(s => new PubStatement
        {
            Id = s.Id, Section = s.Section, Subsection = s.Subsection, Coverage = s.Coverage, Extra = s.Extra, Figures = Shuffle(s.Figures),
            Explanations = Shuffle(s.Explanations.Select(e => new PubExplanation
            {
                Concept = e.Concept, Basis = e.Basis, Scope = e.Scope, FunctionPath = e.FunctionPath, Also = e.Also,
                Partial = e.Partial, Marker = e.Marker, Parts = Shuffle(e.Parts),
            })),
        }));
        return new PublishedReport(Unit, tables, statements);
    }

    /// The report file, and the JSON path each figure is written at.
    public string ToJson(out Dictionary<PubFigure, string> paths)
    {
        paths = new Dictionary<PubFigure, string>(ReferenceEqualityComparer.Instance);
        var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            string unit = Unit == CurrencyUnit.WanYuan ? "万元" : "元";
            w.WriteStartObject();
            w.WriteNumber("formatVersion", 1);
            w.WriteStartObject("report");
            w.WriteString("title", "2024年度示例局（本级）决算公开报告");
            w.WriteNumber("year", 2024);
            w.WriteString("unitName", "示例局（本级）");
            w.WriteString("level", "单位");
            w.WriteString("unitKind", "行政单位");
            w.WriteString("currencyUnit", unit);
            w.WriteString("source", "generated");
            w.WriteEndObject();
            w.WriteStartArray("tables");
            for (int t = 0; t < Tables.Count; t++)
            {
                var table = Tables[t];
                w.WriteStartObject();
                w.WriteString("id", table.Id);
                w.WriteString("title", table.Title);
                w.WriteString("unit", table.Unit);
                if (table.EmptyNote.Length > 0) w.WriteString("emptyNote", table.EmptyNote);
                if (table.Defaults.Count > 0)
                {
                    w.WriteStartObject("defaults");
                    foreach (var d in table.Defaults) w.WriteString(d.Key, d.Value);
                    w.WriteEndObject();
                }
                w.WriteStartArray("cells");
                for (int c = 0; c < table.Cells.Count; c++)
                {
                    var cell = table.Cells[c];
                    paths[cell] = "$.tables[" + t + "].cells[" + c + "]";
                    w.WriteStartObject();
                    w.WriteString("row", cell.Row);
                    w.WriteString("column", cell.Column);
                    WriteFigure(w, cell, table.Defaults, table.Unit);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("statements");
            for (int s = 0; s < Statements.Count; s++)
            {
                var statement = Statements[s];
                string path = "$.statements[" + s + "]";
                w.WriteStartObject();
                w.WriteString("id", statement.Id);
                w.WriteString("section", statement.Section);
                if (statement.Subsection.Length > 0) w.WriteString("subsection", statement.Subsection);
                if (statement.Coverage.Length > 0) w.WriteString("coverage", statement.Coverage);
                w.WriteString("sentence", Sentence(statement));
                w.WriteStartArray("figures");
                for (int f = 0; f < statement.Figures.Count; f++)
                {
                    paths[statement.Figures[f]] = path + ".figures[" + f + "]";
                    w.WriteStartObject();
                    WriteFigure(w, statement.Figures[f], null, null);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                w.WriteStartArray("explanations");
                for (int e = 0; e < statement.Explanations.Count; e++)
                {
                    var x = statement.Explanations[e];
                    w.WriteStartObject();
                    w.WriteStartObject("explains");
                    WriteKey(w, x.Concept, x.Basis, x.Scope, x.FunctionPath);
                    w.WriteEndObject();
                    if (x.Also.Count > 0)
                    {
                        w.WriteStartArray("alsoExplains");
                        foreach (var (concept, basis) in x.Also)
                        {
                            w.WriteStartObject();
                            WriteKey(w, concept, basis, x.Scope, x.FunctionPath);
                            w.WriteEndObject();
                        }
                        w.WriteEndArray();
                    }
                    w.WriteBoolean("partial", x.Partial);
                    w.WriteString("marker", x.Marker);
                    w.WriteStartArray("parts");
                    for (int p = 0; p < x.Parts.Count; p++)
                    {
                        var part = x.Parts[p];
                        w.WriteStartObject();
                        if (part.Figure != null)
                        {
                            paths[part.Figure] = path + ".explanations[" + e + "].parts[" + p + "]";
                            WriteFigure(w, part.Figure, null, null);
                            w.WriteString("text", part.Figure.Concept + part.Figure.Value + part.Figure.Unit);
                        }
                        else if (part.Ref.Length > 0)
                        {
                            w.WriteString("ref", part.Ref);
                            WriteKey(w, part.RefConcept, part.RefBasis, "", "");
                        }
                        else
                        {
                            w.WriteString("text", part.Text);
                        }
                        w.WriteEndObject();
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

    public string ToJson() => ToJson(out _);

    /// Reads the report file back with <see cref="ReportReader"/>.
    public FinalAccountsReport Read(out Dictionary<PubFigure, string> paths) => ReportReader.Parse(ToJson(out paths), "generated.json");

    public FinalAccountsReport Read() => Read(out _);

    private static void WriteKey(Utf8JsonWriter w, string concept, string basis, string scope, string functionPath)
    {
        w.WriteString("concept", concept);
        w.WriteString("basis", basis);
        if (scope.Length > 0) w.WriteString("scope", scope);
        if (functionPath.Length > 0) w.WriteString("functionPath", functionPath);
    }

    private static void WriteFigure(Utf8JsonWriter w, PubFigure f, Dictionary<string, string>? defaults, string? tableUnit)
    {
        void Field(string name, string value)
        {
            if (value.Length == 0) return;
            if (defaults != null && defaults.TryGetValue(name, out var d) && d == value) return;
            w.WriteString(name, value);
        }
        Field("concept", f.Concept);
        Field("basis", f.Basis);
        Field("scope", f.Scope);
        Field("functionPath", f.FunctionPath);
        Field("item", f.Item);
        Field("code", f.Code);
        w.WriteString("value", f.Value);
        if (f.Unit != tableUnit) w.WriteString("unit", f.Unit);
        if (f.Of is (string concept, string basis))
        {
            w.WriteStartObject("of");
            WriteKey(w, concept, basis, "", "");
            w.WriteEndObject();
        }
    }

    private static string Sentence(PubStatement s)
    {
        var words = s.Figures.Select(f => f.Concept + (f.Basis == "决算" ? "" : f.Basis) + f.Value + f.Unit)
            .Concat(s.Explanations.Select(e => (e.Marker.Length > 0 ? e.Marker : "其中") + "：" +
                string.Join("、", e.Parts.Select(p => p.Figure != null ? p.Figure.Concept + p.Figure.Value + p.Figure.Unit : p.Ref.Length > 0 ? p.RefConcept : p.Text))));
        var sentence = string.Join("，", words);
        return (sentence.Length > 0 ? sentence + "。" : "（无）") + s.Extra;
    }

    public static string Format(decimal value, int decimals) => value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
}
