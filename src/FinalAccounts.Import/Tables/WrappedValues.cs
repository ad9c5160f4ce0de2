using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using FinalAccounts.Import.Layout;

namespace FinalAccounts.Import.Tables;

/// <summary>
/// An amount too wide for its column is printed over two lines ("1,234,567." over "89", or "12,345" over ".67"). The
/// two pieces are joined when they stand one directly under the other in the same column, the break is visibly inside
/// the number (a piece ends or starts with "," or "."), and the joined text is an amount. Any other numeric fragment in
/// the value columns is left out with a note: it is not an amount, and not a name either.
/// </summary>
internal static class WrappedValues
{
    private static readonly Regex s_fragment = new(@"^-?[\d,.]*\d[\d,.]*$", RegexOptions.CultureInvariant);

    /// <summary>A word of digits, commas and points: an amount, a code, or a piece of a broken amount.</summary>
    public static bool IsNumeric(string text) => s_fragment.IsMatch(text);

    public static List<LayoutWord> Join(IEnumerable<LayoutWord> words, double valueZone, string table, List<ImportNote> notes)
    {
        var list = words.ToList();
        var fragments = list.Where(w => w.CenterX >= valueZone && s_fragment.IsMatch(w.Text) && !Numbers.IsValue(w.Text)
            || (w.CenterX >= valueZone && (w.Text.EndsWith(",", StringComparison.Ordinal) || w.Text.EndsWith(".", StringComparison.Ordinal)) && s_fragment.IsMatch(w.Text))).ToHashSet();
        var starts = list.Where(w => w.CenterX >= valueZone && s_fragment.IsMatch(w.Text) && (w.Text.StartsWith(".", StringComparison.Ordinal) || w.Text.StartsWith(",", StringComparison.Ordinal))).ToHashSet();
        fragments.UnionWith(starts);
        var joined = new HashSet<LayoutWord>();
        foreach (var upper in fragments.OrderBy(w => w.Page).ThenBy(w => w.Bottom).ToList())
        {
            if (joined.Contains(upper)) continue;
            var height = Math.Max(upper.Bottom - upper.Top, 4);
            var lower = list.Where(w => !ReferenceEquals(w, upper) && !joined.Contains(w) && w.Page == upper.Page && w.Top >= upper.Bottom - 1
                    && w.Top - upper.Bottom < 0.8 * height && w.OverlapsX(upper.Left, upper.Right) && s_fragment.IsMatch(w.Text))
                .OrderBy(w => w.Top).FirstOrDefault();
            if (lower == null) continue;
            var breaksInside = upper.Text.EndsWith(",", StringComparison.Ordinal) || upper.Text.EndsWith(".", StringComparison.Ordinal)
                || lower.Text.StartsWith(".", StringComparison.Ordinal) || lower.Text.StartsWith(",", StringComparison.Ordinal);
            var text = upper.Text + lower.Text;
            if (!breaksInside || !Numbers.IsDecimalValue(text)) continue;
            joined.Add(upper);
            joined.Add(lower);
            var at = list.IndexOf(upper);
            list[at] = new LayoutWord(text, Math.Min(upper.Left, lower.Left), Math.Max(upper.Right, lower.Right), upper.Top, lower.Bottom, upper.Page);
            list.Remove(lower);
        }
        foreach (var rest in fragments.Where(f => !joined.Contains(f)))
        {
            list.Remove(rest);
            notes.Add(new ImportNote(ImportNotes.ValueNotPlaced, "\"" + rest.Text + "\" in a value column is not an amount (a number broken in a way that cannot be joined); left out", rest.Page, table));
        }
        return list;
    }
}
