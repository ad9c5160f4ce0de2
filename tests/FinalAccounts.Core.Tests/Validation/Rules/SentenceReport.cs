using FinalAccounts.Money;
using FinalAccounts.Reports;
using FinalAccounts.Validation;

namespace FinalAccounts.Core.Tests.Validation.Rules;

/// <summary>
/// A report built with the public <see cref="ReportBuilder"/> where each sentence is written in full (the words a rule
/// reads are the sentence's own, not a concatenation of its figures), checked with one rule or a few.
/// </summary>
internal sealed class SentenceReport
{
    private readonly ReportBuilder _builder;

    public SentenceReport(string title = "测试局2024年度部门决算", int year = 2024, ReportKind kind = ReportKind.FinalAccounts)
        => _builder = new ReportBuilder(new ReportInfo(title, year, "测试局", "单位", ReportUnitKind.Administrative, CurrencyUnit.WanYuan, string.Empty, string.Empty, kind));

    /// <summary>A figure of a sentence or a cell: 万元 unless a unit is given.</summary>
    public sealed record Fig(string Concept, string Basis, string Value, string Unit = "万元", string? Scope = null, string? Path = null, FigureKey? Of = null, string? Item = null)
    {
        public FigureKey Key => new(Concept, Basis, Scope, Path, Item);
    }

    public static Fig F(string concept, string basis, string value, string unit = "万元", string? scope = null, string? path = null, FigureKey? of = null, string? item = null)
        => new(concept, basis, value, unit, scope, path, of, item);

    /// <summary>A statement with its sentence and figures.</summary>
    public SentenceReport Say(string id, string section, string sentence, params Fig[] figures) => Say(id, section, null, sentence, figures);

    public SentenceReport Say(string id, string section, string? subsection, string sentence, params Fig[] figures)
    {
        _builder.AddStatement(id, section, subsection, sentence);
        foreach (var f in figures) _builder.AddFigure(f.Key, f.Value, f.Unit, shareOf: f.Of);
        return this;
    }

    /// <summary>An explanation of a figure of the statement added last, with figure parts and words.</summary>
    public SentenceReport Explain(FigureKey explains, FigureKey[]? also, bool partial, params object[] parts)
    {
        _builder.AddExplanation(explains, also, partial);
        foreach (var part in parts)
        {
            if (part is Fig f) _builder.AddFigurePart(f.Key, f.Value, f.Unit, shareOf: f.Of);
            else _builder.AddTextPart((string)part);
        }
        return this;
    }

    /// <summary>A table of 万元 cells: (row, column, figure).</summary>
    public SentenceReport Table(string id, string title, params (string Row, string Column, Fig Figure)[] cells)
    {
        _builder.AddTable(id, title, "万元");
        foreach (var (row, column, f) in cells) _builder.AddCell(row, column, f.Key, f.Value, f.Unit == "万元" ? null : f.Unit, shareOf: f.Of);
        return this;
    }

    public FinalAccountsReport Build() => _builder.Build();

    /// <summary>The report checked with the named rules only.</summary>
    public CheckReport Check(params string[] ruleIds)
        => TestReport.CheckWith(Build(), ruleIds);
}
