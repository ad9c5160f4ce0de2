namespace FinalAccounts.Import;

/// <summary>The report header as recognised (title page and first table's unit line).</summary>
internal sealed class HeaderDraft
{
    public string Title { get; set; } = string.Empty;

    public int Year { get; set; }

    public string UnitName { get; set; } = string.Empty;

    public string Level { get; set; } = "部门";

    public Reports.ReportUnitKind UnitKind { get; set; } = Reports.ReportUnitKind.Other;

    /// <summary>决算 or 预算 (the JSON field report.kind).</summary>
    public string Kind { get; set; } = "决算";

    public string CurrencyUnit { get; set; } = "万元";

    public string Source { get; set; } = string.Empty;

    public string Notes { get; set; } = string.Empty;
}
