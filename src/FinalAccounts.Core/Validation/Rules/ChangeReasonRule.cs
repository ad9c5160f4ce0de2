using System.Collections.Generic;
using FinalAccounts.Money;
using FinalAccounts.Reports;

namespace FinalAccounts.Validation.Rules;

/// <summary>
/// A change the template asks the report to explain is explained: 收入支出总计, 财政拨款收入支出总计, 一般公共预算财政拨款支出,
/// the 三公经费 and its three parts, 机关运行经费 against last year (or the budget), and a 功能分类 line's or the 三公经费's 决算
/// against its 年初预算 or 全年预算 ("决算数大于（小于）预算数的主要原因：…"). A change of 0, or one rounding explains, or one stated as 持平 needs no
/// reason (the template: "预决算持平的不用说明变动原因"). A reason is an explanation of the change in the file, or reason words
/// (原因, 由于, 因为, 主要是 …) in the sentence or in a later one of the same section before the next such change, or a
/// sentence ending in 其中：/包括： (its parts follow with their own reasons). 主要用于 says what money is for, not why it changed. Warning: a reviewer
/// asks for it.
/// </summary>
internal sealed partial class ChangeReasonRule : IReportRule
{
    /// <summary>
    /// The template asks why these change: 收入总计, 支出总计, 财政拨款收入支出总计, 一般公共预算财政拨款支出, 三公经费, 因公出国（境）费,
    /// 公务用车购置及运行维护费, 公务接待费, 机关运行经费.
    /// </summary>
    /// <remarks>By length, then ordinal equality: the same answer as a set of the nine names, without hashing every figure's concept.</remarks>
    internal static bool IsExplained(string concept) => concept.Length switch
    {
        4 => concept == "收入总计" || concept == "支出总计" || concept == "三公经费",
        5 => concept == "公务接待费",
        6 => concept == "机关运行经费",
        8 => concept == "因公出国（境）费",
        10 => concept == "财政拨款收入支出总计",
        12 => concept == "一般公共预算财政拨款支出" || concept == "公务用车购置及运行维护费",
        _ => false,
    };

    /// <summary>
    /// The template asks why 决算 differs from 预算 for these (五（三）and 七（一））: 一般公共预算财政拨款支出, 三公经费,
    /// 因公出国（境）费, 公务用车购置及运行维护费, 公务接待费.
    /// </summary>
    /// <remarks>By length, then ordinal equality, as <see cref="IsExplained"/>.</remarks>
    internal static bool IsAgainstBudget(string concept) => concept.Length switch
    {
        4 => concept == "三公经费",
        5 => concept == "公务接待费",
        8 => concept == "因公出国（境）费",
        12 => concept == "一般公共预算财政拨款支出" || concept == "公务用车购置及运行维护费",
        _ => false,
    };

    public ChangeReasonRule(RuleDescriptor descriptor) => Descriptor = descriptor;

    public RuleDescriptor Descriptor { get; }

    public void Check(RuleContext context)
    {
        var statements = context.Report.Statements;
        // Whether each statement has a change (0 not yet known, 1 none, 2 one): a statement read ahead by ReasonFollows is
        // not taken apart again when the loop reaches it.
        var known = new byte[statements.Count];
        // Which figures of each statement may be a change to explain is the same on every check of the report: found on its
        // first check and kept (FigureIndex.Memo). A check reads their values.
        var candidates = context.Report.Index.Memo(s_memo, static (_, report) => CandidatesOf(report));
        for (var i = 0; i < statements.Count; i++)
        {
            var s = statements[i];
            if (known[i] == None) continue;
            var change = ChangeOf(candidates[i]);
            if (change == null) continue;
            var (figure, budget) = change.Value;
            var reasoned = ExplainsConcept(s, figure.Key.Concept)
                || ReasonWords.AnyIn(s.Sentence) || ReasonWords.PartsFollow(s.Sentence) || ReasonFollows(statements, candidates, i, known);
            if (reasoned)
            {
                context.Record(figure, CheckResult.Match(true), System.Array.Empty<StatedFigure>(), RuleContext.NoMessage);
                continue;
            }
            context.Record(figure, CheckResult.Match(false), System.Array.Empty<StatedFigure>(), Describe(figure, budget, s));
        }
    }

