using FinalAccounts.Reports;

namespace FinalAccounts.Validation.Rules;

/// <summary>
/// One relation FA1040 checks: a 功能分类 类 or 款 figure and the figures of the codes directly below it, or a table's total
/// row and its 类 rows. Which figures a report's tree relates depends only on the report, so they are found once per
/// report (<see cref="FigureIndex.FunctionSums"/>) and every check of it only adds them up. Its parts are a run of the
/// <see cref="FunctionSumSet"/>'s one array.
/// </summary>
internal sealed class FunctionSum
{
    private readonly string? _code;
    private readonly ReportTable? _table;

    private FunctionSum(StatedFigure total, int start, int count, string? code, ReportTable? table)
    {
        Total = total;
        Start = start;
        Count = count;
        _code = code;
        _table = table;
    }

    /// <summary>The sum of the codes stated directly below <paramref name="code"/>, the run of <paramref name="count"/> parts from <paramref name="start"/>.</summary>
    public static FunctionSum BelowCode(StatedFigure total, int start, int count, string code) => new(total, start, count, code, null);

    /// <summary>The sum of the 类 rows of <paramref name="table"/>, the run of <paramref name="count"/> parts from <paramref name="start"/>.</summary>
    public static FunctionSum OfClasses(StatedFigure total, int start, int count, ReportTable table) => new(total, start, count, null, table);

    /// <summary>The stated figure the parts add up to.</summary>
    public StatedFigure Total { get; }

    /// <summary>Where the parts start in their <see cref="FunctionSumSet"/>'s array of parts.</summary>
    public int Start { get; }

    /// <summary>How many parts the sum adds (each weight 1).</summary>
    public int Count { get; }

    // The relation's words are made only for a sum that does not agree.

    /// <summary>The parts named in Chinese, for a finding's message.</summary>
    public string Relation => _code != null ? _code + " 下级科目之和" : _table!.Title + " 各类之和";

    /// <summary>The parts named in English, for a finding's message.</summary>
    public string RelationEn => _code != null ? "the sum of the codes below " + _code : "the sum of the classes in " + _table!.Id;
}
