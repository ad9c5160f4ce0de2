using System;
using System.Collections.Generic;
using System.Threading;
using FinalAccounts.Validation.Plans;

namespace FinalAccounts.Reports;

/// <summary>
/// A published 决算公开 report as stated: its header, the cells of its tables and the figures of its 说明, each with where
/// it stands. Figures are
/// never corrected; the checks in <c>FinalAccounts.Validation</c> say which cannot be true.
/// </summary>
public sealed class FinalAccountsReport
{
    private readonly FigureKeyIndex _byKey;
    private FigureIndex? _index;

    /// <summary>Creates a report from its tables and statements.</summary>
    public FinalAccountsReport(ReportInfo info, IReadOnlyList<ReportTable> tables, IReadOnlyList<Statement> statements)
        : this(info, tables, statements, Array.Empty<PerformanceEvaluation>())
    {
    }

    /// <summary>Creates a report from its tables, statements and 项目支出绩效自评表.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">Two tables or statements share an id (they share one namespace), two
    /// evaluations share an id, or a reference part or an evaluation names an id the report does not have.</exception>
    public FinalAccountsReport(ReportInfo info, IReadOnlyList<ReportTable> tables, IReadOnlyList<Statement> statements, IReadOnlyList<PerformanceEvaluation> evaluations)
        : this(info, tables, statements, evaluations, Array.Empty<PerformanceTargets>())
    {
    }

    /// <summary>Creates a report from its tables, statements, 项目支出绩效自评表 and 项目支出绩效目标表 (a 预算's targets).</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">As for the constructor without targets, or two 绩效目标表 share an id.</exception>
    public FinalAccountsReport(ReportInfo info, IReadOnlyList<ReportTable> tables, IReadOnlyList<Statement> statements, IReadOnlyList<PerformanceEvaluation> evaluations,
        IReadOnlyList<PerformanceTargets> targets)
        : this(info, tables, statements, evaluations, targets, string.Empty, idsChecked: false)
    {
    }

    /// <summary>
    /// A report whose parts <see cref="ReportBuilder"/> has checked as it built them (no null part; ids of tables and
    /// statements, of evaluations and of 绩效目标表 unique; every id a part or an evaluation names exists): the constructor
    /// does not check them a second time on every read.
    /// </summary>
    internal FinalAccountsReport(ReportInfo info, IReadOnlyList<ReportTable> tables, IReadOnlyList<Statement> statements, IReadOnlyList<PerformanceEvaluation> evaluations,
        IReadOnlyList<PerformanceTargets> targets, bool idsChecked)
        : this(info, tables, statements, evaluations, targets, string.Empty, idsChecked)
    {
    }

