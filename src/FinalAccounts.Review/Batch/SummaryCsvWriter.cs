using System.Globalization;
using System.Linq;
using System.IO;
using System.Text;

namespace FinalAccounts.Review.Batch;

/// <summary>
/// The summary as CSV (RFC 4180, UTF-8 with a byte-order mark so Excel shows the Chinese names): one row per report,
/// the columns of <see cref="Header"/>. Totals are not a row (a sum row would be sorted and filtered with the reports);
/// they are in the JSON.
/// </summary>
public static class SummaryCsvWriter
{
    /// <summary>The header row.</summary>
    public const string Header = "file,name,unitName,year,status,errors,warnings,infos,tables,figures,importNotes,exitCode,problem";

    /// <summary>Writes <paramref name="summary"/> to <paramref name="output"/>.</summary>
    public static void Write(BatchSummary summary, Stream output)
    {
        using var w = new StreamWriter(output, new UTF8Encoding(true), 4096, leaveOpen: true) { NewLine = "\r\n" };
        w.WriteLine(Header);
        foreach (var r in summary.Reports)
        {
            w.WriteLine(string.Join(",",
                Field(r.File), Field(r.Name), Field(r.UnitName), Number(r.Year), r.Problem is null ? "checked" : "unreadable",
                string.Join(",", ReportSummary.Counters.Select(c => Number(c.Of(r)))),
                Field(r.Problem ?? string.Empty)));
        }
    }

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);

    /// <summary>A field quoted when it holds a comma, quote or line break; a leading = + - @ is prefixed with ' so a spreadsheet never runs it as a formula.</summary>
    internal static string Field(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@') value = "'" + value;
        return value.IndexOfAny(new[] { ',', '"', '\r', '\n' }) < 0 ? value : "\"" + value.Replace("\"", "\"\"", System.StringComparison.Ordinal) + "\"";
    }
}
