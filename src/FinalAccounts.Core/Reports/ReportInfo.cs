using FinalAccounts.Money;

namespace FinalAccounts.Reports;

/// <summary>Who published the report, which publication it is (决算 or 预算) for which year, and in which currency unit its tables are stated.</summary>
public sealed class ReportInfo
{
    /// <summary>Creates the header of a 决算 report.</summary>
    public ReportInfo(string title, int year, string unitName, string level, ReportUnitKind unitKind, CurrencyUnit currencyUnit)
        : this(title, year, unitName, level, unitKind, currencyUnit, string.Empty, string.Empty)
    {
    }

    /// <summary>Creates the header of a 决算 report with where the document came from and free notes.</summary>
    public ReportInfo(string title, int year, string unitName, string level, ReportUnitKind unitKind, CurrencyUnit currencyUnit, string source, string notes)
        : this(title, year, unitName, level, unitKind, currencyUnit, source, notes, ReportKind.FinalAccounts)
    {
    }

    /// <summary>Creates the report's header for a 决算 or a 预算 (<paramref name="kind"/>).</summary>
    public ReportInfo(string title, int year, string unitName, string level, ReportUnitKind unitKind, CurrencyUnit currencyUnit, string source, string notes, ReportKind kind)
    {
        Kind = kind;
        Source = source ?? string.Empty;
        Notes = notes ?? string.Empty;
        Title = title;
        Year = year;
        UnitName = unitName;
        Level = level;
        UnitKind = unitKind;
        CurrencyUnit = currencyUnit;
    }

    /// <summary>决算 or 预算 (the JSON field <c>report.kind</c>; 决算 when absent).</summary>
    public ReportKind Kind { get; }

    /// <summary>The basis of the report's own figures: 决算 in a 决算, 预算 in a 预算 (<see cref="ReportVocabulary.OwnBasis"/>).</summary>
    public string OwnBasis => ReportVocabulary.OwnBasis(Kind);

    /// <summary>The report's title as printed.</summary>
    public string Title { get; }

    /// <summary>The budget year, e.g. 2024.</summary>
    public int Year { get; }

    /// <summary>The publishing unit, e.g. 乌海市人力资源和社会保障局（本级）.</summary>
    public string UnitName { get; }

    /// <summary>部门 (a department's consolidated accounts) or 单位 (one unit's).</summary>
    public string Level { get; }

    /// <summary>The unit's kind as the report states it: 行政单位, 参照公务员法管理事业单位, 事业单位 or 其他 (<see cref="ReportUnitKindName"/>).</summary>
    public ReportUnitKind UnitKind { get; }

    /// <summary>The unit the tables are stated in: 万元 or 元.</summary>
    public CurrencyUnit CurrencyUnit { get; }

    /// <summary>Where the document came from (a file name is enough), or empty when not known.</summary>
    public string Source { get; }

    /// <summary>Free notes about the transcription or import, or empty.</summary>
    public string Notes { get; }
}
