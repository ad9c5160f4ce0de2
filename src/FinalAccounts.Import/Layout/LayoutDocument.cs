using System;
using System.Collections.Generic;
using System.Linq;

namespace FinalAccounts.Import.Layout;

/// <summary>
/// A document as positioned words grouped into lines, in reading order (page by page, top to bottom). Both the PDF and
/// the XLSX reader produce one; the table and narrative recognisers read only this.
/// </summary>
internal sealed class LayoutDocument
{
    /// <summary>Words closer than this (in the source's units) vertically share a line.</summary>
    private const double LineTolerance = 2.5;

    public LayoutDocument(string source, int pageCount, IEnumerable<LayoutWord> words, IReadOnlyList<ImportNote>? notes = null, IReadOnlyList<LayoutRule>? rules = null)
    {
        Source = source;
        Rules = rules ?? Array.Empty<LayoutRule>();
        PageCount = pageCount;
        Notes = notes ?? Array.Empty<ImportNote>();
        var lines = new List<LayoutLine>();
        foreach (var page in words.Where(w => w.Text.Trim().Length > 0).GroupBy(w => w.Page).OrderBy(g => g.Key))
        {
            var current = new List<LayoutWord>();
            var baseline = double.NaN;
            foreach (var word in page.OrderBy(w => w.Bottom).ThenBy(w => w.Left))
            {
                if (current.Count > 0 && Math.Abs(word.Bottom - baseline) > LineTolerance)
                {
                    lines.Add(new LayoutLine(current.OrderBy(w => w.Left).ToList()));
                    current = new List<LayoutWord>();
                }
                if (current.Count == 0) baseline = word.Bottom;
                current.Add(word);
            }
            if (current.Count > 0) lines.Add(new LayoutLine(current.OrderBy(w => w.Left).ToList()));
        }
        Lines = lines;
    }

    /// <summary>The file the words came from, for messages.</summary>
    public string Source { get; }

    public int PageCount { get; }

    /// <summary>What the reader itself was unsure of or left out (e.g. a hidden sheet), before any recogniser ran.</summary>
    public IReadOnlyList<ImportNote> Notes { get; }

    public IReadOnlyList<LayoutLine> Lines { get; }

    /// <summary>
    /// True for a workbook: a cell merged down over several rows has its text at its first row (the XLSX reader's
    /// placement), where a PDF prints it in the middle of the merged rows.
    /// </summary>
    public bool MergedCellsAtTop { get; init; }

    /// <summary>The ruling lines of tables (PDF borders, spreadsheet cell boundaries), for recognisers that read cells.</summary>
    public IReadOnlyList<LayoutRule> Rules { get; }

    /// <summary>Every word in reading order.</summary>
    public IEnumerable<LayoutWord> Words => Lines.SelectMany(l => l.Words);
}