    /// <summary>
    /// The report, or one of its coverages (<paramref name="coverage"/> not empty: only that coverage's statements, no
    /// tables), or the unit's own view; <paramref name="idsChecked"/> when the builder or the whole report checked the ids already.
    /// </summary>
    private FinalAccountsReport(ReportInfo info, IReadOnlyList<ReportTable> tables, IReadOnlyList<Statement> statements, IReadOnlyList<PerformanceEvaluation> evaluations,
        IReadOnlyList<PerformanceTargets> targets, string coverage, bool idsChecked)
    {
        Coverage = coverage;
        Targets = targets ?? throw new ArgumentNullException(nameof(targets));
        if (!idsChecked) RequireTargetIds(targets);
        Evaluations = evaluations ?? throw new ArgumentNullException(nameof(evaluations));
        Info = info ?? throw new ArgumentNullException(nameof(info));
        Tables = tables ?? throw new ArgumentNullException(nameof(tables));
        Statements = statements ?? throw new ArgumentNullException(nameof(statements));
        // Loops by index over the lists (a foreach over an IReadOnlyList makes an enumerator per list) and the index sized
        // once: the constructor runs on every read of a report.
        var figures = new List<StatedFigure>(CountFigures(tables, statements));
        // The unit's own figures (those of a wider coverage are left out), indexed by key once all are known.
        var own = new StatedFigure[figures.Capacity];
        var ownCount = 0;
        for (var t = 0; t < tables.Count; t++)
        {
            var cells = tables[t].Cells;
            for (var c = 0; c < cells.Count; c++) Add(figures, own, ref ownCount, isOwn: true, cells[c]);
        }
        List<Statement>? ownStatements = null;
        List<(string Coverage, List<Statement> Statements)>? wider = null;
        for (var s = 0; s < statements.Count; s++)
        {
            var statement = statements[s] ?? throw new ArgumentException("a statement is null", nameof(statements));
            var isOwn = string.Equals(statement.Coverage, coverage, StringComparison.Ordinal);
            if (!isOwn && wider == null)
            {
                wider = new List<(string, List<Statement>)>();
                ownStatements = new List<Statement>(statements.Count);
                for (var k = 0; k < s; k++) ownStatements.Add(statements[k]);
            }
            if (isOwn) ownStatements?.Add(statement);
            else CoverageOf(wider!, statement.Coverage).Add(statement);
            // A wider coverage's figures are the report's figures, never the unit's: Find and the rules do not see them here.
            for (var f = 0; f < statement.Figures.Count; f++) Add(figures, own, ref ownCount, isOwn, statement.Figures[f]);
            for (var e = 0; e < statement.Explanations.Count; e++)
            {
                var parts = statement.Explanations[e].Parts;
                for (var p = 0; p < parts.Count; p++)
                {
                    if (parts[p].Figure is StatedFigure figure) Add(figures, own, ref ownCount, isOwn, figure);
                }
            }
        }
        Figures = figures;
        _byKey = new FigureKeyIndex(own, ownCount);
        if (!idsChecked) RequireIds(tables, statements, evaluations);
        if (wider == null)
        {
            PrintedPrecision.Assign(tables, statements, _byKey);
            _unit = this;
            Coverages = Array.Empty<FinalAccountsReport>();
        }
        else
        {
            var coverages = new FinalAccountsReport[wider.Count];
            for (var c = 0; c < wider.Count; c++)
            {
                coverages[c] = new FinalAccountsReport(info, Array.Empty<ReportTable>(), wider[c].Statements, Array.Empty<PerformanceEvaluation>(), Array.Empty<PerformanceTargets>(), wider[c].Coverage, idsChecked: true);
            }
            Coverages = coverages;
            // The unit's view and each coverage assign their own printed precision (each among its own figures).
            _unit = new FinalAccountsReport(info, tables, ownStatements!, evaluations, targets, coverage, idsChecked: true);
        }
    }

    private readonly FinalAccountsReport _unit;

    private static List<Statement> CoverageOf(List<(string Coverage, List<Statement> Statements)> wider, string coverage)
    {
        foreach (var (name, list) in wider)
        {
            if (string.Equals(name, coverage, StringComparison.Ordinal)) return list;
        }
        var added = new List<Statement>();
        wider.Add((coverage, added));
        return added;
    }

    /// <summary>
    /// Whom the report's own figures cover: empty for the reporting unit; for one of <see cref="Coverages"/>, the wider whole
    /// (全区, 全市 …) its statements speak for.
    /// </summary>
    public string Coverage { get; }

    /// <summary>
    /// The region-wide summaries the 说明 prints (statements whose <see cref="Statement.Coverage"/> names a wider whole than
    /// the unit), one report per coverage in the order first printed: its statements only, no tables, checked among
    /// themselves. Empty when every statement speaks for the unit.
    /// </summary>
    public IReadOnlyList<FinalAccountsReport> Coverages { get; }

    /// <summary>The report as the rules see the unit: itself, or without its statements of wider coverage.</summary>
    internal FinalAccountsReport UnitView => _unit;

    /// <summary>The header: unit, year, currency unit.</summary>
    public ReportInfo Info { get; }

    /// <summary>The standard tables the report publishes (possibly none).</summary>
    public IReadOnlyList<ReportTable> Tables { get; }

    /// <summary>The 说明's statements in printed order.</summary>
    public IReadOnlyList<Statement> Statements { get; }

    /// <summary>The 项目支出绩效自评表 the report publishes, in printed order (possibly none). Their figures are not in <see cref="Figures"/>.</summary>
    public IReadOnlyList<PerformanceEvaluation> Evaluations { get; }

    /// <summary>The 项目支出绩效目标表 the report publishes (a 预算's targets, possibly none). Their figures are not in <see cref="Figures"/>.</summary>
    public IReadOnlyList<PerformanceTargets> Targets { get; }

    /// <summary>
    /// Every stated figure: table cells first, then the 说明 in printed order, including figures inside explanations (those of
    /// statements of a wider coverage too; <see cref="Find"/> and the rules see them only in their <see cref="Coverages"/>).
    /// </summary>
    public IReadOnlyList<StatedFigure> Figures { get; }

