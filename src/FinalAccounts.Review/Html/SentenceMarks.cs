using System.Collections.Generic;
using System.Linq;
using FinalAccounts.Reports;

namespace FinalAccounts.Review.Html;

/// <summary>
/// Where each figure of a sentence is printed in it. A figure is found by its printed digits (a decrease is stored with a
/// leading '-' and printed as 减少 0.94, so the sign is not searched), as a whole number: the characters either side are
/// not digits, '.' or ','. Figures are placed in order, each after the previous one when it can be, so "1.2万元…1.2%"
/// marks two places. One printed number may state several figures (收入支出总计 2995.39 is both 收入总计 and 支出总计): a
/// figure whose digits are printed only where another figure with the same digits already stands shares that place. A
/// figure not printed in the sentence is returned as unplaced rather than guessed.
/// </summary>
internal static class SentenceMarks
{
    public static (IReadOnlyList<(int Start, int Length, IReadOnlyList<StatedFigure> Figures)> Marked, IReadOnlyList<StatedFigure> Unplaced) Place(string sentence, IReadOnlyList<StatedFigure> figures)
    {
        var marked = new List<(int Start, int Length, List<StatedFigure> Figures)>();
        var unplaced = new List<StatedFigure>();
        var cursor = 0;
        foreach (var figure in figures.Distinct(ReferenceEqualityComparer.Instance).Cast<StatedFigure>())
        {
            var digits = figure.Value.TrimStart('-', '+');
            if (digits.Length == 0)
            {
                unplaced.Add(figure);
                continue;
            }
            var at = Find(sentence, digits, cursor, marked);
            if (at < 0) at = Find(sentence, digits, 0, marked);
            if (at >= 0)
            {
                marked.Add((at, digits.Length, new List<StatedFigure> { figure }));
                cursor = at + digits.Length;
                continue;
            }
            var shared = marked.FindIndex(m => m.Length == digits.Length && string.CompareOrdinal(sentence, m.Start, digits, 0, digits.Length) == 0);
            if (shared >= 0) marked[shared].Figures.Add(figure);
            else unplaced.Add(figure);
        }
        return (marked.OrderBy(m => m.Start).Select(m => (m.Start, m.Length, (IReadOnlyList<StatedFigure>)m.Figures)).ToList(), unplaced);
    }

    private static int Find(string sentence, string digits, int from, List<(int Start, int Length, List<StatedFigure> Figures)> taken)
    {
        for (var at = sentence.IndexOf(digits, from, System.StringComparison.Ordinal); at >= 0; at = sentence.IndexOf(digits, at + 1, System.StringComparison.Ordinal))
        {
            var end = at + digits.Length;
            var whole = (at == 0 || !IsNumberChar(sentence[at - 1])) && (end == sentence.Length || !IsNumberChar(sentence[end]) || (sentence[end] == '.' && (end + 1 == sentence.Length || !char.IsDigit(sentence[end + 1]))));
            if (whole && !taken.Any(t => at < t.Start + t.Length && t.Start < end)) return at;
        }
        return -1;
    }

    private static bool IsNumberChar(char c) => char.IsDigit(c) || c == '.' || c == ',';
}