    private const byte None = 1;
    private const byte Some = 2;

    /// <summary>
    /// A reason in a later sentence of the same section before the next change this rule judges: "…各减少1457.56万元。" then
    /// "（一）收入决算总计…包括：" and "1.本年收入…减少…，变动原因：…" explain the total through its parts.
    /// </summary>
    private static bool ReasonFollows(IReadOnlyList<Statement> statements, Candidate[]?[] candidates, int i, byte[] known)
    {
        for (var j = i + 1; j < statements.Count && statements[j].Section == statements[i].Section; j++)
        {
            if (known[j] == 0) known[j] = ChangeOf(candidates[j]) != null ? Some : None;
            if (known[j] == Some) return false;
            if (ReasonWords.AnyIn(statements[j].Sentence) || HasPartInWordsOnly(statements[j])) return true;
        }
        return false;
    }

    // The helpers below walk lists by index: they run for every statement, and a foreach over an IReadOnlyList or a
    // lambda capturing a figure allocates each time.
    private static bool ExplainsConcept(Statement s, string concept)
    {
        for (var e = 0; e < s.Explanations.Count; e++)
        {
            var explanation = s.Explanations[e];
            if (explanation.Explains.Concept == concept) return true;
            for (var a = 0; a < explanation.AlsoExplains.Count; a++)
            {
                if (explanation.AlsoExplains[a].Concept == concept) return true;
            }
        }
        return false;
    }

    private static bool HasPartInWordsOnly(Statement s)
    {
        for (var e = 0; e < s.Explanations.Count; e++)
        {
            var parts = s.Explanations[e].Parts;
            for (var p = 0; p < parts.Count; p++)
            {
                if (parts[p].Figure == null && parts[p].Reference == null) return true;
            }
        }
        return false;
    }

    private static bool StatesChangeAmount(Statement s, string concept)
    {
        for (var i = 0; i < s.Figures.Count; i++)
        {
            var g = s.Figures[i];
            if (g.Key.Concept == concept && g.IsMoney && g.Key.Basis is ReportVocabulary.ChangeFromPrevious or ReportVocabulary.ChangeFromBudget) return true;
        }
        return false;
    }

    /// <summary>How a change reads in a finding: 较上年增减 920.80万元, 增减 -3.5%, or 决算 … 与年初预算 … 不同.</summary>
    private static string What(StatedFigure figure, StatedFigure? budget)
        => budget != null ? "决算 " + figure.Value + figure.Unit + " 与" + budget.Key.Basis + " " + budget.Value + budget.Unit + " 不同"
        : figure.IsPercentage ? "增减 " + figure.Value + "%"
        : (figure.Key.Basis == ReportVocabulary.ChangeFromBudget ? "较年初预算" : "较上年") + "增减 " + figure.Value + figure.Unit;

    // The key of FA1170's candidates among a report's memos (one per report, whichever instance of the rule asks).
    private static readonly object s_memo = new();

    private enum CandidateKind : byte
    {
        /// <summary>A money change (较上年增减, 较年初预算增减): a change when it is not 0.</summary>
        Change,

        /// <summary>A change rate whose statement states no change amount of its concept: a change when it is not 0.</summary>
        Rate,

        /// <summary>A 决算 with its 年初预算 or 全年预算 in the statement: a change when rounding cannot make them equal.</summary>
        AgainstBudget,
    }

    /// <summary>A figure that is a change to explain when its value says so (<see cref="ChangeOf"/>).</summary>
    private readonly struct Candidate
    {
        public Candidate(StatedFigure figure, StatedFigure? budget, CandidateKind kind)
        {
            Figure = figure;
            Budget = budget;
            Kind = kind;
        }

        public StatedFigure Figure { get; }

        public StatedFigure? Budget { get; }

        public CandidateKind Kind { get; }
    }