    /// <summary>Every place the report states the figure <paramref name="key"/> for its own coverage (the unit), in printed order.</summary>
    public IReadOnlyList<StatedFigure> Find(FigureKey key) => _byKey.Find(key);

    /// <summary>
    /// True when some key is stated in more than one place for the report's own coverage (a repeat FA1030 and FA1140 compare);
    /// noted while the figures are indexed by key, so the rule engine's plans need no walk of their own.
    /// </summary>
    internal bool StatesAKeyTwice => _byKey.StatesAKeyTwice;

    /// <summary>The first place the report states <paramref name="key"/>, or null.</summary>
    public StatedFigure? FindFirst(FigureKey key) => _byKey.FindFirst(key);

    /// <summary>
    /// The figures by concept and by basis, built on the first check rather than by the constructor (reading alone does not
    /// need it). The report is immutable, so a second thread building its own copy at the same time is harmless.
    /// </summary>
    internal FigureIndex Index => !ReferenceEquals(_unit, this) ? _unit.Index // the unit view holds exactly the unit's own figures
        : Volatile.Read(ref _index) ?? Interlocked.CompareExchange(ref _index, new FigureIndex(this), null) ?? _index!;

    private CatalogPlan? _catalogPlan;

    /// <summary>
    /// What the rule catalogue's plans say of this report (ReportChecker), made by <paramref name="plan"/> on its first check
    /// and kept. The report is immutable, so a second thread making its own at the same time makes the same.
    /// </summary>
    internal CatalogPlan CatalogPlanOf(Func<FinalAccountsReport, CatalogPlan> plan)
        => Volatile.Read(ref _catalogPlan) ?? Interlocked.CompareExchange(ref _catalogPlan, plan(this), null) ?? _catalogPlan!;

    /// <summary>No 绩效目标表 is null, and no two share an id.</summary>
    private static void RequireTargetIds(IReadOnlyList<PerformanceTargets> targets)
    {
        var targetIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var t in targets)
        {
            if (t == null) throw new ArgumentException("a 绩效目标表 is null", nameof(targets));
            if (!targetIds.Add(t.Id)) throw new ArgumentException("绩效目标表 id '" + t.Id + "' is used twice", nameof(targets));
        }
    }

    /// <summary>The report's own references hold: ids are unique, and every id a part or an evaluation names exists.</summary>
    private static void RequireIds(IReadOnlyList<ReportTable> tables, IReadOnlyList<Statement> statements, IReadOnlyList<PerformanceEvaluation> evaluations)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            if (!ids.Add(table.Id)) throw new ArgumentException("table id '" + table.Id + "' is used twice (ids of tables and statements share one namespace)", nameof(tables));
        }
        foreach (var statement in statements)
        {
            if (!ids.Add(statement.Id)) throw new ArgumentException("statement id '" + statement.Id + "' is used twice", nameof(statements));
        }
        foreach (var statement in statements)
        {
            foreach (var explanation in statement.Explanations)
            {
                foreach (var part in explanation.Parts)
                {
                    if (part.ReferenceId.Length > 0 && !ids.Contains(part.ReferenceId))
                    {
                        throw new ArgumentException("ref '" + part.ReferenceId + "' in statement " + statement.Id + " names no statement of this report", nameof(statements));
                    }
                }
            }
        }
        var evaluationIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var evaluation in evaluations)
        {
            if (!evaluationIds.Add(evaluation.Id)) throw new ArgumentException("evaluation id '" + evaluation.Id + "' is used twice", nameof(evaluations));
            foreach (var id in evaluation.StatementIds)
            {
                if (!ids.Contains(id)) throw new ArgumentException("evaluation " + evaluation.Id + " names '" + id + "', no statement of this report", nameof(evaluations));
            }
        }
    }

    private static int CountFigures(IReadOnlyList<ReportTable> tables, IReadOnlyList<Statement> statements)
    {
        var n = 0;
        for (var t = 0; t < tables.Count; t++) n += tables[t].Cells.Count;
        for (var s = 0; s < statements.Count; s++)
        {
            // A null statement is counted as none: the loop that adds the figures refuses it with its own message.
            if (statements[s] is not Statement statement) continue;
            n += statement.Figures.Count;
            for (var e = 0; e < statement.Explanations.Count; e++) n += statement.Explanations[e].Parts.Count;
        }
        return n;
    }

    private static void Add(List<StatedFigure> figures, StatedFigure[] own, ref int ownCount, bool isOwn, StatedFigure figure)
    {
        figures.Add(figure);
        if (isOwn) own[ownCount++] = figure;
    }
}
