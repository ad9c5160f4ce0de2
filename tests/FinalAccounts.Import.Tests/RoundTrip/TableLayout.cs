using FsCheck;
using FsCheck.Fluent;

namespace FinalAccounts.Import.Tests.RoundTrip;

/// <summary>
/// How a generated table is printed, in the variants real reports use (issue 14): a footnote under it (注：本表反映…), the
/// 合计 row and its values on the header's last line (类 款 项 合计 | 1,234.56 …), long row names wrapped over two lines
/// around the code line with the values centred or at the top of the tall cell, amounts too wide for their column
/// broken over two lines ("12,345." over "67"). Split or joined codes and page breaks are the table's own.
/// </summary>
internal sealed class TableLayout
{
    public TableLayout(bool footnote, bool totalOnHeaderLine, bool wrapNames, bool valuesAtTop, bool wrapValues, bool mergedHeader = false)
    {
        MergedHeader = mergedHeader;
        Footnote = footnote;
        TotalOnHeaderLine = totalOnHeaderLine;
        WrapNames = wrapNames;
        ValuesAtTop = valuesAtTop;
        WrapValues = wrapValues;
    }

    /// <summary>As the first round trips printed: no footnote, 合计 on its own line, names and values on one line.</summary>
    public static TableLayout Plain { get; } = new(false, false, false, false, false);

    public bool Footnote { get; }

    public bool TotalOnHeaderLine { get; }

    public bool WrapNames { get; }

    public bool ValuesAtTop { get; }

    public bool WrapValues { get; }

    /// <summary>XLSX only: header labels, 科目编码 and 合计 in merged cells.</summary>
    public bool MergedHeader { get; }

    /// <summary>The variants a workbook can show: footnote, 合计 on the header row, names continued below, merged cells.</summary>
    public static Gen<TableLayout> XlsxGen()
        => FsCheck.Fluent.Gen.Choose(0, 15).Select(m => new TableLayout((m & 1) != 0, (m & 2) != 0, (m & 4) != 0, false, false, (m & 8) != 0));

    public static Gen<TableLayout> Gen()
        => FsCheck.Fluent.Gen.Choose(0, 31).Select(m => new TableLayout((m & 1) != 0, (m & 2) != 0, (m & 4) != 0, (m & 8) != 0, (m & 16) != 0));

    public override string ToString()
        => (Footnote ? "footnote " : string.Empty) + (TotalOnHeaderLine ? "total-on-header " : string.Empty) + (WrapNames ? "wrapped-names " : string.Empty)
            + (ValuesAtTop ? "values-at-top " : string.Empty) + (WrapValues ? "wrapped-values " : string.Empty) + (MergedHeader ? "merged-cells" : string.Empty);
}
