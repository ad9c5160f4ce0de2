using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using FinalAccounts.Classification;
using FinalAccounts.Money;
using FinalAccounts.Quantities;
using FinalAccounts.Reports.Json;

namespace FinalAccounts.Reports;

/// <summary>
/// Builds a <see cref="FinalAccountsReport"/> part by part in the order of the report file format — tables with their
/// cells, then statements with their figures and explanations, then 绩效自评表 — and is the one place that holds the
/// format's rules for a part: bases and units from <see cref="ReportVocabulary"/>, numbers in the format's grammar and
/// within its limits, counts whole, percentages on rate bases, codes and 功能分类 paths known (a path is canonicalised to
/// its names in the classification, and a row without a printed code gets its path's code), ids unique, references
/// resolved. <see cref="ReportReader"/> and the importer both build through it, so a report read from a file and one
/// imported from a PDF obey the same rules.
/// </summary>
/// <remarks>
/// Each part is located by its place in the report file format (<see cref="FigureLocation.JsonPath"/>, e.g.
/// <c>$.tables[0].cells[3]</c>): the place the <see cref="ReportWriter"/> writes it. A part the report cannot hold is a
/// <see cref="ReportBuildException"/> naming that place and the problem.
/// </remarks>
public sealed class ReportBuilder
{
    private readonly ReportInfo _info;
    private readonly Func<string, int>? _lineOf;
    private readonly List<ReportTable> _tables = new();
    private readonly List<Statement> _statements = new();
    private readonly List<PerformanceEvaluation> _evaluations = new();
    private readonly List<PerformanceTargets> _targets = new();
    private readonly HashSet<string> _targetIds = new(StringComparer.Ordinal);
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
    private readonly HashSet<string> _evaluationIds = new(StringComparer.Ordinal);
    // A reference part's place is kept as its parts and joined into a path only when the id names nothing (an error).
    private readonly List<(string Id, JsonPlace Element)> _references = new();

    // The table or statement being built: its parts are added until the next table, statement or Build.
    private TableDraft? _table;
    private StatementDraft? _statement;

    // One statement and one explanation are open at a time: their drafts (and the lists they fill) serve each in turn.
    private readonly StatementDraft _statementDraft = new();
    private readonly ExplanationDraft _explanationDraft = new();

    /// <summary>Starts a report with its header.</summary>
    public ReportBuilder(ReportInfo info)
        : this(info, null)
    {
    }

    /// <summary>Starts a report whose locations find their line in the file they were read from.</summary>
    internal ReportBuilder(ReportInfo info, Func<string, int>? lineOf)
    {
        _info = info ?? throw new ArgumentNullException(nameof(info));
        _lineOf = lineOf;
    }

    /// <summary>Begins a table; its cells follow with <see cref="AddCell"/>.</summary>
    /// <param name="id">The table's id (表1, 财决01 …), unique among the report's tables and statements.</param>
    /// <param name="title">The title as printed.</param>
    /// <param name="unit">The unit line: 万元 or 元.</param>
    /// <param name="emptyNote">The note a table without data prints under it, or null.</param>
    /// <param name="page">The PDF page of its title, or 0.</param>
    /// <exception cref="ReportBuildException">The id is used twice or the unit is neither 万元 nor 元.</exception>
    public void AddTable(string id, string title, string unit, string? emptyNote = null, int page = 0)
    {
        Finish();
        var element = ElementPaths.Table(_tables.Count);
        if (!_ids.Add(id ?? throw new ArgumentNullException(nameof(id)))) throw Fail(element + ".id", "table id '" + id + "' is used twice (ids of tables and statements share one namespace)");
        // The unit line is parsed here, once: the model holds a CurrencyUnit and the writer prints it.
        if (!CurrencyUnitSymbol.TryParse(unit, out var currency)) throw Fail(element + ".unit", "a table's unit must be 万元 or 元, found '" + unit + "'");
        _table = new TableDraft(id, title, currency, emptyNote, page, element, new FigureOrigin(id, title, string.Empty, string.Empty, _lineOf));
    }

