using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FinalAccounts.Classification;
using FinalAccounts.Import.Pdf;
using FinalAccounts.Import.Xlsx;
using FinalAccounts.Reports;

namespace FinalAccounts.Import.Codes;

/// <summary>
/// Harvests the 支出功能分类 codes a published report prints with their names, to grow the classification tables
/// with provenance: every code our compiled <see cref="FunctionCode"/> table lacks becomes a row with evidence
/// "printed" and the file and page as source; a printed name that contradicts ours is listed for review, never taken.
/// </summary>
/// <remarks>
/// PDF and XLSX are read from their layout (any row that starts with a 功能分类 code and a name), so 预算 reports and
/// templates work as well as 决算; a report file (JSON) gives the cells that carry a code and a name path.
/// </remarks>
public static class CodeHarvester
{
    /// <summary>Every 功能分类 code printed with a name in the file at <paramref name="path"/> (.pdf, .xlsx or .json).</summary>
    /// <exception cref="ImportException">The file is missing, of another kind, damaged or without text.</exception>
    public static IReadOnlyList<PrintedCode> ReadPrinted(string path)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        return extension switch
        {
            ".pdf" => PrintedRowReader.Read(PdfLayoutReader.Read(path, null)),
            ".xlsx" => PrintedRowReader.Read(XlsxLayoutReader.Read(path, null)),
            ".json" => FromReport(path),
            _ => throw new ImportException(path, "'" + extension + "' is not a file kind codes can be harvested from (.pdf, .xlsx or .json)"),
        };
    }

    /// <summary>Every 功能分类 code printed with a name in a PDF held in memory.</summary>
    public static IReadOnlyList<PrintedCode> ReadPrintedPdf(byte[] pdf, string name)
        => PrintedRowReader.Read(PdfLayoutReader.Read(pdf ?? throw new ArgumentNullException(nameof(pdf)), name, null));

    /// <summary>Harvests the files at <paramref name="paths"/>, in order, against the compiled <see cref="FunctionCode"/> table.</summary>
    /// <exception cref="ImportException">A file cannot be read.</exception>
    public static CodeHarvest Harvest(IEnumerable<string> paths)
        => Harvest(paths.SelectMany(ReadPrinted).ToList());

    /// <summary>Sorts printed codes into new rows and rows to review, against the compiled <see cref="FunctionCode"/> table.</summary>
    public static CodeHarvest Harvest(IReadOnlyList<PrintedCode> printed)
    {
        var review = new List<HarvestReview>();
        var candidates = new Dictionary<string, PrintedCode>(StringComparer.Ordinal);
        var disputed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var p in printed)
        {
            if (FunctionCode.TryParse(p.Code, out var ours))
            {
                if (!SameName(ours, p.Name)) review.Add(new HarvestReview(p, ours.DisplayName, "名称与分类表不同，未采用 (name differs from our table, not taken)"));
                continue;
            }
            if (!candidates.TryGetValue(p.Code, out var first))
            {
                candidates.Add(p.Code, p);
            }
            else if (!SameName(first.Name, p.Name))
            {
                disputed.Add(p.Code);
                review.Add(new HarvestReview(p, first.Code + " " + first.Name + "（" + first.Source + "）", "两处印刷名称不同，均未采用 (printed with two names, neither taken)"));
            }
        }

        var taken = new List<PrintedCode>();
        foreach (var row in candidates.Values.OrderBy(r => r.Code.Length).ThenBy(r => r.Code, StringComparer.Ordinal))
        {
            if (disputed.Contains(row.Code)) continue;
            var parent = row.ParentCode;
            var parentKnown = parent.Length == 0 || FunctionCode.TryParse(parent, out _) || taken.Any(t => t.Code == parent);
            if (!parentKnown)
            {
                review.Add(new HarvestReview(row, string.Empty, "上级代码 " + parent + " 未印出也不在分类表中，未采用 (its parent is neither printed nor in our table, not taken)"));
                continue;
            }
            taken.Add(row);
        }
        return new CodeHarvest(printed, CodeHarvest.ParentsFirst(taken).ToList(), review);
    }

    /// <summary>
    /// True when a printed name is our code's name, an old name of it, or differs only in white space, bracket width,
    /// 其它/其他 or a trailing 支出 — the variants name-path lookup accepts.
    /// </summary>
    public static bool SameName(FunctionCode code, string printed)
    {
        if (SameName(code.Name, printed)) return true;
        foreach (var alias in code.Aliases)
        {
            if (SameName(alias.Name, printed)) return true;
        }
        return false;
    }

    private static bool SameName(string a, string b)
    {
        var x = ClassificationNameIndex.Normalize(a);
        var y = ClassificationNameIndex.Normalize(b);
        return x == y || Loose(x) == Loose(y);
    }

    private static string Loose(string name) => name.Length > 2 && name.EndsWith("支出", StringComparison.Ordinal) ? name.Substring(0, name.Length - 2) : name;

    private static IReadOnlyList<PrintedCode> FromReport(string path)
    {
        FinalAccountsReport report;
        try
        {
            report = ReportReader.ReadFile(path);
        }
        catch (ReportFormatException ex)
        {
            throw new ImportException(path, ex.Message, ex);
        }
        var file = Path.GetFileName(path);
        var result = new List<PrintedCode>();
        foreach (var table in report.Tables)
        {
            foreach (var cell in table.Cells)
            {
                var code = cell.Code;
                var functionPath = cell.Key.FunctionPath;
                if (code.Length is not (3 or 5 or 7) || code[0] != '2' || functionPath.Length == 0) continue;
                var name = functionPath.Split('/').Last().Trim();
                if (name.Length == 0) continue;
                if (result.Count > 0 && result[result.Count - 1].Code == code && result[result.Count - 1].Name == name) continue;
                result.Add(new PrintedCode(code, name, file, cell.Location.Page));
            }
        }
        return result;
    }
}
