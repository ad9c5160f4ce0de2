using System.Collections.Generic;
using System.Linq;
using FinalAccounts.Import.Layout;

namespace FinalAccounts.Import.Tests.Layouts;

/// <summary>
/// A page layout written by hand, word by word: each word at its left edge and baseline (points, measured down from the
/// top), 9 pt high, a Chinese character 9 pt wide and a digit or punctuation mark 4.5 pt, as PdfPig reports a PDF's words.
/// A cover line comes first so the import finds a unit and a year (a 决算's unless another cover is given).
/// </summary>
internal sealed class HandLayout
{
    private readonly List<LayoutWord> _words = new();
    private int _page = 1;

    public HandLayout(string cover = "测试单位2024年度部门决算") => Line(60, (100, cover));

    public HandLayout NewPage()
    {
        _page++;
        return this;
    }

    /// <summary>Words on one baseline <paramref name="y"/>: (left, text).</summary>
    public HandLayout Line(double y, params (double X, string Text)[] words)
    {
        foreach (var (x, text) in words) _words.Add(new LayoutWord(text, x, x + Width(text), y - 9, y, _page));
        return this;
    }

    /// <summary>A word with its own box (e.g. a value printed a little above or below the line).</summary>
    public HandLayout Word(string text, double x, double y)
    {
        _words.Add(new LayoutWord(text, x, x + Width(text), y - 9, y, _page));
        return this;
    }

    public static double Width(string text) => text.Sum(c => c < 0x2E80 ? 4.5 : 9.0);

    /// <summary>The words as a document, for a reader tested on its own.</summary>
    public LayoutDocument Document() => new("hand.pdf", _page, _words);

    public ImportResult Import() => ReportImporter.Import(new LayoutDocument("hand.pdf", _page, _words));
}