    /// <summary>Adds a cell to the table begun last.</summary>
    /// <param name="row">The row's name as printed.</param>
    /// <param name="column">The column's name as printed.</param>
    /// <param name="key">What the cell states (its 功能分类 path is canonicalised).</param>
    /// <param name="value">The value as printed ("2,940.05", "-3.1").</param>
    /// <param name="unit">The cell's unit when it is not the table's (a % column), or null.</param>
    /// <param name="code">The classification code printed on the row, or null.</param>
    /// <param name="page">The PDF page of the cell, or 0.</param>
    /// <param name="shareOf">For a share (占比), the figure it is a share of, or null.</param>
    /// <exception cref="InvalidOperationException">No table has been begun.</exception>
    /// <exception cref="ReportBuildException">The key, value, unit or code is not one the format allows.</exception>
    public void AddCell(string row, string column, FigureKey key, string value, string? unit = null, string? code = null, int page = 0, FigureKey? shareOf = null)
    {
        var table = _table ?? throw new InvalidOperationException("a cell belongs to a table: call AddTable first");
        var element = new JsonPlace(table.Element, ".cells[", table.Cells.Count);
        var location = new FigureLocation(table.Origin, element, row, column, page);
        table.Cells.Add(Figure(element, key, value, unit ?? CurrencyUnitSymbol.Format(table.Unit), code, shareOf, location));
    }

    /// <summary>Begins a 说明 statement; its figures and explanations follow.</summary>
    /// <exception cref="ReportBuildException">The id is used twice.</exception>
    public void AddStatement(string id, string section, string? subsection, string sentence, int page = 0) => AddStatement(id, section, subsection, sentence, page, null);

    /// <summary>
    /// Begins a 说明 statement that speaks for <paramref name="coverage"/>: a region-wide summary (全区, 全市, 全区各部门 …)
    /// whose figures are checked only among themselves, never as the unit's own; null or empty for the unit itself.
    /// </summary>
    /// <exception cref="ReportBuildException">The id is used twice, or the coverage is blank or has surrounding spaces.</exception>
    public void AddStatement(string id, string section, string? subsection, string sentence, int page, string? coverage)
    {
        Finish();
        var element = ElementPaths.Statement(_statements.Count);
        if (!_ids.Add(id ?? throw new ArgumentNullException(nameof(id)))) throw Fail(element + ".id", "statement id '" + id + "' is used twice");
        if (!string.IsNullOrEmpty(coverage) && (coverage!.Trim().Length == 0 || coverage.Trim().Length != coverage.Length))
        {
            throw Fail(element + ".coverage", "a coverage names the whole the sentence speaks for (全区, 全市, 全区各部门 …) without surrounding spaces; leave it out for the unit itself");
        }
        _statement = _statementDraft.Begin(id, section, subsection ?? string.Empty, sentence, page, element, _lineOf, coverage ?? string.Empty);
    }

    /// <summary>Adds a figure the statement begun last states.</summary>
    /// <param name="key">What the figure measures.</param>
    /// <param name="value">The value as printed.</param>
    /// <param name="unit">万元, 元, %, 分 or a counting unit.</param>
    /// <param name="code">A classification code the sentence gives, or null.</param>
    /// <param name="shareOf">For a share (占比), the figure it is a share of, or null.</param>
    /// <exception cref="InvalidOperationException">No statement has been begun.</exception>
    /// <exception cref="ReportBuildException">The figure is not one the format allows.</exception>
    public void AddFigure(FigureKey key, string value, string unit, string? code = null, FigureKey? shareOf = null)
    {
        var statement = Statement();
        var element = new JsonPlace(statement.Element, ".figures[", statement.Figures.Count);
        statement.Figures.Add(Figure(element, key, value, unit, code, shareOf, statement.Location(element)));
    }

    /// <summary>Begins a breakdown of a figure of the statement begun last; its parts follow.</summary>
    /// <param name="explains">The figure explained.</param>
    /// <param name="alsoExplains">Other figures the same parts explain, or null.</param>
    /// <param name="partial">True for a list that does not claim to be complete (主要包括…等).</param>
    /// <param name="marker">The words that introduce it (其中, 一是…二是), or null.</param>
    /// <exception cref="ReportBuildException">A key is not one the format allows.</exception>
    public void AddExplanation(FigureKey explains, IEnumerable<FigureKey>? alsoExplains, bool partial, string? marker = null)
    {
        var statement = Statement();
        statement.FinishExplanation();
        // The statement begun last is the next to be added: its index is the count of those finished.
        var element = ElementPaths.Explanation(_statements.Count, statement.Explanations.Count);
        // Most explanations explain one figure: they share the empty list.
        IReadOnlyList<FigureKey> also = Array.Empty<FigureKey>();
        if (alsoExplains != null)
        {
            List<FigureKey>? list = null;
            foreach (var a in alsoExplains)
            {
                list ??= new List<FigureKey>();
                list.Add(Key(new JsonPlace(element, ".alsoExplains[", list.Count), a));
            }
            if (list != null) also = list;
        }
        statement.Explanation = _explanationDraft.Begin(Key(new JsonPlace(element, ".explains"), explains), also, partial, marker ?? string.Empty, element);
    }

