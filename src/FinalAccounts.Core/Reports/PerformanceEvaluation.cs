using System;
using System.Collections.Generic;

namespace FinalAccounts.Reports;

/// <summary>
/// A 项目支出绩效自评表 as printed: the project, its 项目资金 block, its indicators in the 一级 / 二级 / 三级 hierarchy, and the
/// stated 总分 and grade. Figures are never corrected; <c>FinalAccounts.Scoring</c> recomputes and verifies them.
/// </summary>
public sealed class PerformanceEvaluation
{
    /// <summary>Creates an evaluation.</summary>
    /// <exception cref="ArgumentNullException">A required part is null.</exception>
    public PerformanceEvaluation(string id, string title, int year, string project, string department, string implementer,
        IReadOnlyList<EvaluationFundsRow> funds, IReadOnlyList<PerformanceIndicator> indicators, StatedFigure? totalWeight, StatedFigure? totalScore,
        string? grade = null, IReadOnlyList<string>? statementIds = null, string? expectedGoal = null, string? actualGoal = null, string? note = null,
        EvaluationCut cut = EvaluationCut.None)
    {
        Cut = cut;
        Id = id ?? throw new ArgumentNullException(nameof(id));
        Title = title ?? string.Empty;
        Year = year;
        Project = project ?? throw new ArgumentNullException(nameof(project));
        Department = department ?? string.Empty;
        Implementer = implementer ?? string.Empty;
        Funds = funds ?? throw new ArgumentNullException(nameof(funds));
        Indicators = indicators ?? throw new ArgumentNullException(nameof(indicators));
        // Only a table cut at its end may lack its 总分 row.
        var cutAtEnd = (cut & EvaluationCut.End) != 0;
        TotalWeight = totalWeight ?? (cutAtEnd ? null : throw new ArgumentNullException(nameof(totalWeight)));
        TotalScore = totalScore ?? (cutAtEnd ? null : throw new ArgumentNullException(nameof(totalScore)));
        Blocks = BlocksOf(indicators, cut);
        Grade = grade ?? string.Empty;
        StatementIds = statementIds ?? Array.Empty<string>();
        ExpectedGoal = expectedGoal ?? string.Empty;
        ActualGoal = actualGoal ?? string.Empty;
        Note = note ?? string.Empty;
    }

    /// <summary>E1, E2, … in printed order.</summary>
    public string Id { get; }

    /// <summary>The table's title, e.g. 项目支出绩效自评表 (2024年度).</summary>
    public string Title { get; }

    /// <summary>The year evaluated.</summary>
    public int Year { get; }

    /// <summary>项目名称.</summary>
    public string Project { get; }

    /// <summary>主管部门.</summary>
    public string Department { get; }

    /// <summary>实施单位.</summary>
    public string Implementer { get; }

    /// <summary>The 项目资金 rows in printed order.</summary>
    public IReadOnlyList<EvaluationFundsRow> Funds { get; }

    /// <summary>The 年度资金总额 row, else the first row; null without a funds block.</summary>
    public EvaluationFundsRow? TotalFunds
    {
        get
        {
            foreach (var row in Funds)
            {
                if (row.Kind == FundsRowKind.Total) return row;
            }
            return Funds.Count > 0 ? Funds[0] : null;
        }
    }

    /// <summary>
    /// The row the template scores (执行率 and 得分 come from it): the first row that prints a 分值, else
    /// <see cref="TotalFunds"/>. In the central template it is 年度资金总额.
    /// </summary>
    public EvaluationFundsRow? ScoredFunds
    {
        get
        {
            foreach (var row in Funds)
            {
                if (row.Weight != null) return row;
            }
            return TotalFunds;
        }
    }

    /// <summary>Which ends of the table the reader does not have (<see cref="EvaluationCut.None"/> for a whole table).</summary>
    public EvaluationCut Cut { get; }

    /// <summary>True when part of the table is not obtained: weights and totals are then not judged from what is missing.</summary>
    public bool IsPartial => Cut != EvaluationCut.None;

    /// <summary>The indicators grouped by 一级指标, in order of first appearance.</summary>
    public IReadOnlyList<IndicatorBlock> Blocks { get; }

    /// <summary>The indicator rows in printed order.</summary>
    public IReadOnlyList<PerformanceIndicator> Indicators { get; }

    /// <summary>总分 row, 分值 column (100); null only when the table is cut at its end before the 总分 row.</summary>
    public StatedFigure? TotalWeight { get; }

    /// <summary>总分 row, 得分 column; null only when the table is cut at its end before the 总分 row.</summary>
    public StatedFigure? TotalScore { get; }

    /// <summary>The grade the table prints (优 / 良 / 中 / 差), or empty.</summary>
    public string Grade { get; }

    /// <summary>The ids of the 说明 statements that summarise this project.</summary>
    public IReadOnlyList<string> StatementIds { get; }

    /// <summary>年度总体目标 — 预期目标.</summary>
    public string ExpectedGoal { get; }

    /// <summary>年度总体目标 — 实际完成情况.</summary>
    public string ActualGoal { get; }

    /// <summary>How a messy table was read, or empty.</summary>
    public string Note { get; }

    /// <summary>"E1 project".</summary>
    public override string ToString() => Id + " " + Project;

    private static IReadOnlyList<IndicatorBlock> BlocksOf(IReadOnlyList<PerformanceIndicator> indicators, EvaluationCut cut)
    {
        var names = new List<string>();
        var rows = new Dictionary<string, List<PerformanceIndicator>>(StringComparer.Ordinal);
        var weights = new Dictionary<string, StatedFigure?>(StringComparer.Ordinal);
        foreach (var i in indicators)
        {
            if (!rows.TryGetValue(i.Level1, out var list))
            {
                names.Add(i.Level1);
                rows[i.Level1] = list = new List<PerformanceIndicator>();
                weights[i.Level1] = null;
            }
            list.Add(i);
            if (weights[i.Level1] == null && i.Level1Weight != null) weights[i.Level1] = i.Level1Weight;
        }
        var blocks = new List<IndicatorBlock>(names.Count);
        for (var k = 0; k < names.Count; k++)
        {
            var complete = !((k == 0 && (cut & EvaluationCut.Start) != 0) || (k == names.Count - 1 && (cut & EvaluationCut.End) != 0));
            blocks.Add(new IndicatorBlock(names[k], weights[names[k]], rows[names[k]], complete));
        }
        return blocks;
    }
}
