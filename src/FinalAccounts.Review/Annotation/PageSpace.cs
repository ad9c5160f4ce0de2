using System;
using PdfSharp.Pdf;

namespace FinalAccounts.Review.Annotation;

/// <summary>
/// A page's two coordinate systems. The import's boxes are in the page as it is shown (PdfPig applies /Rotate: x to the
/// right, y down from the top of the shown page); an annotation's /Rect and /QuadPoints are in the page's default user
/// space, before /Rotate turns it clockwise by 90, 180 or 270 degrees. On a rotated page the two differ: a box written
/// as shown would highlight a place elsewhere on the page (or off it).
/// </summary>
internal readonly struct PageSpace
{
    private readonly double _width;
    private readonly double _height;
    private readonly int _rotate;

    /// <summary>The page's media box (its user-space width and height) and its /Rotate, normalised to 0, 90, 180 or 270.</summary>
    public PageSpace(PdfPage page)
    {
        _width = page.MediaBox.Width;
        _height = page.MediaBox.Height;
        var r = page.Rotate % 360;
        _rotate = r < 0 ? r + 360 : r;
        if (_rotate % 90 != 0) _rotate = 0; // not a valid /Rotate: viewers show the page unrotated
    }

    /// <summary>The shown page's height: the user-space width when the page is turned a quarter.</summary>
    public double ShownHeight => _rotate is 90 or 270 ? _width : _height;

    /// <summary>
    /// The user-space rectangle (left, bottom, right, top) of a box on the shown page given from its top-left corner,
    /// y down.
    /// </summary>
    public (double Left, double Bottom, double Right, double Top) ToUser(double left, double top, double right, double bottom)
    {
        var (u1, v1) = ToUser(left, ShownHeight - top);
        var (u2, v2) = ToUser(right, ShownHeight - bottom);
        return (Math.Min(u1, u2), Math.Min(v1, v2), Math.Max(u1, u2), Math.Max(v1, v2));
    }

    /// <summary>A point of the shown page (x right, y up from its bottom-left corner) in user space.</summary>
    private (double U, double V) ToUser(double x, double y) => _rotate switch
    {
        // Turned clockwise by 90: user space's left edge is shown at the top, its top edge at the right.
        90 => (_width - y, x),
        180 => (_width - x, _height - y),
        // Turned by 270: user space's left edge is shown at the bottom, its top edge at the left.
        270 => (y, _height - x),
        _ => (x, y),
    };
}