    /// <summary>Adds a part that states a figure to the explanation begun last.</summary>
    /// <exception cref="ReportBuildException">The figure is not one the format allows.</exception>
    public void AddFigurePart(FigureKey key, string value, string unit, string? text = null, string? code = null, FigureKey? shareOf = null)
    {
        var (statement, explanation, element) = Part();
        explanation.Parts.Add(new ExplanationPart(text ?? string.Empty, Figure(element, key, value, unit, code, shareOf, statement.Location(element)), null));
    }

    /// <summary>Adds a part that stands for a figure stated elsewhere (in statement <paramref name="referenceId"/>, or in this one when empty).</summary>
    /// <exception cref="ReportBuildException">The key is not one the format allows (a reference to no statement fails at <see cref="Build"/>).</exception>
    public void AddReferencePart(FigureKey key, string? referenceId = null, string? text = null)
    {
        var (_, explanation, element) = Part();
        var canonical = Key(element, key);
        // A reference to a table or statement already added is resolved now; only one to an id not seen yet waits for Build.
        if (!string.IsNullOrEmpty(referenceId) && !_ids.Contains(referenceId!)) _references.Add((referenceId!, element));
        explanation.Parts.Add(new ExplanationPart(text ?? string.Empty, null, canonical, referenceId ?? string.Empty));
    }

    /// <summary>Adds a part given in words only (a reason, or an item without an amount).</summary>
    /// <exception cref="ReportBuildException">The text is empty.</exception>
    public void AddTextPart(string text)
    {
        var (_, explanation, element) = Part();
        if (string.IsNullOrEmpty(text)) throw Fail(element.ToString(), "a part needs a value, a concept with ref, or text");
        explanation.Parts.Add(new ExplanationPart(text, null, null));
    }

    /// <summary>Adds a 项目支出绩效自评表.</summary>
    /// <exception cref="ReportBuildException">Its id is used twice, or it names a statement the report does not have (so far).</exception>
    public void AddEvaluation(PerformanceEvaluation evaluation)
    {
        if (evaluation == null) throw new ArgumentNullException(nameof(evaluation));
        Finish();
        var element = ElementPaths.Evaluation(_evaluations.Count);
        if (!_evaluationIds.Add(evaluation.Id)) throw Fail(element + ".id", "evaluation id '" + evaluation.Id + "' is used twice");
        for (var s = 0; s < evaluation.StatementIds.Count; s++)
        {
            if (!_ids.Contains(evaluation.StatementIds[s])) throw Fail(element + ".statements[" + s + "]", "'" + evaluation.StatementIds[s] + "' names no statement of this report");
        }
        _evaluations.Add(evaluation);
    }

    /// <summary>Adds a 项目支出绩效目标表 (a 预算's targets).</summary>
    /// <exception cref="ReportBuildException">Its id is used twice.</exception>
    public void AddTargets(PerformanceTargets targets)
    {
        if (targets == null) throw new ArgumentNullException(nameof(targets));
        Finish();
        var element = "$.targets[" + _targets.Count + "]";
        if (!_targetIds.Add(targets.Id)) throw Fail(element + ".id", "绩效目标表 id '" + targets.Id + "' is used twice");
        _targets.Add(targets);
    }

    /// <summary>The report built so far.</summary>
    /// <exception cref="ReportBuildException">A reference part names no table or statement of the report.</exception>
    public FinalAccountsReport Build()
    {
        Finish();
        foreach (var (id, element) in _references)
        {
            if (!_ids.Contains(id)) throw Fail(element.ToString() + ".ref", "ref '" + id + "' names no statement of this report");
        }
        // Every id was checked as its part was added, and every reference just above: the report need not check them again.
        return new FinalAccountsReport(_info, _tables.ToArray(), _statements.ToArray(), _evaluations.ToArray(), _targets.ToArray(), idsChecked: true);
    }

    /// <summary>
    /// True when <paramref name="value"/>, a number as printed, is beyond the format's limits for <paramref name="unit"/>:
    /// 10^6 or more in %, 10^15 or more in any other unit (seeds/schema/README.md, "Limits"). Such a figure is refused by
    /// <see cref="AddCell"/>, <see cref="AddFigure"/> and <see cref="AddFigurePart"/>; an importer asks first and leaves it out
    /// with a note, so that one misprinted number does not cost the whole report.
    /// </summary>
    /// <param name="value">The number as printed (digits, commas in threes, one optional '.', an optional '-').</param>
    /// <param name="unit">Its unit: % or an amount or count unit.</param>
    public static bool IsTooLarge(string value, string unit)
        => FigureLimits.IsTooLarge(value ?? throw new ArgumentNullException(nameof(value)), unit == "%" ? NumberLimit.Percent : NumberLimit.Amount);

