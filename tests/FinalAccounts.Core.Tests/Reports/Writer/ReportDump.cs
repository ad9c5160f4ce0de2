using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using FinalAccounts.Reports;

namespace FinalAccounts.Core.Tests.Reports.Writer;

/// <summary>
/// Every value a report model holds, one per line, from the model's public properties only (independent of the writer
/// and the reader): two reports are equal on what the file format carries when their dumps are equal. The file line
/// (<see cref="FigureLocation.Line"/>) is never dumped — it belongs to one file; the JSON path only when asked.
/// </summary>
internal static class ReportDump
{
    public static string Of(FinalAccountsReport report, bool withJsonPaths = true)
    {
        var d = new StringBuilder();
        var i = report.Info;
        d.AppendLine($"info|{i.Title}|{i.Year}|{i.UnitName}|{i.Level}|{i.UnitKind}|{i.CurrencyUnit}|{i.Source}|{i.Notes}");
        foreach (var t in report.Tables)
        {
            d.AppendLine($"table|{t.Id}|{t.Title}|{t.Unit}|{t.Cells.Count}|{t.Page}|{t.EmptyNote}");
            foreach (var c in t.Cells) d.AppendLine("  cell " + Figure(c, withJsonPaths));
        }
        foreach (var s in report.Statements)
        {
            d.AppendLine($"statement|{s.Id}|{s.Section}|{s.Subsection}|{s.Coverage}|{s.Sentence}|{s.Figures.Count}|{s.Explanations.Count}");
            foreach (var f in s.Figures) d.AppendLine("  figure " + Figure(f, withJsonPaths));
            foreach (var e in s.Explanations)
            {
                d.AppendLine($"  explanation|{Key(e.Explains)}|{string.Join(";", e.AlsoExplains.Select(Key))}|{e.IsPartial}|{e.Marker}|{Location(e.Location, withJsonPaths)}");
                foreach (var p in e.Parts)
                {
                    d.AppendLine($"    part|{p.Text}|{(p.Reference is FigureKey r ? Key(r) : "-")}|{p.ReferenceId}|{(p.Figure == null ? "-" : Figure(p.Figure, withJsonPaths))}");
                }
            }
        }
        foreach (var e in report.Evaluations)
        {
            d.AppendLine($"evaluation|{e.Id}|{e.Title}|{e.Year}|{e.Project}|{e.Department}|{e.Implementer}|{e.Grade}|{string.Join(";", e.StatementIds)}|{e.ExpectedGoal}|{e.ActualGoal}|{e.Note}|{e.Cut}");
            foreach (var r in e.Funds)
            {
                d.AppendLine($"  funds|{r.Name}");
                foreach (var f in new[] { r.InitialBudget, r.FullYearBudget, r.Executed, r.Weight, r.ExecutionRate, r.Score }) d.AppendLine("    " + Optional(f, withJsonPaths));
            }
            foreach (var n in e.Indicators)
            {
                d.AppendLine($"  indicator|{n.Level1}|{n.Level1Inferred}|{n.Level2}|{n.Level3}|{n.Nature}|{n.Direction}|{n.DirectionInferred}|{Value(n.Target)}|{Value(n.Actual)}|{n.Deviation}|{Location(n.Location, withJsonPaths)}");
                d.AppendLine("    level1 " + Optional(n.Level1Weight, withJsonPaths));
                d.AppendLine("    " + Figure(n.Weight, withJsonPaths));
                d.AppendLine("    " + Optional(n.Score, withJsonPaths));
            }
            d.AppendLine("  total " + Optional(e.TotalWeight, withJsonPaths));
            d.AppendLine("  total " + Optional(e.TotalScore, withJsonPaths));
        }
        foreach (var t in report.Targets)
        {
            d.AppendLine($"targets|{t.Id}|{t.Title}|{t.Year}|{t.Project}|{t.Department}|{t.Implementer}|{t.Goal}");
            d.AppendLine("  funds " + Optional(t.Funds, withJsonPaths));
            foreach (var n in t.Indicators)
            {
                d.AppendLine($"  target|{n.Level1}|{n.Level2}|{n.Level3}|{n.Nature}|{n.Direction}|{n.DirectionInferred}|{Value(n.Target)}|{Location(n.Location, withJsonPaths)}");
                d.AppendLine("    " + Optional(n.Weight, withJsonPaths));
            }
        }
        return d.ToString();
    }

    private static string Optional(StatedFigure? f, bool withJsonPaths) => f == null ? "null" : Figure(f, withJsonPaths);

    private static string Figure(StatedFigure f, bool withJsonPaths)
        => $"{Key(f.Key)}|{f.Value}|{f.Unit}|{f.Code}|{f.Function?.Code}|{(f.ShareOf is FigureKey of ? Key(of) : "-")}|{Location(f.Location, withJsonPaths)}";

    private static string Key(FigureKey k) => $"[{k.Concept}/{k.Basis}/{k.Scope}/{k.FunctionPath}/{k.Item}]";

    private static string Location(FigureLocation l, bool withJsonPaths)
        => $"@{l.StatementId}|{l.Section}|{l.Subsection}|{l.Sentence}|{l.Row}|{l.Column}|p{l.Page}" + (withJsonPaths ? "|" + l.JsonPath : string.Empty);

    private static string Value(IndicatorValue v)
        => $"{v.Text}:{v.Kind}:{v.Number.ToString(CultureInfo.InvariantCulture)}:{v.Decimals}:{v.Unit}:{v.Comparison}";

    /// <summary>The first line where two dumps differ, for a failure message a person can read.</summary>
    public static string FirstDifference(string expected, string actual)
    {
        var a = expected.Split('\n');
        var b = actual.Split('\n');
        for (var k = 0; k < System.Math.Max(a.Length, b.Length); k++)
        {
            var x = k < a.Length ? a[k] : "<none>";
            var y = k < b.Length ? b[k] : "<none>";
            if (x != y) return "line " + (k + 1) + ":\n  expected " + x + "\n  actual   " + y;
        }
        return "no difference";
    }

    /// <summary>The dumps' lines as a list, for tests that compare with Assert.Equal.</summary>
    public static IReadOnlyList<string> Lines(string dump) => dump.Split('\n');
}
