using System.Collections.Generic;
using FinalAccounts.Reports;

namespace FinalAccounts.Validation.Rules;

/// <summary>
/// One relation FA1040 checks: a 功能分类 类 or 款 figure and the figures of the codes directly below it, or a table's total
/// row and its 类 rows. Which figures a report's tree relates depends only on the report, so they are found once per
/// report (<see cref="FigureIndex.FunctionSums"/>) and every check of it only adds them up.
/// </summary>
internal sealed class FunctionSum
{
    private readonly string? _code;
    private readonly ReportTable? _table;

    private FunctionSum(StatedFigure total, (StatedFigure Figure, int Weight)[] parts, string? code, ReportTable? table)
    {
        Total = total;
        Parts = parts;
        _code = code;
        _table = table;
    }

    /// <summary>The sum of the codes stated directly below <paramref name="code"/> (each weight 1).</summary>
    public static FunctionSum BelowCode(StatedFigure total, (StatedFigure, int)[] parts, string code) => new(total, parts, code, null);

    /// <summary>The sum of the 类 rows of <paramref name="table"/> (each weight 1).</summary>
    public static FunctionSum OfClasses(StatedFigure total, (StatedFigure, int)[] parts, ReportTable table) => new(total, parts, null, table);

    /// <summary>The stated figure the parts add up to.</summary>
    public StatedFigure Total { get; }

    /// <summary>The parts in code order (a table's 类 rows in printed order), each weight 1.</summary>
    public IReadOnlyList<(StatedFigure Figure, int Weight)> Parts { get; }

    // The relation's words are made only for a sum that does not agree.

    /// <summary>The parts named in Chinese, for a finding's message.</summary>
    public string Relation => _code != null ? _code + " 下级科目之和" : _table!.Title + " 各类之和";

    /// <summary>The parts named in English, for a finding's message.</summary>
    public string RelationEn => _code != null ? "the sum of the codes below " + _code : "the sum of the classes in " + _table!.Id;
}