    /// <summary>
    /// <paramref name="key"/> with its basis checked and its 功能分类 path canonicalised to the names of the classification
    /// (一般公共服务 and 一般公共服务支出 meet), so that keys compare as the rules need.
    /// </summary>
    /// <param name="element">The key's place, for the error.</param>
    /// <param name="key">The key as given.</param>
    /// <exception cref="ReportBuildException">The basis is not one of the format's, or the path names no 功能分类 code.</exception>
    public static FigureKey CanonicalKey(string element, FigureKey key) => Key(new JsonPlace(element), key);

    private static FigureKey Key(in JsonPlace element, FigureKey key)
    {
        if (!ReportVocabulary.IsBasis(key.Basis)) throw Fail(element + ".basis", "basis '" + key.Basis + "' is not one of " + string.Join("、", ReportVocabulary.Bases));
        if (key.FunctionPath.Length == 0) return key;
        if (!FunctionCode.TryFindByNamePath(key.FunctionPath, out var function))
        {
            throw Fail(element + ".functionPath", "'" + key.FunctionPath + "' is not a 支出功能分类 name path (类/款/项) known to FinalAccounts.Classification.FunctionCode");
        }
        var path = CanonicalPath(function);
        return path == key.FunctionPath ? key : new FigureKey(key.Concept, key.Basis, key.Scope, path, key.Item);
    }

    // A report names a few dozen 功能分类 rows, each many times (every basis, scope and table): join each path once.
    private static readonly ConcurrentDictionary<FunctionCode, string> s_canonicalPaths = new();
    private static readonly Func<FunctionCode, string> s_joinPath = JoinPath;

    private static string CanonicalPath(FunctionCode code) => s_canonicalPaths.GetOrAdd(code, s_joinPath);

    private static string JoinPath(FunctionCode code)
    {
        var names = new List<string>();
        for (FunctionCode? c = code; c is FunctionCode v; c = v.Parent) names.Insert(0, v.Name);
        return string.Join("/", names);
    }

    /// <summary>One figure, checked against the format and built with its canonical key and code.</summary>
    private static StatedFigure Figure(in JsonPlace element, FigureKey key, string value, string unit, string? code, FigureKey? shareOf, FigureLocation location)
    {
        key = Key(element, key);
        if (value == null || !NumberText.IsFileForm(value))
        {
            throw Fail(element + ".value", "value '" + value + "' is not a number as printed (digits, grouped by commas in threes or not at all, one optional '.', a leading '-' for 减少/下降; no units or %)");
        }
        if (FigureLimits.Problem(value, unit == "%" ? NumberLimit.Percent : NumberLimit.Amount) is string tooBig) throw Fail(element + ".value", tooBig);
        if (unit == null || !ReportVocabulary.IsUnit(unit)) throw Fail(element + ".unit", "unit '" + unit + "' is not one of " + string.Join("、", ReportVocabulary.Units));
        if (CountUnit.TryParse(unit, out _) && !Count.IsWhole(value)) throw Fail(element + ".value", "a count in " + unit + " is a whole number as printed, found '" + value + "'");
        if (ReportVocabulary.IsPercentBasis(key.Basis) != (unit == "%"))
        {
            throw Fail(element + ".unit", "a figure on basis " + key.Basis + (unit == "%" ? " is not a percentage" : " must be stated in %") + ", found unit '" + unit + "'");
        }
        if (ReportVocabulary.UnsignedDifferenceBase(key.Basis) != null && value.StartsWith("-", StringComparison.Ordinal))
        {
            throw Fail(element + ".value", "a difference printed without direction (basis " + key.Basis + ": 相差, 差值) is never negative: the words give no sign, found '" + value + "'");
        }
        if (shareOf is FigureKey of)
        {
            if (key.Basis != ReportVocabulary.Share) throw Fail(element + ".of", "'of' belongs only to figures on basis 占比");
            shareOf = Key(new JsonPlace(element.ToString() + ".of"), of);
        }
        code ??= string.Empty;
        if (code.Length > 0 && key.FunctionPath.Length == 0
            && !EconomicCode.TryParse(code, out _) && !FunctionCode.TryParse(code, out _) && !GovernmentEconomicCode.TryParse(code, out _))
        {
            throw Fail(element + ".code", "code '" + code + "' is not a known 部门预算支出经济分类, 支出功能分类 or 政府预算支出经济分类 code");
        }
        if (code.Length > 0 && key.FunctionPath.Length > 0 && !FunctionCode.TryParse(code, out _))
        {
            throw Fail(element + ".code", "code '" + code + "' is not a 支出功能分类 code known to FinalAccounts.Classification.FunctionCode");
        }
        // A code that is known but names another row is the report's mistake, not the file's: rule FA1070 reports it.
        if (code.Length == 0 && key.FunctionPath.Length > 0) code = FunctionCode.FindByNamePath(key.FunctionPath).Code;
        return new StatedFigure(key, value, unit, location, code, shareOf);
    }

