using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using UglyToad.PdfPig;
using Xunit;

namespace FinalAccounts.Import.Tests.RoundTrip;

/// <summary>
/// ImportResult.Locate on generated PDFs, read back with PdfPig's letters: a placed figure's box covers exactly its
/// printed digits (never a wrong place), and a cell whose value is printed once on its page is always placed.
/// </summary>
public sealed class LocateProperties
{
    [Property(MaxTest = 15)]
    public Property A_placed_cell_box_covers_exactly_its_digits_and_a_unique_value_is_always_placed()
        => Prop.ForAll(GeneratedReport.Gen().ToArbitrary(), report =>
        {
            var pdf = PdfRenderer.Render(report);
            var imported = ReportImporter.ImportPdf(pdf, "generated.pdf");
            using var document = PdfDocument.Open(pdf);
            var placed = 0;
            foreach (var cell in imported.Report.Tables.SelectMany(t => t.Cells))
            {
                var box = imported.Locate(cell);
                var page = document.GetPage(cell.Location.Page);
                var digits = cell.Value.TrimStart('-').Replace(",", string.Empty);
                if (box is null)
                {
                    var printed = page.GetWords().Count(w => w.Text.TrimStart('-').Replace(",", string.Empty) == digits);
                    Assert.True(printed != 1, $"{cell.Key} {cell.Value} on p.{cell.Location.Page} is printed once but was not placed");
                    continue;
                }
                Assert.Equal(cell.Location.Page, box.Page);
                placed++;
                double bottom = page.Height - box.Bottom, top = page.Height - box.Top;
                var under = string.Concat(page.GetWords().SelectMany(w => w.Letters)
                    .Where(l => l.BoundingBox.Centroid.X >= box.Left && l.BoundingBox.Centroid.X <= box.Right && l.BoundingBox.Centroid.Y >= bottom && l.BoundingBox.Centroid.Y <= top)
                    .Select(l => l.Value)).Replace(",", string.Empty);
                Assert.Equal(digits, under);
            }
            // Not vacuous: a generated table with cells has some placed.
            Assert.True(placed > 0 || !imported.Report.Tables.SelectMany(t => t.Cells).Any());
            return true;
        });
}
