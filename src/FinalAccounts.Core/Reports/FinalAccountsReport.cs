using System;
using System.Collections.Generic;

namespace FinalAccounts.Reports;

/// <summary>
/// A published 决算公开 report as stated: its header, the cells of its tables and the figures of its 说明, each with where
/// it stands. Figures are
/// never corrected; the checks in <c>FinalAccounts.Validation</c> say which cannot be true.
/// </summary>
public sealed class FinalAccountsReport
{
    private readonly Dictionary<FigureKey, List<StatedFigure>> _byKey = new();

    /// <summary>Creates a report from its tables and statements.</summary>
    public FinalAccountsReport(ReportInfo info, IReadOnlyList<ReportTable> tables, IReadOnlyList<Statement> statements)
        : this(info, tables, statements, Array.Empty<PerformanceEvaluation>())
    {
    }

    /// <summary>Creates a report from its tables, statements and 项目支出绩效自评表.</summary>
    public FinalAccountsReport(ReportInfo info, IReadOnlyList<ReportTable> tables, IReadOnlyList<Statement> statements, IReadOnlyList<PerformanceEvaluation> evaluations)
    {
        Evaluations = evaluations ?? throw new ArgumentNullException(nameof(evaluations));
        Info = info ?? throw new ArgumentNullException(nameof(info));
        Tables = tables ?? throw new ArgumentNullException(nameof(tables));
        Statements = statements ?? throw new ArgumentNullException(nameof(statements));
        var figures = new List<StatedFigure>();
        foreach (var table in tables)
        {
            foreach (var cell in table.Cells) Add(figures, cell);
        }
        foreach (var statement in statements)
        {
            foreach (var figure in statement.Figures) Add(figures, figure);
            foreach (var explanation in statement.Explanations)
            {
                foreach (var part in explanation.Parts)
                {
                    if (part.Figure != null) Add(figures, part.Figure);
                }
            }
        }
        Figures = figures;
        PrintedPrecision.Assign(tables, statements, Find);
    }

    /// <summary>The header: unit, year, currency unit.</summary>
    public ReportInfo Info { get; }

    /// <summary>The standard tables the report publishes (possibly none).</summary>
    public IReadOnlyList<ReportTable> Tables { get; }

    /// <summary>The 说明's statements in printed order.</summary>
    public IReadOnlyList<Statement> Statements { get; }

    /// <summary>The 项目支出绩效自评表 the report publishes, in printed order (possibly none). Their figures are not in <see cref="Figures"/>.</summary>
    public IReadOnlyList<PerformanceEvaluation> Evaluations { get; }

    /// <summary>Every stated figure: table cells first, then the 说明 in printed order, including figures inside explanations.</summary>
    public IReadOnlyList<StatedFigure> Figures { get; }

    /// <summary>Every place the report states the figure <paramref name="key"/>, in printed order.</summary>
    public IReadOnlyList<StatedFigure> Find(FigureKey key)
        => _byKey.TryGetValue(key, out var list) ? list : (IReadOnlyList<StatedFigure>)Array.Empty<StatedFigure>();

    /// <summary>The first place the report states <paramref name="key"/>, or null.</summary>
    public StatedFigure? FindFirst(FigureKey key) => _byKey.TryGetValue(key, out var list) ? list[0] : null;

    private void Add(List<StatedFigure> figures, StatedFigure figure)
    {
        figures.Add(figure);
        if (!_byKey.TryGetValue(figure.Key, out var list))
        {
            list = new List<StatedFigure>();
            _byKey.Add(figure.Key, list);
        }
        list.Add(figure);
    }
}
