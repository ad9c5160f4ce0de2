using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FinalAccounts.Reports;
using FinalAccounts.Review.Batch;
using FinalAccounts.Validation;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Annotations;
using PdfSharp.Pdf.IO;

namespace FinalAccounts.Review.Annotation;

/// <summary>
/// The original PDF with a highlight annotation over each figure a finding names (the import's word boxes): the stated
/// figure in its severity's colour (error red, warning orange, info blue), the figures it was computed from in green, each
/// with a note giving the rule ID and the Chinese message. Nothing else changes: pages, text and drawing are the
/// original's (PDFsharp rewrites the file's structure, not its content). A figure the import cannot place with
/// certainty gets no highlight; a stated figure among them gets its note as a sticky note in the page's margin instead.
/// The import's boxes are where the page is shown; on a page with /Rotate they are turned back into user space
/// (<see cref="PageSpace"/>), so a highlight covers its figure whatever the page's rotation.
/// </summary>
public static class PdfAnnotator
{
    /// <summary>The title every note carries.</summary>
    public const string Author = "finacct";

    /// <summary>Annotates the PDF of <paramref name="report"/> (a checked PDF import) into <paramref name="output"/>.</summary>
    /// <exception cref="ArgumentException">The report is not a checked PDF.</exception>
    /// <exception cref="InvalidDataException">PDFsharp cannot open the file for writing (the message names it).</exception>
    public static AnnotationSummary Annotate(ReviewedReport report, Stream output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        var check = report.Check;
        var import = report.Import;
        if (check is null || import is null || !report.File.Path.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException(report.File.Path + ": only a checked PDF can be annotated", nameof(report));
        }
        PdfDocument document;
        try
        {
            document = PdfReader.Open(report.File.Path, PdfDocumentOpenMode.Modify);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            throw new InvalidDataException(report.File.Path + ": the PDF cannot be opened for annotation (" + ex.GetType().Name + ": " + ex.Message + ")", ex);
        }
        using (document)
        {
            var placed = 0;
            var unplaced = 0;
            var margin = new Dictionary<int, int>();
            foreach (var (figure, uses) in Uses(check))
            {
                var note = string.Join("\n", uses.Select(u => Note(u.Finding, u.Stated)));
                var stated = uses.Where(u => u.Stated).Select(u => u.Finding.Severity).ToList();
                var box = import.Locate(figure);
                if (box is not null && box.Page >= 1 && box.Page <= document.PageCount)
                {
                    var page = document.Pages[box.Page - 1];
                    var (left, bottom, right, top) = new PageSpace(page).ToUser(box.Left, box.Top, box.Right, box.Bottom);
                    var annotation = new HighlightAnnotation(document, left, bottom, right, top);
                    annotation.SetNote(Author, note);
                    var (r, g, b) = stated.Count > 0 ? Colour(stated.Max()) : InputColour;
                    annotation.SetColour(r, g, b);
                    page.Annotations.Add(annotation);
                    placed++;
                    continue;
                }
                unplaced++;
                if (stated.Count == 0) continue;
                // A stated figure that cannot be placed keeps its note, in the left margin of its page.
                var n = Math.Clamp(figure.Location.Page, 1, document.PageCount);
                var target = document.Pages[n - 1];
                margin.TryGetValue(n, out var k);
                margin[n] = k + 1;
                // 30 points below the shown page's top, 24 apart, 8 from its left edge, wherever /Rotate puts that.
                var (noteLeft, noteBottom, noteRight, noteTop) = new PageSpace(target).ToUser(8, 30 + 24 * k, 28, 50 + 24 * k);
                var sticky = new PdfTextAnnotation(document)
                {
                    Rectangle = new PdfRectangle(new PdfSharp.Drawing.XPoint(noteLeft, noteBottom), new PdfSharp.Drawing.XPoint(noteRight, noteTop)),
                    Icon = PdfTextAnnotationIcon.Comment,
                };
                sticky.Elements[PdfAnnotation.Keys.T] = new PdfString(Author, PdfStringEncoding.Unicode);
                sticky.Elements[PdfAnnotation.Keys.Contents] = new PdfString("（未能在页面上定位该数字）" + note, PdfStringEncoding.Unicode);
                var (sr, sg, sb) = Colour(stated.Max());
                sticky.Elements[PdfAnnotation.Keys.C] = new PdfArray(document, new PdfReal(sr), new PdfReal(sg), new PdfReal(sb));
                target.Annotations.Add(sticky);
            }
            document.Save(output, closeStream: false);
            return new AnnotationSummary(placed, unplaced);
        }
    }

    /// <summary>Error red.</summary>
    internal static readonly (double R, double G, double B) ErrorColour = (1.0, 0.35, 0.35);

    /// <summary>Warning orange.</summary>
    internal static readonly (double R, double G, double B) WarningColour = (1.0, 0.72, 0.2);

    /// <summary>Info blue.</summary>
    internal static readonly (double R, double G, double B) InfoColour = (0.45, 0.65, 1.0);

    /// <summary>Inputs green.</summary>
    internal static readonly (double R, double G, double B) InputColour = (0.4, 0.85, 0.5);

    internal static (double R, double G, double B) Colour(Severity s) => s switch { Severity.Error => ErrorColour, Severity.Warning => WarningColour, _ => InfoColour };

    /// <summary>Each figure a finding names, once, with the findings naming it (as stated figure or input), in report order.</summary>
    internal static IEnumerable<(StatedFigure Figure, List<(Finding Finding, bool Stated)> Uses)> Uses(CheckReport check)
    {
        var uses = new Dictionary<StatedFigure, List<(Finding, bool)>>(ReferenceEqualityComparer.Instance);
        var order = new List<StatedFigure>();
        foreach (var f in check.Findings)
        {
            Add(f.Stated, f, true);
            foreach (var input in f.Inputs) Add(input, f, false);
        }
        return order.Select(x => (x, uses[x]));

        void Add(StatedFigure figure, Finding finding, bool stated)
        {
            if (!uses.TryGetValue(figure, out var list))
            {
                uses[figure] = list = new List<(Finding, bool)>();
                order.Add(figure);
            }
            if (!list.Any(u => ReferenceEquals(u.Item1, finding) && u.Item2 == stated)) list.Add((finding, stated));
        }
    }

    private static string Note(Finding f, bool stated) => stated
        ? f.RuleId + " " + Label(f.Severity) + "：" + f.Message
        : f.RuleId + " 计算依据：用于核对 " + f.Stated.Key + " 列示 " + f.Stated + "（" + Label(f.Severity) + "）";

    private static string Label(Severity s) => s switch { Severity.Error => "错误", Severity.Warning => "警告", _ => "提示" };
}
