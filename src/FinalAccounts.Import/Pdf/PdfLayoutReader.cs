using System;
using System.Collections.Generic;
using System.IO;
using FinalAccounts.Import.Layout;
using UglyToad.PdfPig;

namespace FinalAccounts.Import.Pdf;

/// <summary>Reads a PDF's text layer as positioned words with PdfPig (page by page, word bounding boxes).</summary>
internal static class PdfLayoutReader
{
    public static LayoutDocument Read(string path, IProgress<ImportProgress>? progress)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException || ex is ArgumentException || ex is NotSupportedException)
        {
            throw new ImportException(path, "the file cannot be read: " + ex.Message, ex);
        }
        return Read(bytes, path, progress);
    }

    public static LayoutDocument Read(byte[] bytes, string name, IProgress<ImportProgress>? progress)
    {
        if (bytes.Length < 5 || bytes[0] != (byte)'%' || bytes[1] != (byte)'P' || bytes[2] != (byte)'D' || bytes[3] != (byte)'F')
        {
            throw new ImportException(name, "not a PDF file (it does not start with %PDF)");
        }
        if (!EndsWithEofMarker(bytes))
        {
            throw new ImportException(name, "the PDF is truncated (it does not end with the %%EOF marker): download or copy it again");
        }
        var words = new List<LayoutWord>();
        var rules = new List<LayoutRule>();
        int pages;
        try
        {
            using var document = PdfDocument.Open(bytes);
            pages = document.NumberOfPages;
            for (var n = 1; n <= pages; n++)
            {
                var page = document.GetPage(n);
                foreach (var word in page.GetWords())
                {
                    var box = word.BoundingBox;
                    words.Add(new LayoutWord(word.Text, box.Left, box.Right, page.Height - box.Top, page.Height - box.Bottom, n, LetterEdges(word)));
                }
                Rules(page, n, rules);
                progress?.Report(new ImportProgress(n, pages));
            }
        }
        catch (Exception ex) when (ex is not ImportException && ex is not OutOfMemoryException)
        {
            // PdfPig throws its own format exceptions and, on damaged files, others; every one means the same to a user.
            throw new ImportException(name, "the PDF is damaged or truncated and cannot be read (" + ex.GetType().Name + ": " + ex.Message + ")", ex);
        }
        if (words.Count == 0)
        {
            throw new ImportException(name, "the PDF has no text layer (" + pages + " page(s), no text): a scanned report must be run through OCR first");
        }
        return new LayoutDocument(name, pages, words, null, rules);
    }

    /// <summary>
    /// The page's axis-parallel line segments (a table's borders): each straight segment of a drawn path, and each path part
    /// whose box is at most 2 pt thin (a border painted as a filled bar). Curves and slanted lines are no rules.
    /// </summary>
    private static void Rules(UglyToad.PdfPig.Content.Page page, int n, List<LayoutRule> rules)
    {
        const double Thin = 2.0;
        foreach (var path in page.Paths)
        {
            foreach (var subpath in path)
            {
                var box = subpath.GetBoundingRectangle();
                if (box is not { } b) continue;
                if (b.Height <= Thin && b.Width > Thin)
                {
                    rules.Add(new LayoutRule(n, true, page.Height - ((b.Top + b.Bottom) / 2), b.Left, b.Right));
                    continue;
                }
                if (b.Width <= Thin && b.Height > Thin)
                {
                    rules.Add(new LayoutRule(n, false, (b.Left + b.Right) / 2, page.Height - b.Top, page.Height - b.Bottom));
                    continue;
                }
                UglyToad.PdfPig.Core.PdfPoint? start = null, last = null;
                foreach (var command in subpath.Commands)
                {
                    switch (command)
                    {
                        case UglyToad.PdfPig.Core.PdfSubpath.Move move:
                            start = last = move.Location;
                            break;
                        case UglyToad.PdfPig.Core.PdfSubpath.Line line:
                            Segment(page.Height, n, line.From, line.To, rules);
                            last = line.To;
                            break;
                        case UglyToad.PdfPig.Core.PdfSubpath.Close:
                            if (start is { } s && last is { } l) Segment(page.Height, n, l, s, rules);
                            last = start;
                            break;
                        default:
                            last = null;
                            break;
                    }
                }
            }
        }
    }

    private static void Segment(double height, int n, UglyToad.PdfPig.Core.PdfPoint from, UglyToad.PdfPig.Core.PdfPoint to, List<LayoutRule> rules)
    {
        if (System.Math.Abs(from.Y - to.Y) < 0.5 && System.Math.Abs(from.X - to.X) > 2) rules.Add(new LayoutRule(n, true, height - from.Y, from.X, to.X));
        else if (System.Math.Abs(from.X - to.X) < 0.5 && System.Math.Abs(from.Y - to.Y) > 2) rules.Add(new LayoutRule(n, false, from.X, height - from.Y, height - to.Y));
    }

    /// <summary>The left and right edge of each letter, or null when the letters are not one character each.</summary>
    private static double[]? LetterEdges(UglyToad.PdfPig.Content.Word word)
    {
        var letters = word.Letters;
        if (letters.Count != word.Text.Length) return null;
        var edges = new double[letters.Count * 2];
        for (var i = 0; i < letters.Count; i++)
        {
            if (letters[i].Value.Length != 1) return null;
            edges[2 * i] = letters[i].BoundingBox.Left;
            edges[2 * i + 1] = letters[i].BoundingBox.Right;
        }
        return edges;
    }

    /// <summary>True when %%EOF stands in the last kilobyte (writers may add whitespace or a trailing comment after it).</summary>
    private static bool EndsWithEofMarker(byte[] bytes)
    {
        var from = Math.Max(0, bytes.Length - 1024);
        for (var i = bytes.Length - 5; i >= from; i--)
        {
            if (bytes[i] == (byte)'%' && bytes[i + 1] == (byte)'%' && bytes[i + 2] == (byte)'E' && bytes[i + 3] == (byte)'O' && bytes[i + 4] == (byte)'F') return true;
        }
        return false;
    }
}
