using System;
using System.Collections.Generic;
using System.Threading;
using FinalAccounts.Generators.Diagnostics;
using FinalAccounts.Generators.Model;

namespace FinalAccounts.Generators.Tables;

/// <summary>
/// Reads one table file into rows and diagnostics. Every problem a single file can show (header, row shape, digits,
/// level, name, parent prefix, duplicates within the file) is found here; problems between files are found later.
/// </summary>
internal static class TableParser
{
    /// <summary>Parses <paramref name="file"/>; never throws for any content.</summary>
    public static ParsedTable Parse(TableFile file, CancellationToken cancellationToken)
    {
        var diagnostics = new List<DiagnosticInfo>();
        var codes = new List<CodeRow>();
        var evidence = new List<EvidenceRow>();
        var mappings = new List<MappingRow>();
        var aliases = new List<AliasRow>();
        var known = Scheme.TryParse(file.Scheme, out var kind);
        if (!known)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnknownScheme, LocationInfo.ForFile(file.Path), file.Scheme));
        }
        else
        {
            var lines = SplitLines(file.Text);
            if (lines.Count == 0 || lines.TrueForAll(l => l.Text.Trim().Length == 0))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.EmptyTable, LocationInfo.ForFile(file.Path)));
            }
            else
            {
                var reader = new RowReader(file.Path, lines, diagnostics);
                switch (kind)
                {
                    case TableKind.Evidence:
                        ReadEvidence(reader, evidence, cancellationToken);
                        break;
                    case TableKind.EconomicMapping:
                        ReadMappings(reader, mappings, cancellationToken);
                        break;
                    case TableKind.Aliases:
                        ReadAliases(reader, aliases, cancellationToken);
                        break;
                    default:
                        ReadCodes(kind, reader, codes, cancellationToken);
                        break;
                }
            }
        }

        return new ParsedTable(
            file.Path,
            kind,
            known,
            file.TypeName,
            new EquatableArray<CodeRow>(codes.ToArray()),
            new EquatableArray<EvidenceRow>(evidence.ToArray()),
            new EquatableArray<MappingRow>(mappings.ToArray()),
            new EquatableArray<AliasRow>(aliases.ToArray()),
            new EquatableArray<DiagnosticInfo>(diagnostics.ToArray()));
    }

    private static void ReadCodes(TableKind kind, RowReader reader, List<CodeRow> rows, CancellationToken ct)
    {
        if (!reader.ReadHeader(out var header, "code", "name", "parent_code", "level")) return;
        var source = header.IndexOf("source");
        var evidenceColumn = header.IndexOf("evidence");
        var seen = new Dictionary<string, LocationInfo>(StringComparer.Ordinal);
        while (reader.Next(out var fields, out var location))
        {
            ct.ThrowIfCancellationRequested();
            var code = fields[header.IndexOf("code")].Trim();
            var name = fields[header.IndexOf("name")].Trim();
            var parent = fields[header.IndexOf("parent_code")].Trim();
            var levelText = fields[header.IndexOf("level")].Trim();
            var level = Scheme.LevelOf(kind, levelText);
            if (level == 0)
            {
                reader.Report(DiagnosticDescriptors.UnknownLevel, location, code, levelText, Scheme.ChineseName(kind), Scheme.AllowedLevels(kind));
                continue;
            }
            if (code.Length != Scheme.DigitsOf(level) || !AllDigits(code))
            {
                reader.Report(DiagnosticDescriptors.WrongDigits, location, code, Scheme.LevelName(level), Scheme.DigitsOf(level).ToString());
                continue;
            }
            if (name.Length == 0)
            {
                reader.Report(DiagnosticDescriptors.EmptyName, location, code);
                continue;
            }
            var expectedParent = level == 1 ? string.Empty : code.Substring(0, code.Length - 2);
            if (!string.Equals(parent, expectedParent, StringComparison.Ordinal))
            {
                reader.Report(DiagnosticDescriptors.ParentNotPrefix, location, code, parent, expectedParent.Length == 0 ? "（无 none）" : expectedParent);
                continue;
            }
            if (seen.TryGetValue(code, out var first))
            {
                reader.Report(DiagnosticDescriptors.DuplicateCode, location, code, Describe(first));
                continue;
            }
            var evidence = -1;
            if (evidenceColumn >= 0 && fields[evidenceColumn].Trim().Length > 0 && !EvidenceLevel.TryParse(fields[evidenceColumn], out evidence))
            {
                reader.Report(DiagnosticDescriptors.UnknownEvidence, location, code, fields[evidenceColumn].Trim());
            }
            seen.Add(code, location);
            rows.Add(new CodeRow(code, name, parent, level, source < 0 ? string.Empty : fields[source].Trim(), evidence, location));
        }
    }

    private static void ReadEvidence(RowReader reader, List<EvidenceRow> rows, CancellationToken ct)
    {
        if (!reader.ReadHeader(out var header, "scheme", "code", "status")) return;
        var source = header.IndexOf("source");
        while (reader.Next(out var fields, out var location))
        {
            ct.ThrowIfCancellationRequested();
            var schemeText = fields[header.IndexOf("scheme")].Trim();
            if (!Scheme.TryParseEvidenceScheme(schemeText, out var scheme))
            {
                reader.Report(DiagnosticDescriptors.UnknownScheme, location, schemeText);
                continue;
            }
            var status = fields[header.IndexOf("status")].Trim();
            // Statuses other than the known words stay unverified without a warning, as the shared table's NAME/UNV did.
            EvidenceLevel.TryParse(status, out var level);
            rows.Add(new EvidenceRow(scheme, fields[header.IndexOf("code")].Trim(), level, source < 0 ? string.Empty : fields[source].Trim(), location));
        }
    }

    private static void ReadAliases(RowReader reader, List<AliasRow> rows, CancellationToken ct)
    {
        if (!reader.ReadHeader(out var header, "scheme", "code", "name", "first_year", "last_year")) return;
        var current = header.IndexOf("current_code");
        var source = header.IndexOf("source");
        while (reader.Next(out var fields, out var location))
        {
            ct.ThrowIfCancellationRequested();
            var schemeText = fields[header.IndexOf("scheme")].Trim();
            if (!Scheme.TryParseEvidenceScheme(schemeText, out var scheme))
            {
                reader.Report(DiagnosticDescriptors.UnknownScheme, location, schemeText);
                continue;
            }
            var code = fields[header.IndexOf("code")].Trim();
            var name = fields[header.IndexOf("name")].Trim();
            var currentCode = current < 0 || fields[current].Trim().Length == 0 ? code : fields[current].Trim();
            var problem =
                !IsCodeShape(code) ? "代码应为 3、5、7 或 9 位数字 (the code must be 3, 5, 7 or 9 digits)" :
                !IsCodeShape(currentCode) ? "current_code 应为 3、5、7 或 9 位数字 (current_code must be 3, 5, 7 or 9 digits)" :
                name.Length == 0 ? "名称为空 (the name is empty)" :
                !TryYear(fields[header.IndexOf("first_year")], out var first) ? "first_year 应为年份或空 (first_year must be a year or empty)" :
                !TryYear(fields[header.IndexOf("last_year")], out var last) ? "last_year 应为年份或空 (last_year must be a year or empty)" :
                first == 0 && last == 0 ? "first_year 与 last_year 至少给出一个 (give first_year, last_year or both)" :
                first != 0 && last != 0 && last < first ? "last_year 早于 first_year (last_year is before first_year)" :
                null;
            if (problem != null)
            {
                reader.Report(DiagnosticDescriptors.BadAlias, location, code, problem);
                continue;
            }
            TryYear(fields[header.IndexOf("first_year")], out var firstYear);
            TryYear(fields[header.IndexOf("last_year")], out var lastYear);
            rows.Add(new AliasRow(scheme, code, name, firstYear, lastYear, currentCode, source < 0 ? string.Empty : fields[source].Trim(), location));
        }
    }

    private static bool IsCodeShape(string code) => AllDigits(code) && code.Length is 3 or 5 or 7 or 9;

    /// <summary>A year 1900–2999, or empty (0: not known).</summary>
    private static bool TryYear(string text, out int year)
    {
        text = text.Trim();
        year = 0;
        if (text.Length == 0) return true;
        if (text.Length != 4 || !AllDigits(text)) return false;
        year = int.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
        return year >= 1900 && year <= 2999;
    }

    private static void ReadMappings(RowReader reader, List<MappingRow> rows, CancellationToken ct)
    {
        if (!reader.ReadHeader(out var header, "departmental_code", "government_code", "unit_kind")) return;
        while (reader.Next(out var fields, out var location))
        {
            ct.ThrowIfCancellationRequested();
            var unitText = fields[header.IndexOf("unit_kind")].Trim();
            var unitKinds = unitText switch
            {
                "机关" => 1,
                "事业单位" => 2,
                "any" or "Any" or "通用" => 3,
                _ => 0,
            };
            if (unitKinds == 0)
            {
                reader.Report(DiagnosticDescriptors.UnknownUnitKind, location, unitText);
                continue;
            }
            rows.Add(new MappingRow(fields[header.IndexOf("departmental_code")].Trim(), fields[header.IndexOf("government_code")].Trim(), unitKinds, location));
        }
    }

    internal static string Describe(LocationInfo location)
        => System.IO.Path.GetFileName(location.Path) + "(" + (location.Line + 1) + ")";

    private static bool AllDigits(string code)
    {
        foreach (var c in code)
        {
            if (c < '0' || c > '9') return false;
        }
        return code.Length > 0;
    }

    private static List<Line> SplitLines(string text)
    {
        var lines = new List<Line>();
        var start = 0;
        var number = 0;
        // A byte-order mark is not part of the first column's name.
        if (text.Length > 0 && text[0] == '\uFEFF') start = 1;
        for (var i = start; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] == '\n')
            {
                var end = i > start && text[i - 1] == '\r' ? i - 1 : i;
                if (i < text.Length || end > start) lines.Add(new Line(number, start, text.Substring(start, end - start)));
                start = i + 1;
                number++;
            }
        }
        return lines;
    }

    private readonly record struct Line(int Number, int Start, string Text);

    /// <summary>Walks the data lines after the header, reporting malformed ones and skipping blank ones.</summary>
    private sealed class RowReader
    {
        private readonly string _path;
        private readonly List<Line> _lines;
        private readonly List<DiagnosticInfo> _diagnostics;
        private readonly List<string> _fields = new();
        private int _next;
        private int _columns;

        public RowReader(string path, List<Line> lines, List<DiagnosticInfo> diagnostics)
        {
            _path = path;
            _lines = lines;
            _diagnostics = diagnostics;
        }

        public bool ReadHeader(out List<string> header, params string[] required)
        {
            header = new List<string>();
            while (_next < _lines.Count && _lines[_next].Text.Trim().Length == 0) _next++;
            var line = _lines[_next++];
            var location = LocationOf(line);
            if (!CsvLine.TrySplit(line.Text, _fields, out var error))
            {
                Report(DiagnosticDescriptors.MalformedRow, location, error);
                return false;
            }
            foreach (var f in _fields) header.Add(f.Trim().ToLowerInvariant());
            foreach (var column in required)
            {
                if (!header.Contains(column))
                {
                    Report(DiagnosticDescriptors.BadHeader, location, column, line.Text);
                    return false;
                }
            }
            _columns = header.Count;
            return true;
        }

        public bool Next(out List<string> fields, out LocationInfo location)
        {
            while (_next < _lines.Count)
            {
                var line = _lines[_next++];
                if (line.Text.Trim().Length == 0) continue;
                location = LocationOf(line);
                if (!CsvLine.TrySplit(line.Text, _fields, out var error))
                {
                    Report(DiagnosticDescriptors.MalformedRow, location, error);
                    continue;
                }
                if (_fields.Count != _columns)
                {
                    Report(DiagnosticDescriptors.MalformedRow, location, "应有 " + _columns + " 列，实有 " + _fields.Count + " 列 (expected " + _columns + " columns, found " + _fields.Count + ")");
                    continue;
                }
                fields = _fields;
                return true;
            }
            fields = _fields;
            location = default;
            return false;
        }

        public void Report(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, LocationInfo location, params string[] args)
            => _diagnostics.Add(DiagnosticInfo.Create(descriptor, location, args));

        private LocationInfo LocationOf(Line line) => LocationInfo.ForLine(_path, line.Start, line.Text.Length, line.Number);
    }
}
