using System;
using System.Collections.Generic;
using System.IO;
using ClosedXML.Excel;
using FinalAccounts.Import.Layout;

namespace FinalAccounts.Import.Xlsx;

/// <summary>
/// Reads an XLSX workbook as positioned words: each non-empty cell is a word at its grid place (column × 100 points
/// wide, row × 20 high; a merged cell spans its range), each sheet a page, the text as Excel displays it (number formats
/// applied, so 2940.05 formatted #,##0.00 reads 2,940.05; see <see cref="CellText"/>). The same recognisers then read it as they read a PDF.
/// </summary>
internal static class XlsxLayoutReader
{
    internal const double ColumnWidth = 100;
    internal const double RowHeight = 20;

    public static LayoutDocument Read(string path, IProgress<ImportProgress>? progress)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return Read(stream, path, progress);
        }
        catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException || ex is ArgumentException || ex is NotSupportedException)
        {
            throw new ImportException(path, "the file cannot be read: " + ex.Message, ex);
        }
    }

    public static LayoutDocument Read(Stream stream, string name, IProgress<ImportProgress>? progress)
    {
        var words = new List<LayoutWord>();
        int sheets;
        try
        {
            using var workbook = new XLWorkbook(stream);
            sheets = workbook.Worksheets.Count;
            var page = 0;
            foreach (var sheet in workbook.Worksheets)
            {
                page++;
                foreach (var cell in sheet.CellsUsed())
                {
                    var text = CellText.Of(cell);
                    if (text.Length == 0) continue;
                    var first = cell.Address;
                    var last = cell.IsMerged() ? cell.MergedRange().RangeAddress.LastAddress : first;
                    words.Add(new LayoutWord(
                        text,
                        first.ColumnNumber * ColumnWidth,
                        (last.ColumnNumber * ColumnWidth) + (ColumnWidth * 0.8),
                        first.RowNumber * RowHeight,
                        (first.RowNumber * RowHeight) + (RowHeight * 0.6),
                        page));
                }
                progress?.Report(new ImportProgress(page, sheets));
            }
        }
        catch (Exception ex) when (ex is not ImportException && ex is not OutOfMemoryException)
        {
            throw new ImportException(name, "not a readable XLSX workbook (" + ex.GetType().Name + ": " + ex.Message + ")", ex);
        }
        if (words.Count == 0) throw new ImportException(name, "the workbook has no text in any sheet");
        return new LayoutDocument(name, sheets, words);
    }
}
