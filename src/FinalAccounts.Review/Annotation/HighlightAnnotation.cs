using PdfSharp.Pdf;
using PdfSharp.Pdf.Annotations;

namespace FinalAccounts.Review.Annotation;

/// <summary>A PDF highlight annotation (/Subtype /Highlight), which PDFsharp 6.2 has no class for: a text-markup annotation over one quadrilateral.</summary>
internal sealed class HighlightAnnotation : PdfAnnotation
{
    public HighlightAnnotation(PdfDocument document, double left, double bottom, double right, double top)
        : base(document)
    {
        Elements.SetName(Keys.Subtype, "/Highlight");
        Elements.SetName(Keys.Type, "/Annot");
        Rectangle = new PdfRectangle(new PdfSharp.Drawing.XPoint(left, bottom), new PdfSharp.Drawing.XPoint(right, top));
        // QuadPoints in the order viewers use: top-left, top-right, bottom-left, bottom-right.
        Elements["/QuadPoints"] = new PdfArray(document, new PdfReal(left), new PdfReal(top), new PdfReal(right), new PdfReal(top), new PdfReal(left), new PdfReal(bottom), new PdfReal(right), new PdfReal(bottom));
        Elements.SetInteger(Keys.F, 4); // Print
    }

    /// <summary>The note, as a Unicode text string (the messages are Chinese).</summary>
    public void SetNote(string title, string contents)
    {
        Elements[Keys.T] = new PdfString(title, PdfStringEncoding.Unicode);
        Elements[Keys.Contents] = new PdfString(contents, PdfStringEncoding.Unicode);
    }

    /// <summary>The highlight colour, RGB 0–1.</summary>
    public void SetColour(double r, double g, double b) => Elements[Keys.C] = new PdfArray(Owner, new PdfReal(r), new PdfReal(g), new PdfReal(b));
}
