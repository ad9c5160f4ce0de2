using System.Collections.Generic;
using System.Linq;

namespace FinalAccounts.Import.Layout;

/// <summary>Words sharing a baseline on one page, left to right.</summary>
internal sealed class LayoutLine
{
    public LayoutLine(IReadOnlyList<LayoutWord> words)
    {
        Words = words;
        Text = string.Concat(words.Select(w => w.Text));
    }

    public IReadOnlyList<LayoutWord> Words { get; }

    /// <summary>The words joined without spaces (the layout's spaces carry no meaning in Chinese text).</summary>
    public string Text { get; }

    public int Page => Words[0].Page;

    public double Bottom => Words.Max(w => w.Bottom);

    public override string ToString() => Text;
}
