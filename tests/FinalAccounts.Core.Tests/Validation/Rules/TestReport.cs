using System.Collections.Generic;
using System.Linq;
using FinalAccounts.Money;
using FinalAccounts.Reports;
using FinalAccounts.Validation;
using FinalAccounts.Validation.Plans;
using Xunit;

namespace FinalAccounts.Core.Tests.Validation.Rules;

/// <summary>
/// Builds a report model from a few figures, writes it with <see cref="ReportWriter"/> and reads it back with
/// <see cref="ReportReader.Parse"/>, so rule tests go through the same reader as real files:
/// <c>TestReport.Check(TestReport.Statement("2.1-1", ("收入总计", "决算", "2936.74", "万元"), …))</c>.
/// </summary>
public static class TestReport
{
    public const string FileName = "test-report.json";

    /// <summary>A piece of a report: a statement or a table.</summary>
    public abstract class Item
    {
    }

    /// <summary>A part of an explanation: an amount (<see cref="Fig"/>), a reference, or words.</summary>
    public abstract class Part
    {
        public static implicit operator Part((string Concept, string Basis, string Value, string Unit) f) => new Fig(f.Concept, f.Basis, f.Value, f.Unit);
    }

    /// <summary>A figure, a table cell (with <see cref="Row"/> and <see cref="Column"/>), or an amount part (with <see cref="Text"/>).</summary>
    public sealed class Fig : Part
    {
        public Fig(string concept, string basis, string value, string unit)
        {
            Concept = concept;
            Basis = basis;
            Value = value;
            Unit = unit;
        }

        public string Concept { get; }
        public string Basis { get; }
        public string Value { get; }
        public string Unit { get; }
        public string? Scope { get; init; }
        public string? FunctionPath { get; init; }
        public string? Code { get; init; }
        public string? Item { get; init; }
        public (string Concept, string Basis)? Of { get; init; }
        public string? Text { get; init; }
        public string? Row { get; init; }
        public string? Column { get; init; }

        public static implicit operator Fig((string Concept, string Basis, string Value, string Unit) f) => new(f.Concept, f.Basis, f.Value, f.Unit);
    }

    public sealed class RefPart : Part
    {
        public RefPart(string statementId, string concept, string basis)
        {
            StatementId = statementId;
            Concept = concept;
            Basis = basis;
        }

        public string StatementId { get; }
        public string Concept { get; }
        public string Basis { get; }
    }

    public sealed class TextPart : Part
    {
        public TextPart(string text) => Text = text;

        public string Text { get; }
    }

    public sealed class ExplanationSpec
    {
        public ExplanationSpec(string concept, string basis, bool partial, string marker, Part[] parts)
        {
            Concept = concept;
            Basis = basis;
            Partial = partial;
            Marker = marker;
            Parts = parts;
        }

        public string Concept { get; }
        public string Basis { get; }
        public bool Partial { get; }
        public string Marker { get; }
        public Part[] Parts { get; }
        public string? Scope { get; init; }
        public (string Concept, string Basis)[] AlsoExplains { get; init; } = System.Array.Empty<(string, string)>();
    }

    public sealed class StatementSpec : Item
    {
        private readonly List<ExplanationSpec> _explanations = new();

        public StatementSpec(string id, Fig[] figures)
        {
            Id = id;
            Figures = figures;
        }

        public string Id { get; }
        public string Section { get; init; } = "一、收入支出决算总体情况说明";

        /// <summary>Words appended to the sentence (comparison words, placeholders).</summary>
        public string Words { get; init; } = string.Empty;

        public Fig[] Figures { get; }
        public IReadOnlyList<ExplanationSpec> Explanations => _explanations;

        /// <summary>Adds an explanation and returns the statement, for chaining.</summary>
        public StatementSpec With(ExplanationSpec explanation)
        {
            _explanations.Add(explanation);
            return this;
        }
    }

    public sealed class TableSpec : Item
    {
        public TableSpec(string id, string title, string unit, Fig[] cells)
        {
            Id = id;
            Title = title;
            Unit = unit;
            Cells = cells;
        }

        public string Id { get; }
        public string Title { get; }
        public string Unit { get; }
        public Fig[] Cells { get; }

        /// <summary>The statement under a table published without data, or null.</summary>
        public string? EmptyNote { get; init; }
    }

    /// <summary>A figure with its qualifiers named.</summary>
    public static Fig F(string concept, string basis, string value, string unit = "万元", string? scope = null, string? path = null,
        string? code = null, string? item = null, (string Concept, string Basis)? of = null, string? text = null)
        => new(concept, basis, value, unit) { Scope = scope, FunctionPath = path, Code = code, Item = item, Of = of, Text = text };

    /// <summary>A table cell at <paramref name="row"/> × <paramref name="column"/>; unit comes from the table.</summary>
    public static Fig Cell(string row, string column, string concept, string basis, string value, string? path = null, string? code = null, string? scope = null)
        => new(concept, basis, value, string.Empty) { Row = row, Column = column, FunctionPath = path, Code = code, Scope = scope };

    public static StatementSpec Statement(string id, params Fig[] figures) => new(id, figures);

    public static StatementSpec Statement(string id, string section, params Fig[] figures) => new(id, figures) { Section = section };

    public static TableSpec Table(string id, string title, params Fig[] cells) => new(id, title, "万元", cells);

