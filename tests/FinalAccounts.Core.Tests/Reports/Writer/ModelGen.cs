using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using FinalAccounts.Classification;
using FinalAccounts.Money;
using FinalAccounts.Reports;

namespace FinalAccounts.Core.Tests.Reports.Writer;

/// <summary>
/// Report models built in code from a seed, the way a program (an importer, a budget system) would: arbitrary text
/// (Chinese, quotes, backslashes, line breaks, control characters, surrogate pairs, "&lt;/script&gt;"), every basis and
/// unit of the vocabulary, signed values with 0–6 decimals and thousands commas, 功能分类 paths, codes, shares, pages,
/// explanations with amount, reference and text parts. Only what the reader would refuse is never generated.
/// </summary>
internal static class ModelGen
{
    private static readonly string[] s_pieces =
    {
        "收入", "支出", "基本支出", "一般公共预算", "（类）", "\"引号\"", "\\", "\n", "\t", "\u0001", "😀", "</script>", " ", "a", "Z", "、", "％", "&amp;", "'", "\u00a0",
    };

    private static readonly string[] s_bases = ReportVocabulary.Bases.OrderBy(b => b, StringComparer.Ordinal).ToArray();
    private static readonly string[] s_countUnits = ReportVocabulary.Units.Where(u => u != "%").OrderBy(u => u, StringComparer.Ordinal).ToArray();

    // 功能分类 codes whose canonical name path names them again (the reader keeps keys by that path).
    private static readonly Lazy<(string Path, string Code)[]> s_functions = new(() => FunctionCode.All
        .Select(c => (Path: PathOf(c), c.Code))
        .Where(p => FunctionCode.TryFindByNamePath(p.Path, out var back) && back.Code == p.Code)
        .ToArray());

    private static readonly Lazy<string[]> s_economic = new(() => EconomicCode.All.Select(c => c.Code).ToArray());

    public static FinalAccountsReport Build(int seed)
    {
        var r = new Random(seed);
        var info = new ReportInfo(Text(r), r.Next(1990, 2101), Text(r), Text(r), (ReportUnitKind)r.Next(4), r.Next(2) == 0 ? CurrencyUnit.WanYuan : CurrencyUnit.Yuan,
            Maybe(r), Maybe(r));
        var tables = new List<ReportTable>();
        for (var t = r.Next(0, 3); t > 0; t--)
        {
            var id = "表" + tables.Count + Text(r);
            var title = Text(r);
            var unit = r.Next(2) == 0 ? "万元" : "元";
            var cells = new List<StatedFigure>();
            for (var c = r.Next(0, 5); c > 0; c--)
            {
                var location = new FigureLocation(id, title, string.Empty, string.Empty, string.Empty, Text(r), Text(r), 0, r.Next(0, 40));
                // A cell is in the table's unit unless it says otherwise (a count column, a rate).
                cells.Add(Figure(r, location, r.Next(4) == 0 ? null : unit, commas: true));
            }
            tables.Add(new ReportTable(id, title, CurrencyUnitSymbol.Parse(unit), cells, cells.Count == 0 && r.Next(2) == 0 ? Text(r) : null, r.Next(3) == 0 ? r.Next(1, 100) : 0));
        }
        var statementIds = Enumerable.Range(0, r.Next(0, 5)).Select(n => "2." + n + "-" + Text(r)).ToList();
        var statements = new List<Statement>();
        foreach (var id in statementIds)
        {
            var section = Text(r);
            var subsection = Maybe(r);
            var sentence = Text(r);
            var location = new FigureLocation(id, section, subsection, sentence, string.Empty, string.Empty, string.Empty, 0, r.Next(0, 40));
            var figures = Enumerable.Range(0, r.Next(0, 4)).Select(_ => Figure(r, location, null, commas: r.Next(4) == 0)).ToList();
            var explanations = new List<Explanation>();
            for (var e = r.Next(0, 3); e > 0; e--)
            {
                var parts = new List<ExplanationPart>();
                for (var p = r.Next(1, 4); p > 0; p--)
                {
                    parts.Add(r.Next(3) switch
                    {
                        0 => new ExplanationPart(Maybe(r), Figure(r, location, null, commas: false), null),
                        1 => new ExplanationPart(Maybe(r), null, Key(r, out _), r.Next(3) == 0 ? string.Empty : statementIds[r.Next(statementIds.Count)]),
                        _ => new ExplanationPart(Text(r), null, null),
                    });
                }
                var also = Enumerable.Range(0, r.Next(0, 3)).Select(n => Key(r, out _)).ToList();
                explanations.Add(new Explanation(Key(r, out _), also, r.Next(2) == 0, Maybe(r), parts, location));
            }
            // Now and then a region-wide summary (issue 13.10): its coverage is written and read back like any field.
            var coverage = r.Next(4) == 0 ? new[] { "全区", "全市各部门", "本部门汇总" }[r.Next(3)] : null;
            statements.Add(new Statement(id, section, subsection, sentence, figures, explanations, coverage));
        }
        return new FinalAccountsReport(info, tables, statements, Array.Empty<PerformanceEvaluation>(), Targets(r));
    }