    private StatementDraft Statement() => _statement ?? throw new InvalidOperationException("a figure or explanation belongs to a statement: call AddStatement first");

    private (StatementDraft Statement, ExplanationDraft Explanation, JsonPlace Element) Part()
    {
        var statement = Statement();
        var explanation = statement.Explanation ?? throw new InvalidOperationException("a part belongs to an explanation: call AddExplanation first");
        return (statement, explanation, new JsonPlace(explanation.Element, ".parts[", explanation.Parts.Count));
    }

    private void Finish()
    {
        if (_table is TableDraft t) _tables.Add(new ReportTable(t.Id, t.Title, t.Unit, t.Cells.ToArray(), t.EmptyNote, t.Page));
        _table = null;
        if (_statement is StatementDraft s)
        {
            s.FinishExplanation();
            _statements.Add(new Statement(s.Id, s.Section, s.Subsection, s.Sentence, s.Figures.ToArray(), s.Explanations.ToArray(), s.Coverage));
        }
        _statement = null;
    }

    private static ReportBuildException Fail(string element, string problem) => new(element, problem);

    private sealed class TableDraft
    {
        public TableDraft(string id, string title, CurrencyUnit unit, string? emptyNote, int page, string element, FigureOrigin origin)
        {
            Origin = origin;
            Id = id;
            Title = title;
            Unit = unit;
            EmptyNote = emptyNote;
            Page = page;
            Element = element;
        }

        public string Id { get; }

        public string Title { get; }

        public CurrencyUnit Unit { get; }

        public string? EmptyNote { get; }

        public int Page { get; }

        public string Element { get; }

        public List<StatedFigure> Cells { get; } = new();

        /// <summary>What every cell's location shares.</summary>
        public FigureOrigin Origin { get; }
    }

    private sealed class StatementDraft
    {
        // What every figure's location shares.
        private FigureOrigin _origin = null!;

        public StatementDraft Begin(string id, string section, string subsection, string sentence, int page, string element, Func<string, int>? lineOf, string coverage)
        {
            Id = id;
            Section = section;
            Subsection = subsection;
            Sentence = sentence;
            Page = page;
            Element = element;
            Coverage = coverage;
            _origin = new FigureOrigin(id, section, subsection, sentence, lineOf);
            Figures.Clear();
            Explanations.Clear();
            Explanation = null;
            return this;
        }

        public string Id { get; private set; } = string.Empty;

        public string Section { get; private set; } = string.Empty;

        public string Subsection { get; private set; } = string.Empty;

        public string Sentence { get; private set; } = string.Empty;

        public string Coverage { get; private set; } = string.Empty;

        public int Page { get; private set; }

        public string Element { get; private set; } = string.Empty;

        public List<StatedFigure> Figures { get; } = new();

        public List<Explanation> Explanations { get; } = new();

        public ExplanationDraft? Explanation { get; set; }

        public FigureLocation Location(in JsonPlace element) => new(_origin, element, string.Empty, string.Empty, Page);

        public void FinishExplanation()
        {
            if (Explanation is ExplanationDraft e)
            {
                Explanations.Add(new Explanation(e.Explains, e.Also, e.Partial, e.Marker, e.Parts.ToArray(), Location(new JsonPlace(e.Element))));
            }
            Explanation = null;
        }
    }

    private sealed class ExplanationDraft
    {
        public ExplanationDraft Begin(FigureKey explains, IReadOnlyList<FigureKey> also, bool partial, string marker, string element)
        {
            Explains = explains;
            Also = also;
            Partial = partial;
            Marker = marker;
            Element = element;
            Parts.Clear();
            return this;
        }

        public FigureKey Explains { get; private set; }

        public IReadOnlyList<FigureKey> Also { get; private set; } = Array.Empty<FigureKey>();

        public bool Partial { get; private set; }

        public string Marker { get; private set; } = string.Empty;

        public string Element { get; private set; } = string.Empty;

        public List<ExplanationPart> Parts { get; } = new();
    }
}
