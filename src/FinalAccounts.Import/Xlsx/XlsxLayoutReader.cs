using System;
using System.Collections.Generic;
using System.IO;
using FinalAccounts.Import.Layout;

namespace FinalAccounts.Import.Xlsx;

/// <summary>
/// Reads an XLSX workbook as positioned words: each visible sheet a page, each non-empty cell a word at its grid place
/// (see <see cref="XlsxSheetReader"/>), the text as Excel displays it (number formats applied, so 2940.05 formatted
/// #,##0.00 reads 2,940.05; see <see cref="CellText"/>). The same recognisers then read it as they read a PDF.
/// It reads the zip and the XML itself (System.IO.Compression, a forward-only XmlReader): only the workbook, styles,
/// shared strings and worksheet parts are opened, never pictures, charts or drawings, and every part is bounded
/// (<see cref="XlsxLimits"/>).
/// </summary>
/// <remarks>
/// The contract: whatever the bytes, it returns a document or throws <see cref="ImportException"/> (one line, Chinese
/// then English, naming the file and, where known, the part, sheet, cell or line). Hidden sheets are not read (Excel
/// does not show them; a note FA4007 names each).
/// </remarks>
internal static class XlsxLayoutReader
{
    private const string Chinese = "无法读取 XLSX 工作簿";
    private const string English = "not a readable XLSX workbook";

    public static LayoutDocument Read(string path, IProgress<ImportProgress>? progress)
    {
        FileStream stream;
        try
        {
            stream = File.OpenRead(path);
        }
        catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException || ex is ArgumentException || ex is NotSupportedException)
        {
            throw new ImportException(path, "文件无法读取 / the file cannot be read: " + ex.Message, ex);
        }
        using (stream) return Read(stream, path, progress);
    }

    public static LayoutDocument Read(Stream stream, string name, IProgress<ImportProgress>? progress)
    {
        var words = new List<LayoutWord>();
        var rules = new List<LayoutRule>();
        var notes = new List<ImportNote>();
        var pages = 0;
        try
        {
            using var package = XlsxPackage.Open(stream);
            var workbook = XlsxWorkbook.Read(package);
            var styles = workbook.Styles is { } s ? XlsxStyles.Read(package, s) : XlsxStyles.None;
            IReadOnlyList<string> shared = workbook.SharedStrings is { } ss ? XlsxSharedStrings.Read(package, ss) : Array.Empty<string>();
            var reader = new XlsxSheetReader(shared, styles, workbook.Date1904);
            var visible = new List<XlsxSheetEntry>();
            foreach (var sheet in workbook.Sheets)
            {
                if (sheet.Part is null) continue;
                if (sheet.Hidden)
                {
                    notes.Add(new ImportNote(ImportNotes.SheetNotRead, "隐藏的工作表未读取（Excel 不显示它）/ hidden sheet not read (Excel does not show it)", 0, "工作表「" + sheet.Name + "」"));
                }
                else visible.Add(sheet);
            }
            foreach (var sheet in visible)
            {
                pages++;
                reader.Read(package, sheet, pages, words, rules);
                progress?.Report(new ImportProgress(pages, visible.Count));
            }
        }
        catch (XlsxRefusal ex)
        {
            throw new ImportException(name, Chinese + "：" + ex.Chinese + " / " + English + ": " + ex.English, ex);
        }
        catch (Exception ex) when (ex is InvalidDataException || ex is IOException || ex is NotSupportedException || ex is ArgumentException || ex is UnauthorizedAccessException || ex is System.Xml.XmlException)
        {
            // A damaged or truncated zip, a part whose compression is not deflate, or XML that fails only when a value is
            // read (XlsxPart names the part for errors met while reading nodes).
            throw new ImportException(name, Chinese + "：ZIP 包损坏或不受支持 / " + English + ": a damaged or unsupported zip (" + ex.GetType().Name + ": " + ex.Message + ")", ex);
        }
        if (words.Count == 0) throw new ImportException(name, "工作簿的可见工作表中没有文字 / the workbook has no text in any visible sheet");
        return new LayoutDocument(name, pages, words, notes, rules) { MergedCellsAtTop = true };
    }
}
