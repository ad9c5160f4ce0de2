using System.Linq;
using FinalAccounts.Testing;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace FinalAccounts.Import.Tests.RoundTrip;

/// <summary>
/// A generated report PDF, the part every generated table shares: the CJK TrueType font for Chinese, Helvetica for
/// digits (the CJK font has none), pages of one size, and the cover line 测试单位2024年度部门决算 (the year in Helvetica,
/// in the same line) from which the import takes the unit and the year.
/// </summary>
internal sealed class GeneratedPdf
{
    private readonly PdfDocumentBuilder _builder = new();
    private readonly double _width;
    private readonly double _height;

    /// <summary>A document of pages <paramref name="width"/> × <paramref name="height"/> whose cover line starts at (<paramref name="coverX"/>, <paramref name="coverY"/>).</summary>
    public GeneratedPdf(double width, double height, double coverX, double coverY)
        : this(width, height, coverX, coverY, "测试单位2024年度部门决算")
    {
    }

    /// <summary>As above with its own cover line (e.g. 测试单位2025年部门预算), its digits in Helvetica.</summary>
    public GeneratedPdf(double width, double height, double coverX, double coverY, string coverLine)
    {
        _width = width;
        _height = height;
        Font = _builder.AddTrueTypeFont(CjkFont.Bytes);
        Digits = _builder.AddStandard14Font(Standard14Font.Helvetica);
        var cover = NewPage();
        var x = coverX;
        foreach (var (part, isDigits) in System.Text.RegularExpressions.Regex.Split(coverLine, "([0-9]+)").Where(p => p.Length > 0).Select(p => (p, char.IsDigit(p[0]))))
        {
            var letters = cover.AddText(part, 14, new PdfPoint(x, coverY), isDigits ? Digits : Font);
            x = letters[letters.Count - 1].EndBaseLine.X;
        }
    }

    /// <summary>The CJK font.</summary>
    public PdfDocumentBuilder.AddedFont Font { get; }

    /// <summary>Helvetica, for digits.</summary>
    public PdfDocumentBuilder.AddedFont Digits { get; }

    /// <summary>
    /// The CJK font added once more: PdfPig writes a TrueType font as a simple font of at most 255 characters, so a text
    /// with more distinct characters spreads them over several copies.
    /// </summary>
    public PdfDocumentBuilder.AddedFont AddCjkFont() => _builder.AddTrueTypeFont(CjkFont.Bytes);

    /// <summary>A new page of the document's size.</summary>
    public PdfPageBuilder NewPage() => _builder.AddPage(_width, _height);

    /// <summary>The PDF's bytes.</summary>
    public byte[] Build() => _builder.Build();
}
