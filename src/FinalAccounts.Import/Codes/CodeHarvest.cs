using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

namespace FinalAccounts.Import.Codes;

/// <summary>
/// What a harvest found: every code printed with its name (<see cref="Printed"/>), the rows our tables lack
/// (<see cref="NewRows"/>, first printing of each, parents before children) and the printings to review
/// (<see cref="Review"/>: a name that contradicts ours, two printings that disagree, a code whose parent was never printed).
/// </summary>
public sealed class CodeHarvest
{
    internal CodeHarvest(IReadOnlyList<PrintedCode> printed, IReadOnlyList<PrintedCode> newRows, IReadOnlyList<HarvestReview> review)
    {
        Printed = printed;
        NewRows = newRows;
        Review = review;
    }

    /// <summary>Every code printed with a name, in file and page order (duplicates kept).</summary>
    public IReadOnlyList<PrintedCode> Printed { get; }

    /// <summary>Codes not in the compiled tables, sorted by code, each with its first printing.</summary>
    public IReadOnlyList<PrintedCode> NewRows { get; }

    /// <summary>Printings not taken, for review.</summary>
    public IReadOnlyList<HarvestReview> Review { get; }

    /// <summary>The header of a harvested table: the generator's columns plus <c>evidence</c>.</summary>
    public const string CsvHeader = "code,name,parent_code,level,source,evidence";

    /// <summary>
    /// Writes <see cref="NewRows"/> as a code table the generator reads (<c>FinalAccountsScheme="Function"</c>), each
    /// with evidence <c>printed</c> and source "file p.N".
    /// </summary>
    public void WriteCsv(TextWriter writer)
    {
        writer.Write(CsvHeader + "\n");
        foreach (var row in NewRows)
        {
            writer.Write(string.Join(",", new[]
            {
                row.Code, Field(row.Name), row.ParentCode, LevelName(row.Level), Field(row.Source), "printed",
            }) + "\n");
        }
    }

    /// <summary>The table <see cref="WriteCsv"/> writes, as text.</summary>
    public string ToCsv()
    {
        var writer = new StringWriter(new StringBuilder(), CultureInfo.InvariantCulture);
        WriteCsv(writer);
        return writer.ToString();
    }

    private static string LevelName(int level) => level switch { 1 => "类", 2 => "款", _ => "项" };

    private static string Field(string value)
        => value.IndexOfAny(new[] { ',', '"', '\n', '\r' }) < 0 ? value : "\"" + value.Replace("\"", "\"\"") + "\"";

    internal static IEnumerable<PrintedCode> ParentsFirst(IEnumerable<PrintedCode> rows)
        => rows.OrderBy(r => r.Code, System.StringComparer.Ordinal);
}
