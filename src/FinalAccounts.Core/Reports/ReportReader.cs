using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using FinalAccounts.Money;
using FinalAccounts.Reports.Json;

namespace FinalAccounts.Reports;

/// <summary>
/// Reads the report file format (seeds/schema/README.md, JSON) into a <see cref="FinalAccountsReport"/>. Anything it
/// cannot read exactly is a <see cref="ReportFormatException"/> naming file, JSON path, line and what was expected;
/// nothing is guessed and no half-read report is returned.
/// </summary>
public static partial class ReportReader
{
    /// <summary>Reads the report in the file at <paramref name="path"/>.</summary>
    /// <exception cref="ReportFormatException">The file is missing, empty, not JSON, or not a report.</exception>
    public static FinalAccountsReport ReadFile(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException || ex is ArgumentException || ex is NotSupportedException)
        {
            throw new ReportFormatException(path, "$", 0, "the file cannot be read: " + ex.Message, ex);
        }
        return Parse(bytes, path, fromText: false);
    }

    /// <summary>Reads a report from JSON text; <paramref name="fileName"/> is used in error messages.</summary>
    public static FinalAccountsReport Parse(string json, string fileName)
    {
        json ??= string.Empty;
        // A report's text is 100 KB and more of UTF-8: a new array that size lands on the large-object heap and brings
        // full collections. Stream from a pooled buffer; the document reader (every error) and a line asked for later
        // encode the text again. The buffer is rented at the most the text can take (3 bytes a char), not after counting
        // its bytes in a pass of their own; a text whose bound passes 1 MB, the largest array .NET Framework's pool
        // keeps, is counted, so that no array three times too large is made for it on every read.
        var rented = ArrayPool<byte>.Shared.Rent(json.Length <= MaxCharsRentedAtBound ? Encoding.UTF8.GetMaxByteCount(json.Length) : Encoding.UTF8.GetByteCount(json));
        try
        {
            var utf8 = new ReadOnlyMemory<byte>(rented, 0, Encoding.UTF8.GetBytes(json, 0, json.Length, rented, 0));
            if (utf8.Span.StartsWith(s_byteOrderMark)) utf8 = utf8.Slice(s_byteOrderMark.Length);
            if (StreamingReader.TryRead(utf8, fileName, new Lazy<JsonLineMap>(() => JsonLineMap.Build(WithoutByteOrderMark(Encoding.UTF8.GetBytes(json))))) is FinalAccountsReport report)
            {
                return report;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
        return Parse(Encoding.UTF8.GetBytes(json), fileName, fromText: true);
    }

    // GetMaxByteCount(n) is 3 (n + 1): this many chars stay within a 1 MB array.
    private const int MaxCharsRentedAtBound = (1024 * 1024 / 3) - 1;

    private static readonly byte[] s_byteOrderMark = { 0xEF, 0xBB, 0xBF };

    private static byte[] WithoutByteOrderMark(byte[] utf8) => utf8.AsSpan().StartsWith(s_byteOrderMark) ? utf8.AsSpan(3).ToArray() : utf8;

    private static FinalAccountsReport Parse(byte[] utf8, string file, bool fromText)
    {
        // A byte-order mark is not JSON, but editors write one; skip it rather than fail on line 1.
        utf8 = WithoutByteOrderMark(utf8);
        if (utf8.Length == 0 || IsBlank(utf8)) throw new ReportFormatException(file, "$", 0, "the file is empty; expected a JSON object with formatVersion, report and statements");
        // Encoding.UTF8 turns any .NET string into valid UTF-8 (a lone surrogate char becomes U+FFFD): only files need the check.
        if (!fromText) RequireUtf8(utf8, file);
        var lines = new Lazy<JsonLineMap>(() => JsonLineMap.Build(utf8));
        return StreamingReader.TryRead(utf8, file, lines) ?? ReadDocument(utf8, file, lines);
    }

    /// <summary>For tests: what the streaming reader alone makes of the bytes of a file (null: it leaves the file to the document reader).</summary>
    internal static FinalAccountsReport? ReadStreaming(byte[] utf8, string file)
        => StreamingReader.TryRead(utf8, file, new Lazy<JsonLineMap>(() => JsonLineMap.Build(utf8)));

    /// <summary>For tests: what the document reader alone makes of the bytes of a file.</summary>
    internal static FinalAccountsReport ReadDocument(byte[] utf8, string file)
        => ReadDocument(utf8, file, new Lazy<JsonLineMap>(() => JsonLineMap.Build(utf8)));

    /// <summary>The document reader: slower, and the one that names the place and the problem of every error.</summary>
    private static FinalAccountsReport ReadDocument(byte[] utf8, string file, Lazy<JsonLineMap> lines)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8, new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException ex)
        {
            throw new ReportFormatException(file, ex.Path ?? "$", (int)(ex.LineNumber ?? -1) + 1, "not valid JSON: " + FirstSentence(ex.Message), ex);
        }
        using (document)
        {
            var reader = new Reader(file, lines);
            reader.RequireText(document.RootElement, "$");
            return reader.Report(document.RootElement);
        }
    }

    private static bool IsBlank(byte[] utf8)
    {
        foreach (var b in utf8)
        {
            if (b != (byte)' ' && b != (byte)'\t' && b != (byte)'\r' && b != (byte)'\n') return false;
        }
        return true;
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        var sentence = cut > 0 ? message.Substring(0, cut) : message;
        // System.Text.Json quotes an invalid literal with the text after it, line breaks included ("'n本收支平衡", …\n'):
        // an error is one line, always (found by fuzzing the CLI).
        return Regex.Replace(sentence, "[\r\n]+", " ⏎ ");
    }

    /// <summary>One read of one file: knows where it is, so every error can say so.</summary>
    private sealed partial class Reader
    {
        private readonly string _file;
        private readonly Lazy<JsonLineMap> _lines;
        private readonly Func<string, int> _lineOf;

        public Reader(string file, Lazy<JsonLineMap> lines)
        {
            _file = file;
            _lines = lines;
            _lineOf = path => _lines.Value.LineOf(path);
        }

        public FinalAccountsReport Report(JsonElement root)
        {
            Expect(root, JsonValueKind.Object, "$", "a JSON object with formatVersion, report and statements");
            var version = Required(root, "formatVersion", "$", JsonValueKind.Number);
            if (!version.TryGetInt32(out var v) || v != 1) Fail("$.formatVersion", "formatVersion " + version.GetRawText() + " is not supported; expected 1");
            var builder = new ReportBuilder(Info(Required(root, "report", "$", JsonValueKind.Object), "$.report"), _lineOf);
            try
            {
                if (root.TryGetProperty("tables", out var tableArray) && !(tableArray.ValueKind == JsonValueKind.Object && !tableArray.EnumerateObject().MoveNext()))
                {
                    Expect(tableArray, JsonValueKind.Array, "$.tables", "an array of tables (or {} for none)");
                    var t = 0;
                    foreach (var table in tableArray.EnumerateArray()) Table(builder, table, "$.tables[" + t++ + "]");
                }
                var array = Required(root, "statements", "$", JsonValueKind.Array);
                var i = 0;
                foreach (var element in array.EnumerateArray()) Statement(builder, element, "$.statements[" + i++ + "]");
                if (root.TryGetProperty("evaluations", out var evaluationArray))
                {
                    Expect(evaluationArray, JsonValueKind.Array, "$.evaluations", "an array of 项目支出绩效自评表");
                    var n = 0;
                    foreach (var evaluation in evaluationArray.EnumerateArray()) builder.AddEvaluation(Evaluation(evaluation, "$.evaluations[" + n++ + "]"));
                }
                if (root.TryGetProperty("targets", out var targetArray))
                {
                    Expect(targetArray, JsonValueKind.Array, "$.targets", "an array of 项目支出绩效目标表");
                    var n = 0;
                    foreach (var target in targetArray.EnumerateArray()) builder.AddTargets(Targets(target, "$.targets[" + n++ + "]"));
                }
                return builder.Build();
            }
            catch (ReportBuildException ex)
            {
                // The builder names the part by its place in this format: the JSON path, whose line we know.
                throw new ReportFormatException(_file, ex.Element, _lines.Value.LineOf(ex.Element), ex.Problem, ex);
            }
        }

        private ReportInfo Info(JsonElement e, string path)
        {
            var unit = String(e, "currencyUnit", path);
            var currency = unit switch
            {
                "万元" => CurrencyUnit.WanYuan,
                "元" => CurrencyUnit.Yuan,
                _ => throw Error(path + ".currencyUnit", "currencyUnit '" + unit + "' is not 万元 or 元"),
            };
            var yearElement = Required(e, "year", path, JsonValueKind.Number);
            if (!yearElement.TryGetInt32(out var year) || year < 1990 || year > 2100) Fail(path + ".year", "year " + yearElement.GetRawText() + " is not a year between 1990 and 2100");
            var kind = ReportKind.FinalAccounts;
            if (e.TryGetProperty("kind", out var kindElement))
            {
                // Optional, so that every file written before 预算 reports existed reads unchanged as a 决算.
                Expect(kindElement, JsonValueKind.String, path + ".kind", "决算 or 预算");
                kind = kindElement.GetString() switch
                {
                    "决算" => ReportKind.FinalAccounts,
                    "预算" => ReportKind.Budget,
                    var other => throw Error(path + ".kind", "kind '" + other + "' is not 决算 or 预算"),
                };
            }
            var title = String(e, "title", path);
            var unitName = String(e, "unitName", path);
            var level = String(e, "level", path);
            var unitKindText = String(e, "unitKind", path);
            if (!ReportUnitKindName.TryParse(unitKindText, out var unitKind)) Fail(path + ".unitKind", "unitKind '" + unitKindText + "' is not one of " + ReportUnitKindName.Names);
            return new ReportInfo(title, year, unitName, level, unitKind, currency,
                OptionalString(e, "source", path), OptionalString(e, "notes", path), kind);
        }

        private void Table(ReportBuilder builder, JsonElement e, string path)
        {
            Expect(e, JsonValueKind.Object, path, "a table object with id, title, unit and cells");
            var id = String(e, "id", path);
            var title = String(e, "title", path);
            var unit = String(e, "unit", path);
            builder.AddTable(id, title, unit, OptionalString(e, "emptyNote", path), Page(e, path));
            var defaults = e.TryGetProperty("defaults", out var d) ? d : default;
            if (defaults.ValueKind != JsonValueKind.Undefined) Expect(defaults, JsonValueKind.Object, path + ".defaults", "an object of default cell fields");
            var array = Required(e, "cells", path, JsonValueKind.Array);
            var i = 0;
            foreach (var cell in array.EnumerateArray())
            {
                var p = path + ".cells[" + i++ + "]";
                Expect(cell, JsonValueKind.Object, p, "a cell object with row, column, concept, basis and value");
                var merged = Merge(defaults, cell, unit);
                using (merged)
                {
                    var m = merged.RootElement;
                    var row = String(cell, "row", p);
                    var column = String(cell, "column", p);
                    var (key, value, cellUnit, code, of) = Figure(m, p);
                    builder.AddCell(row, column, key, value, cellUnit, code, Page(cell, p), of);
                }
            }
        }

        /// <summary>A cell with the table's defaults (basis, scope, concept …) and unit filled in where it says nothing.</summary>
        private static JsonDocument Merge(JsonElement defaults, JsonElement cell, string unit)
        {
            var buffer = new System.IO.MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer))
            {
                writer.WriteStartObject();
                var written = new HashSet<string>(StringComparer.Ordinal);
                foreach (var p in cell.EnumerateObject())
                {
                    written.Add(p.Name);
                    p.WriteTo(writer);
                }
                if (defaults.ValueKind == JsonValueKind.Object)
                {
                    foreach (var p in defaults.EnumerateObject())
                    {
                        if (written.Add(p.Name)) p.WriteTo(writer);
                    }
                }
                if (!written.Contains("unit")) writer.WriteString("unit", unit);
                writer.WriteEndObject();
            }
            return JsonDocument.Parse(buffer.ToArray());
        }

        private void Statement(ReportBuilder builder, JsonElement e, string path)
        {
            Expect(e, JsonValueKind.Object, path, "a statement object with id, section, sentence and figures");
            var id = String(e, "id", path);
            var section = String(e, "section", path);
            var subsection = OptionalString(e, "subsection", path);
            var sentence = String(e, "sentence", path);
            builder.AddStatement(id, section, subsection, sentence, Page(e, path), OptionalString(e, "coverage", path));
            if (e.TryGetProperty("figures", out var figureArray))
            {
                Expect(figureArray, JsonValueKind.Array, path + ".figures", "an array of figures");
                var i = 0;
                foreach (var f in figureArray.EnumerateArray())
                {
                    var p = path + ".figures[" + i++ + "]";
                    var (key, value, unit, code, of) = Figure(f, p);
                    builder.AddFigure(key, value, unit, code, of);
                }
            }
            if (e.TryGetProperty("explanations", out var explanationArray))
            {
                Expect(explanationArray, JsonValueKind.Array, path + ".explanations", "an array of explanations");
                var i = 0;
                foreach (var x in explanationArray.EnumerateArray()) Explanation(builder, x, path + ".explanations[" + i++ + "]");
            }
        }

        private void Explanation(ReportBuilder builder, JsonElement e, string path)
        {
            Expect(e, JsonValueKind.Object, path, "an explanation object with explains, partial and parts");
            var explains = Key(Required(e, "explains", path, JsonValueKind.Object), path + ".explains");
            var also = new List<FigureKey>();
            if (e.TryGetProperty("alsoExplains", out var alsoArray))
            {
                Expect(alsoArray, JsonValueKind.Array, path + ".alsoExplains", "an array of figure keys");
                var i = 0;
                foreach (var a in alsoArray.EnumerateArray()) also.Add(Key(a, path + ".alsoExplains[" + i++ + "]"));
            }
            var partialElement = Required(e, "partial", path, JsonValueKind.True, JsonValueKind.False);
            var partArray = Required(e, "parts", path, JsonValueKind.Array);
            builder.AddExplanation(explains, also, partialElement.GetBoolean(), OptionalString(e, "marker", path));
            var n = 0;
            foreach (var part in partArray.EnumerateArray())
            {
                var p = path + ".parts[" + n++ + "]";
                Expect(part, JsonValueKind.Object, p, "a part object (a figure, a ref, or text)");
                var text = OptionalString(part, "text", p);
                if (part.TryGetProperty("value", out _))
                {
                    var (key, value, unit, code, of) = Figure(part, p);
                    builder.AddFigurePart(key, value, unit, text, code, of);
                }
                else if (part.TryGetProperty("concept", out _))
                {
                    builder.AddReferencePart(Key(part, p), part.TryGetProperty("ref", out _) ? String(part, "ref", p) : string.Empty, text);
                }
                else
                {
                    builder.AddTextPart(text);
                }
            }
        }

        /// <summary>A figure's fields as the file gives them; the builder checks what they say.</summary>
        private (FigureKey Key, string Value, string Unit, string Code, FigureKey? Of) Figure(JsonElement e, string path)
        {
            var key = Key(e, path);
            var value = String(e, "value", path);
            var unit = String(e, "unit", path);
            FigureKey? of = e.TryGetProperty("of", out var ofElement) ? Key(ofElement, path + ".of") : null;
            return (key, value, unit, OptionalString(e, "code", path), of);
        }

        /// <summary>A key's fields as the file gives them; the builder checks the basis and canonicalises the 功能分类 path.</summary>
        private FigureKey Key(JsonElement e, string path)
        {
            Expect(e, JsonValueKind.Object, path, "an object with concept and basis");
            return new FigureKey(String(e, "concept", path), String(e, "basis", path), OptionalString(e, "scope", path), OptionalString(e, "functionPath", path), OptionalString(e, "item", path));
        }

        /// <summary>The optional "page" of a cell or statement (where an import found it), or 0.</summary>
        private int Page(JsonElement e, string path)
        {
            if (!e.TryGetProperty("page", out var page) || page.ValueKind == JsonValueKind.Null) return 0;
            if (page.ValueKind != JsonValueKind.Number || !page.TryGetInt32(out var n) || n < 1) Fail(path + ".page", "'page' must be a page number (1 or more), found " + page.GetRawText());
            return page.GetInt32();
        }

        // One kind, as nearly every call asks: no params array per field read.
        private JsonElement Required(JsonElement e, string name, string path, JsonValueKind kind)
        {
            if (!e.TryGetProperty(name, out var value)) Fail(path, "missing required field '" + name + "'");
            if (value.ValueKind != kind) Fail(path + "." + name, "'" + name + "' must be " + Describe(kind) + ", found " + Describe(value.ValueKind));
            return value;
        }

        private JsonElement Required(JsonElement e, string name, string path, params JsonValueKind[] kinds)
        {
            if (!e.TryGetProperty(name, out var value)) Fail(path, "missing required field '" + name + "'");
            if (Array.IndexOf(kinds, value.ValueKind) < 0) Fail(path + "." + name, "'" + name + "' must be " + Describe(kinds) + ", found " + Describe(value.ValueKind));
            return value;
        }

        private string String(JsonElement e, string name, string path)
        {
            var value = Required(e, name, path, JsonValueKind.String).GetString()!;
            if (value.Trim().Length == 0) Fail(path + "." + name, "'" + name + "' must not be empty");
            return value;
        }

        private string OptionalString(JsonElement e, string name, string path)
        {
            if (!e.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null) return string.Empty;
            if (value.ValueKind != JsonValueKind.String) Fail(path + "." + name, "'" + name + "' must be a string, found " + Describe(value.ValueKind));
            return value.GetString()!;
        }

        private void Expect(JsonElement e, JsonValueKind kind, string path, string expected)
        {
            if (e.ValueKind != kind) Fail(path, "expected " + expected + ", found " + Describe(e.ValueKind));
        }

        private static string Describe(params JsonValueKind[] kinds)
        {
            var words = new List<string>();
            foreach (var k in kinds) words.Add(Describe(k));
            return string.Join(" or ", words);
        }

        private static string Describe(JsonValueKind kind) => kind switch
        {
            JsonValueKind.Object => "an object",
            JsonValueKind.Array => "an array",
            JsonValueKind.String => "a string",
            JsonValueKind.Number => "a number",
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            JsonValueKind.Null => "null",
            _ => "nothing",
        };

        private void Fail(string path, string problem) => throw Error(path, problem);

        private ReportFormatException Error(string path, string problem) => new(_file, path, _lines.Value.LineOf(path), problem);
    }
}
