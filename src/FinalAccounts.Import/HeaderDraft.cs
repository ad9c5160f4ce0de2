namespace FinalAccounts.Import;

/// <summary>The report header as recognised (title page and first table's unit line).</summary>
internal sealed class HeaderDraft
{
    public string Title { get; set; } = string.Empty;

    public int Year { get; set; }

    public string UnitName { get; set; } = string.Empty;

    public string Level { get; set; } = "部门";

    public string UnitKind { get; set; } = "其他";

    public string CurrencyUnit { get; set; } = "万元";

    public string Source { get; set; } = string.Empty;

    public string Notes { get; set; } = string.Empty;
}