    /// <summary>
    /// For each statement, in order, the figures that may be the change the template wants explained: every test of
    /// <see cref="ChangeOf"/> but the values' (持平 in the sentence, the basis, the concept, no 功能分类 path, money or a
    /// percentage, a stated change amount beside a rate, the budget beside a 决算); null when none may be.
    /// </summary>
    private static Candidate[]?[] CandidatesOf(FinalAccountsReport report)
    {
        var statements = report.Statements;
        var all = new Candidate[]?[statements.Count];
        List<Candidate>? found = null;
        for (var k = 0; k < statements.Count; k++)
        {
            var s = statements[k];
            if (s.Sentence.Contains("持平")) continue;
            found?.Clear();
            for (var i = 0; i < s.Figures.Count; i++)
            {
                var f = s.Figures[i];
                // The basis first: most figures are on none of the four, and the test is a few string comparisons.
                var isChange = f.Key.Basis is ReportVocabulary.ChangeFromPrevious or ReportVocabulary.ChangeFromBudget;
                var isRate = f.Key.Basis is ReportVocabulary.ChangeFromPreviousRate or ReportVocabulary.ChangeFromBudgetRate;
                if ((!isChange && !isRate) || !IsExplained(f.Key.Concept) || f.Key.FunctionPath.Length > 0) continue;
                if (isChange && f.IsMoney) (found ??= new List<Candidate>()).Add(new Candidate(f, null, CandidateKind.Change));
                else if (isRate && f.IsPercentage && !StatesChangeAmount(s, f.Key.Concept)) (found ??= new List<Candidate>()).Add(new Candidate(f, null, CandidateKind.Rate));
            }
            // A 功能分类 line (or the total) of 一般公共预算财政拨款支出, or the 三公经费 or one of its parts: 决算 against 年初预算
            // (or 全年预算) beyond rounding ("决算数小于（大于）预算数的主要原因：…").
            for (var i = 0; i < s.Figures.Count; i++)
            {
                var actual = s.Figures[i];
                if (actual.Key.Basis != ReportVocabulary.Actual || !actual.IsMoney || !IsAgainstBudget(actual.Key.Concept)) continue;
                var budget = BudgetOf(s, actual);
                if (budget != null) (found ??= new List<Candidate>()).Add(new Candidate(actual, budget, CandidateKind.AgainstBudget));
            }
            if (found is { Count: > 0 }) all[k] = found.ToArray();
        }
        return all;
    }

    /// <summary>
    /// The first change in the statement the template wants explained (the first of its <paramref name="candidates"/> whose
    /// values make it one), with the 年初预算 it differs from for a 功能分类 line; null when none. Its words are made only for
    /// a finding (<see cref="What"/>).
    /// </summary>
    private static (StatedFigure Figure, StatedFigure? Budget)? ChangeOf(Candidate[]? candidates)
    {
        if (candidates == null) return null;
        for (var i = 0; i < candidates.Length; i++)
        {
            var c = candidates[i];
            switch (c.Kind)
            {
                case CandidateKind.Change:
                    if (RuleContext.AmountOf(c.Figure).Value != 0m) return (c.Figure, null);
                    break;
                case CandidateKind.Rate:
                    if (c.Figure.Percentage.Value != 0m) return (c.Figure, null);
                    break;
                default:
                    if (!RuleContext.AmountOf(c.Figure).Interval.Intersects(RuleContext.AmountOf(c.Budget!).Interval)) return (c.Figure, c.Budget);
                    break;
            }
        }
        return null;
    }

    /// <summary>The statement's first money figure on 年初预算 or 全年预算 with <paramref name="actual"/>'s key.</summary>
    private static StatedFigure? BudgetOf(Statement s, StatedFigure actual)
    {
        var initial = actual.Key.WithBasis(ReportVocabulary.InitialBudget);
        var fullYear = actual.Key.WithBasis(ReportVocabulary.FullYearBudget);
        for (var i = 0; i < s.Figures.Count; i++)
        {
            var f = s.Figures[i];
            if ((f.Key == initial || f.Key == fullYear) && f.IsMoney) return f;
        }
        return null;
    }

    private static string Excerpt(string sentence) => sentence.Length <= 80 ? sentence : sentence.Substring(0, 80) + "…";

    // A method of its own so that the captured variables are allocated only for a finding, not on every statement checked.
    private static System.Func<(string, string)> Describe(StatedFigure figure, StatedFigure? budget, Statement s) => () => (
        figure.Key + " " + What(figure, budget) + "，但未说明原因（模板要求写明“主要原因：…”，持平的除外）。语句：「" + Excerpt(s.Sentence) + "」",
        figure.Key.Concept + " changes (" + What(figure, budget) + ") but the report gives no reason; the template asks for one (主要原因：…) unless it is level.");
}
