using System;
using System.Collections.Generic;
using FinalAccounts.Import.Layout;

namespace FinalAccounts.Import.Tables;

/// <summary>
/// Gives each word of a table body to a row. A row is anchored by a word that starts it (a code, 合计); the PDF centres
/// wrapped names and values vertically in their cell, so a word may stand above or below its anchor's line.
/// </summary>
internal static class RowAnchors
{
    /// <summary>The anchor on the same page nearest to the word vertically, or -1 when the page has none.</summary>
    public static int Nearest(IReadOnlyList<LayoutWord> anchors, LayoutWord word)
    {
        var best = -1;
        var bestDistance = double.MaxValue;
        for (var i = 0; i < anchors.Count; i++)
        {
            if (anchors[i].Page != word.Page) continue;
            var d = Math.Abs(anchors[i].CenterY - word.CenterY);
            if (d < bestDistance)
            {
                best = i;
                bestDistance = d;
            }
        }
        return best;
    }

    /// <summary>
    /// The last anchor that starts at or above the word (allowing <paramref name="slack"/> for a value centred a little
    /// above its label), continuing from the previous page when the page starts mid-row; -1 when none.
    /// </summary>
    public static int Above(IReadOnlyList<LayoutWord> anchors, LayoutWord word, double slack)
    {
        var best = -1;
        for (var i = 0; i < anchors.Count; i++)
        {
            var a = anchors[i];
            if (a.Page < word.Page || (a.Page == word.Page && a.Bottom <= word.Bottom + slack)) best = i;
        }
        return best;
    }
}
