namespace FinalAccounts.Import.Tables;

/// <summary>A table cell as recognised, before it becomes a <see cref="FinalAccounts.Reports.StatedFigure"/> through the report file format.</summary>
internal sealed class CellDraft
{
    public string Row { get; set; } = string.Empty;

    public string Column { get; set; } = string.Empty;

    public string Concept { get; set; } = string.Empty;

    public string Basis { get; set; } = "决算";

    public string? Scope { get; set; }

    public string? FunctionPath { get; set; }

    public string? Item { get; set; }

    public string? Code { get; set; }

    /// <summary>The value as printed (thousands commas kept).</summary>
    public string Value { get; set; } = string.Empty;

    public int Page { get; set; }
}
