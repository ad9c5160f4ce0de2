namespace FinalAccounts.Import.Xlsx;

/// <summary>
/// What the XLSX reader accepts, checked before or while reading so that no workbook costs more than a bounded amount
/// of time and memory (README, "Limits"). A 决算公开 workbook is a few sheets of a few hundred rows; every limit is
/// far above that and far below what would hurt. Beyond a limit the import stops with an <see cref="ImportException"/>
/// naming the file and the place.
/// </summary>
internal static class XlsxLimits
{
    /// <summary>The workbook file itself (the zip), when it comes as a stream that cannot seek and must be buffered.</summary>
    public const long MaxFileBytes = 256L << 20;

    /// <summary>Any one part (a sheet, the shared strings, the styles) as inflated, declared and actual.</summary>
    public const long MaxPartBytes = 64L << 20;

    /// <summary>All parts read, as inflated.</summary>
    public const long MaxWorkbookBytes = 256L << 20;

    /// <summary>Element nesting within a part: a sheet needs 7 (worksheet, sheetData, row, c, is, r, t), extensions a few more.</summary>
    public const int MaxDepth = 64;

    /// <summary>Rows holding text per sheet.</summary>
    public const int MaxRowsPerSheet = 20_000;

    /// <summary>Cells holding text in the whole workbook.</summary>
    public const int MaxCells = 500_000;

    /// <summary>Entries of the shared-strings table.</summary>
    public const int MaxSharedStrings = 1_000_000;

    /// <summary>Merged ranges per sheet (their size does not matter: only the anchor cell is kept).</summary>
    public const int MaxMergesPerSheet = 100_000;

    /// <summary>Decimals a number may show: reports print amounts with 2, the report format allows up to 6.</summary>
    public const int MaxDecimals = 6;
}