    /// <summary>绩效目标表 (issue 18): rows of each nature, printed or inferred directions, weights printed or not.</summary>
    private static List<PerformanceTargets> Targets(Random r)
    {
        var result = new List<PerformanceTargets>();
        for (var t = r.Next(0, 3); t > 0; t--)
        {
            var id = "T" + result.Count;
            var project = Text(r);
            var section = "项目支出绩效目标表 " + id + " " + project;
            var funds = r.Next(2) == 0 ? null : new StatedFigure(new FigureKey("年度资金总额", "预算", item: project), r.Next(2) == 0 ? "134.00" : "1,340,000", r.Next(2) == 0 ? "万元" : "元",
                new FigureLocation(id, section, string.Empty, string.Empty, string.Empty, "年度资金总额", "预算"));
            var rows = new List<PerformanceTarget>();
            for (var k = r.Next(0, 4); k > 0; k--)
            {
                var (level2, level3) = (Text(r), Text(r) + k);
                var (nature, direction, value, inferred) = r.Next(5) switch
                {
                    0 => (IndicatorNature.Positive, IndicatorDirection.AtLeast, IndicatorValue.Parse("3", "项"), false),
                    1 => (IndicatorNature.Positive, IndicatorDirection.AtLeast, IndicatorValue.Parse("≥90%"), true),
                    2 => (IndicatorNature.Reverse, IndicatorDirection.AtMost, IndicatorValue.Parse("134", "万元"), false),
                    3 => (IndicatorNature.Positive, IndicatorDirection.Exactly, IndicatorValue.Parse("100", "%"), false),
                    _ => (IndicatorNature.Qualitative, IndicatorDirection.Qualitative, IndicatorValue.Parse("按期完成"), false),
                };
                var weight = r.Next(3) == 0 ? null : new StatedFigure(new FigureKey(level3, "分值", scope: level2, item: project), r.Next(2) == 0 ? "10" : "16.67", "分",
                    new FigureLocation(id, section, string.Empty, string.Empty, string.Empty, level3, "分值"));
                rows.Add(new PerformanceTarget(Text(r), level2, level3, nature, direction, value, weight,
                    new FigureLocation(id, section, level2, string.Empty, string.Empty, level3, string.Empty), inferred));
            }
            result.Add(new PerformanceTargets(id, Maybe(r), r.Next(1990, 2101), project, Maybe(r), Maybe(r), funds, Maybe(r), rows));
        }
        return result;
    }

    private static StatedFigure Figure(Random r, FigureLocation location, string? unit, bool commas)
    {
        var key = Key(r, out var code);
        var percent = ReportVocabulary.IsPercentBasis(key.Basis);
        unit = percent ? "%" : unit ?? s_countUnits[r.Next(s_countUnits.Length)];
        if (code.Length == 0 && r.Next(3) == 0) code = s_economic.Value[r.Next(s_economic.Value.Length)];
        FigureKey? of = key.Basis == ReportVocabulary.Share && r.Next(2) == 0 ? Key(r, out _) : null;
        // A count (辆, 人次 …) is a whole number as printed.
        var whole = FinalAccounts.Quantities.CountUnit.TryParse(unit, out _);
        var value = Number(r, percent ? 6 : 15, commas, whole);
        // A difference printed without direction (相差, 差值) is never negative: the reader refuses a sign there.
        if (ReportVocabulary.UnsignedDifferenceBase(key.Basis) != null) value = value.TrimStart('-');
        return new StatedFigure(key, value, unit, location, code, of);
    }

    /// <summary>A key; <paramref name="code"/> is the 功能分类 code of its path (the reader fills it from the path), or empty.</summary>
    private static FigureKey Key(Random r, out string code)
    {
        code = string.Empty;
        var path = string.Empty;
        if (r.Next(3) == 0)
        {
            (path, code) = s_functions.Value[r.Next(s_functions.Value.Length)];
        }
        return new FigureKey(Text(r), s_bases[r.Next(s_bases.Length)], Maybe(r), path, Maybe(r));
    }

    /// <summary>A value as printed: an optional '-', up to <paramref name="digits"/> digits, 0–6 decimals, commas by thousands.</summary>
    private static string Number(Random r, int digits, bool commas, bool whole = false)
    {
        var integer = new StringBuilder();
        var length = r.Next(1, digits + 1);
        integer.Append(length == 1 ? (char)('0' + r.Next(10)) : (char)('1' + r.Next(9)));
        for (var k = 1; k < length; k++) integer.Append((char)('0' + r.Next(10)));
        var text = integer.ToString();
        if (commas && text.Length > 3 && r.Next(2) == 0)
        {
            var grouped = new StringBuilder();
            for (var k = 0; k < text.Length; k++)
            {
                if (k > 0 && (text.Length - k) % 3 == 0) grouped.Append(',');
                grouped.Append(text[k]);
            }
            text = grouped.ToString();
        }
        var decimals = whole ? 0 : r.Next(0, 7);
        if (decimals > 0) text += "." + string.Concat(Enumerable.Range(0, decimals).Select(_ => (char)('0' + r.Next(10))));
        return (r.Next(3) == 0 ? "-" : string.Empty) + text;
    }

    /// <summary>Text that is not blank: at least one visible piece among arbitrary ones.</summary>
    private static string Text(Random r)
    {
        var text = new StringBuilder(s_pieces[r.Next(5)]);
        for (var k = r.Next(0, 4); k > 0; k--) text.Insert(r.Next(2) == 0 ? 0 : text.Length, s_pieces[r.Next(s_pieces.Length)]);
        return text.ToString();
    }

    private static string Maybe(Random r) => r.Next(2) == 0 ? string.Empty : Text(r);

    private static string PathOf(FunctionCode code)
    {
        var names = new List<string>();
        for (FunctionCode? c = code; c is FunctionCode v; c = v.Parent) names.Insert(0, v.Name);
        return string.Join("/", names);
    }

    /// <summary>The seed as text, for failure messages.</summary>
    public static string Describe(int seed) => "seed " + seed.ToString(CultureInfo.InvariantCulture);
}
