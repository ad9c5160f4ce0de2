using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using FinalAccounts.Review.Annotation;
using FinalAccounts.Review.Tests.Support;
using FinalAccounts.Validation;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Annotations;
using Xunit;

namespace FinalAccounts.Review.Tests.Annotation;

/// <summary>The annotated Putuo PDF read back with PdfPig (an independent reader) and rendered with poppler's pdftoppm.</summary>
public sealed class PdfAnnotatorTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private (string Path, AnnotationSummary Summary) Annotated()
    {
        var path = Path.Combine(_temp.Path, "annotated.pdf");
        using var output = File.Create(path);
        var summary = PdfAnnotator.Annotate(Reviewed.Putuo, output);
        return (path, summary);
    }

    [SkippableFact]
    public void Each_highlight_covers_exactly_the_digits_of_a_figure_its_note_names()
    {
        Repository.RequirePutuoPdf();
        var (path, summary) = Annotated();
        using var pdf = PdfDocument.Open(path);
        var highlights = pdf.GetPages().SelectMany(p => p.GetAnnotations().Where(a => a.Type == AnnotationType.Highlight).Select(a => (Page: p, Annotation: a))).ToList();
        Assert.Equal(summary.Highlighted, highlights.Count);
        var findings = Reviewed.Putuo.Check!.Findings;
        // Every figure the findings name on the Putuo PDF is placed.
        Assert.Equal(0, summary.Unplaced);
        var named = findings.SelectMany(f => f.Inputs.Append(f.Stated)).Distinct(ReferenceEqualityComparer.Instance).Count();
        Assert.Equal(named, summary.Highlighted);
        foreach (var (page, a) in highlights)
        {
            var r = a.Rectangle;
            // The letters whose centres fall inside the highlight, read by PdfPig from the original text layer, spell a number
            // (a thousands comma hangs below the line, so its centre may fall outside: commas are not compared).
            var under = string.Concat(page.GetWords().SelectMany(w => w.Letters).Where(l => Inside(l.BoundingBox.Centroid, r)).Select(l => l.Value));
            Assert.Matches(@"^\d[\d,]*(\.\d+)?$", under);
            // …and that number is the value of a figure of some finding the note names, stated on this page.
            var rules = (a.Content ?? string.Empty).Split('\n').Select(line => line.Split(' ')[0]).ToHashSet();
            var candidates = findings.Where(f => rules.Contains(f.RuleId)).SelectMany(f => f.Inputs.Append(f.Stated)).ToList();
            Assert.True(candidates.Any(x => x.Value.TrimStart('-').Replace(",", "") == under.Replace(",", "") && (x.Location.Page == page.Number || x.Location.Page + 1 == page.Number)),
                $"p.{page.Number} {r}: '{under}' is no figure of {string.Join(",", rules)}");
            Assert.Equal(PdfAnnotator.Author, Assert.IsType<UglyToad.PdfPig.Tokens.HexToken>(a.AnnotationDictionary.Data["T"]).Data);
        }
    }

    [SkippableFact]
    public void Stated_figures_take_their_severity_colour_inputs_green_and_the_note_is_the_chinese_message()
    {
        Repository.RequirePutuoPdf();
        var (path, _) = Annotated();
        using var pdf = PdfDocument.Open(path);
        var error = Reviewed.Putuo.Check!.Findings.First(f => f.Severity == Severity.Error);
        var page = pdf.GetPage(error.Location.Page);
        var notes = page.GetAnnotations().Where(a => a.Type == AnnotationType.Highlight).Select(a => (Content: a.Content ?? string.Empty, Colour: a.AnnotationDictionary.Data["C"].ToString() ?? string.Empty)).ToList();
        var mine = Assert.Single(notes, n => n.Content.Contains(error.Message, StringComparison.Ordinal));
        Assert.StartsWith(error.RuleId + " 错误：", mine.Content);
        Assert.Contains("1", mine.Colour); // red: [1 0.35 0.35]
        Assert.Contains("0.35", mine.Colour);
        Assert.Contains(notes, n => n.Content.Contains("计算依据", StringComparison.Ordinal) && n.Colour.Contains("0.85"));
    }

    [SkippableFact]
    public void The_pages_and_their_text_are_the_originals()
    {
        Repository.RequirePutuoPdf();
        var (path, _) = Annotated();
        using var original = PdfDocument.Open(Repository.PutuoPdf);
        using var annotated = PdfDocument.Open(path);
        Assert.Equal(original.NumberOfPages, annotated.NumberOfPages);
        for (var n = 1; n <= original.NumberOfPages; n++)
        {
            Assert.Equal(original.GetPage(n).Text, annotated.GetPage(n).Text);
            Assert.Equal(original.GetPage(n).MediaBox.Bounds, annotated.GetPage(n).MediaBox.Bounds);
        }
    }

    [SkippableFact]
    public void Pdftoppm_renders_an_annotated_page_and_the_highlight_shows()
    {
        Repository.RequirePutuoPdf();
        // .ci/run installs poppler-utils; elsewhere the test skips saying so (under CI it fails).
        if (!File.Exists("/usr/bin/pdftoppm")) throw FinalAccounts.Testing.Prerequisite.Missing("needs pdftoppm: apt-get install poppler-utils");
        var (path, _) = Annotated();
        var page = Reviewed.Putuo.Check!.Findings.First(f => f.Severity == Severity.Error).Location.Page;
        var before = Render(Repository.PutuoPdf, page, "before");
        var after = Render(path, page, "after");
        Assert.True(after.Length > 1000);
        Assert.NotEqual(before, after);
    }

    [SkippableTheory]
    [InlineData(90)]
    [InlineData(180)]
    [InlineData(270)]
    public void On_a_rotated_page_each_highlight_lies_where_it_lies_on_the_unrotated_page(int rotate)
    {
        Repository.RequirePutuoPdf();
        // The Putuo PDF with every page given /Rotate and its content turned back by the opposite matrix: shown, the
        // copy is the original page for page (PdfPig reads the same letters at the same places), but its user space is
        // turned. PdfPig, an independent reader, reports annotation rectangles where they are shown, so each highlight
        // of the copy must be shown exactly where the original's is.
        var copy = Path.Combine(_temp.Path, "rotated-" + rotate + ".pdf");
        RotatedCopy(Repository.PutuoPdf, copy, rotate);
        var (original, _) = Annotated();
        var rotatedPath = Path.Combine(_temp.Path, "rotated-annotated-" + rotate + ".pdf");
        using (var output = File.Create(rotatedPath)) PdfAnnotator.Annotate(Reviewed.Of(copy), output);
        using var a = PdfDocument.Open(original);
        using var b = PdfDocument.Open(rotatedPath);
        Assert.Equal(rotate, b.GetPage(1).Rotation.Value);
        var expected = Highlights(a);
        var actual = Highlights(b);
        Assert.NotEmpty(expected);
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i].Page, actual[i].Page);
            Assert.Equal(expected[i].Content, actual[i].Content);
            Assert.True(Math.Abs(expected[i].Left - actual[i].Left) < 0.01 && Math.Abs(expected[i].Bottom - actual[i].Bottom) < 0.01
                && Math.Abs(expected[i].Right - actual[i].Right) < 0.01 && Math.Abs(expected[i].Top - actual[i].Top) < 0.01,
                $"p.{actual[i].Page}: shown at {actual[i]}, the unrotated page shows it at {expected[i]}");
        }
    }

    private static List<(int Page, string Content, double Left, double Bottom, double Right, double Top)> Highlights(PdfDocument pdf)
        => pdf.GetPages().SelectMany(p => p.GetAnnotations().Where(x => x.Type == AnnotationType.Highlight).Select(x =>
        {
            var r = x.Rectangle;
            var xs = new[] { r.TopLeft.X, r.TopRight.X, r.BottomLeft.X, r.BottomRight.X };
            var ys = new[] { r.TopLeft.Y, r.TopRight.Y, r.BottomLeft.Y, r.BottomRight.Y };
            return (p.Number, x.Content ?? string.Empty, xs.Min(), ys.Min(), xs.Max(), ys.Max());
        })).ToList();

    /// <summary>Each page shown as before but stored turned: /Rotate, the media box's sides swapped for a quarter turn, and the content drawn through the inverse turn.</summary>
    private static void RotatedCopy(string source, string target, int rotate)
    {
        using var document = PdfSharp.Pdf.IO.PdfReader.Open(source, PdfSharp.Pdf.IO.PdfDocumentOpenMode.Modify);
        foreach (var page in document.Pages)
        {
            var w = page.MediaBox.Width;
            var h = page.MediaBox.Height;
            // Shown = turned clockwise by /Rotate; the matrix maps the original drawing (u0, v0) to the new user space so
            // that turning it shows (u0, v0) again: 90 → (h − v0, u0), 180 → (w − u0, h − v0), 270 → (v0, w − u0).
            var matrix = rotate switch
            {
                90 => FormattableString.Invariant($"0 1 -1 0 {h} 0 cm"),
                180 => FormattableString.Invariant($"-1 0 0 -1 {w} {h} cm"),
                _ => FormattableString.Invariant($"0 -1 1 0 0 {w} cm"),
            };
            page.Contents.PrependContent().CreateStream(System.Text.Encoding.ASCII.GetBytes("q " + matrix + "\n"));
            page.Contents.AppendContent().CreateStream(System.Text.Encoding.ASCII.GetBytes("\nQ\n"));
            if (rotate != 180) page.MediaBox = new PdfSharp.Pdf.PdfRectangle(new PdfSharp.Drawing.XPoint(0, 0), new PdfSharp.Drawing.XPoint(h, w));
            page.Elements.SetInteger("/Rotate", rotate);
        }
        document.Save(target);
    }

    private byte[] Render(string pdf, int page, string name)
    {
        var prefix = Path.Combine(_temp.Path, name);
        var start = new ProcessStartInfo("pdftoppm", new[] { "-f", page.ToString(), "-l", page.ToString(), "-r", "60", "-png", "-singlefile", pdf, prefix }) { RedirectStandardError = true };
        using var p = Process.Start(start)!;
        var stderr = p.StandardError.ReadToEnd();
        p.WaitForExit();
        Assert.True(p.ExitCode == 0, "pdftoppm failed: " + stderr);
        return File.ReadAllBytes(prefix + ".png");
    }

    private static bool Inside(UglyToad.PdfPig.Core.PdfPoint p, UglyToad.PdfPig.Core.PdfRectangle r) => p.X >= r.Left && p.X <= r.Right && p.Y >= r.Bottom && p.Y <= r.Top;
}