    public static ExplanationSpec Explanation(string concept, string basis, bool partial, string marker, params Part[] parts) => new(concept, basis, partial, marker, parts);

    public static RefPart Ref(string statementId, string concept, string basis) => new(statementId, concept, basis);

    public static TextPart Text(string text) => new(text);

    /// <summary>Makes the report a 预算 (report.kind 预算): put it among the items.</summary>
    public static Item Budget { get; } = new BudgetKind();

    private sealed class BudgetKind : Item
    {
    }

    /// <summary>The report built in code from the specs (the model checks its invariants), as <see cref="ReportWriter"/> writes it.</summary>
    public static string Json(params Item[] items) => ReportWriter.Write(Model(items));

    /// <summary>The report model the specs describe; figures are located as the reader would locate them, without a file line.</summary>
    public static FinalAccountsReport Model(params Item[] items)
    {
        var info = new ReportInfo("2024年度测试局（本级）决算公开报告", 2024, "测试局（本级）", "单位", ReportUnitKind.Administrative, CurrencyUnit.WanYuan, string.Empty, string.Empty,
            items.OfType<BudgetKind>().Any() ? ReportKind.Budget : ReportKind.FinalAccounts);
        var tables = items.OfType<TableSpec>().Select(t => new ReportTable(t.Id, t.Title, CurrencyUnitSymbol.Parse(t.Unit), t.Cells.Select(c =>
            Figure(c, c.Unit.Length > 0 ? c.Unit : t.Unit, new FigureLocation(t.Id, t.Title, string.Empty, string.Empty, string.Empty, c.Row ?? string.Empty, c.Column ?? string.Empty))).ToList(), t.EmptyNote)).ToList();
        var statements = items.OfType<StatementSpec>().Select(s =>
        {
            var sentence = string.Concat(s.Figures.Select(f => f.Concept + f.Basis + f.Value + f.Unit + "；")) + s.Words;
            var at = new FigureLocation(s.Id, s.Section, string.Empty, sentence, string.Empty);
            var explanations = s.Explanations.Select(x => new Explanation(
                new FigureKey(x.Concept, x.Basis, x.Scope), x.AlsoExplains.Select(a => new FigureKey(a.Concept, a.Basis)).ToList(), x.Partial, x.Marker,
                x.Parts.Select(part => part switch
                {
                    Fig f => new ExplanationPart(f.Text ?? string.Empty, Figure(f, f.Unit, at), null),
                    RefPart r => new ExplanationPart(string.Empty, null, new FigureKey(r.Concept, r.Basis), r.StatementId),
                    TextPart t => new ExplanationPart(t.Text, null, null),
                    _ => throw new System.ArgumentException("unknown part " + part),
                }).ToList(), at)).ToList();
            return new Statement(s.Id, s.Section, string.Empty, sentence, s.Figures.Select(f => Figure(f, f.Unit, at)).ToList(), explanations);
        }).ToList();
        return new FinalAccountsReport(info, tables, statements);
    }

    private static StatedFigure Figure(Fig f, string unit, FigureLocation location)
        => new(new FigureKey(f.Concept, f.Basis, f.Scope, f.FunctionPath, f.Item), f.Value, unit, location, f.Code,
            f.Of is { } of ? new FigureKey(of.Concept, of.Basis) : null);

    /// <summary>The report, read back with <see cref="ReportReader.Parse"/>.</summary>
    public static FinalAccountsReport Read(params Item[] items) => ReportReader.Parse(Json(items), FileName);

    /// <summary>The report checked with every built-in rule.</summary>
    public static CheckReport Check(params Item[] items) => ReportChecker.Check(Read(items));

    /// <summary>The report read back and checked with the built-in rule <paramref name="ruleId"/> only (a one-rule test).</summary>
    public static CheckReport CheckWith(string ruleId, params Item[] items) => CheckWith(Read(items), ruleId);

    /// <summary><paramref name="report"/> checked with the built-in rules <paramref name="ruleIds"/> only, in catalogue order.</summary>
    public static CheckReport CheckWith(FinalAccountsReport report, params string[] ruleIds) =>
        ReportChecker.Check(report, RuleCatalog.Rules.Where(r => ruleIds.Contains(r.Descriptor.Id)).ToList());

    /// <summary>
    /// What the plan of the built-in rule <paramref name="id"/> says of the report <paramref name="items"/> describe: true
    /// for "may check". Where it says no, the check is asserted to list the rule as not run for want of figures.
    /// </summary>
    public static bool PlanMayCheck(string id, params Item[] items)
    {
        // The engine numbers every plan's names before it indexes a report (an index made earlier answers "maybe").
        System.Runtime.CompilerServices.RuntimeHelpers.RunClassConstructor(typeof(ReportChecker).TypeHandle);
        var report = Read(items);
        var may = ((IPlannedRule)RuleCatalog.Rules.Single(r => r.Descriptor.Id == id)).MayCheck(new ReportPresence(report.UnitView));
        if (!may)
        {
            // Skipped, it is listed as not run because the report states nothing it needs.
            var check = CheckWith(report, id);
            Assert.Empty(check.RulesRun);
            Assert.StartsWith("报告未列示该规则所需的数字", Assert.Single(check.RulesNotRun).Reason, System.StringComparison.Ordinal);
        }
        return may;
    }
}
