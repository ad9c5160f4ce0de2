namespace FinalAccounts.Import.Tables;

/// <summary>A column of a table header: its label (all header lines above it joined) and horizontal extent.</summary>
internal sealed class HeaderColumn
{
    public HeaderColumn(string label, double left, double right)
    {
        Label = label;
        Left = left;
        Right = right;
    }

    /// <summary>The label read top to bottom, e.g. 本年收入合计 from "本年收入合" over "计".</summary>
    public string Label { get; set; }

    public double Left { get; set; }

    public double Right { get; set; }

    public double Center => (Left + Right) / 2;

    public override string ToString() => Label + "[" + Left.ToString("0") + "-" + Right.ToString("0") + "]";
}
