using System.Collections.Generic;
using FinalAccounts.Import.Layout;

namespace FinalAccounts.Import.Tables;

/// <summary>A row of one block (收入 or 支出) of a two-sided table: its label (wrapped lines joined) and its values.</summary>
internal sealed class SideRow
{
    public SideRow(LayoutWord anchor)
    {
        Anchor = anchor;
        Label = anchor.Text;
    }

    /// <summary>The label's first word: where the row stands.</summary>
    public LayoutWord Anchor { get; }

    public string Label { get; set; }

    /// <summary>The row's values with the column each stands under.</summary>
    public List<(LayoutWord Word, HeaderColumn Column)> Values { get; } = new();
}
