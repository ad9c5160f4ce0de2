using System.Collections.Generic;
using FinalAccounts.Money;
using FinalAccounts.Reports;
using FinalAccounts.Validation.Plans;

namespace FinalAccounts.Validation.Rules;

/// <summary>
/// A stated percentage recomputed from the figures it refers to: completion rates (决算 ÷ 预算), shares (占比), and
/// changes (增减%) against the base when stated, else against 决算 − 增减. A rate whose base is 0 is undefined and is
/// left to <see cref="ZeroBaseRateRule"/> (FA1027).
/// </summary>
internal sealed partial class RateRule : IReportRule
{
    private readonly string _basis;
    private readonly string _numerator;
    private readonly string _denominator;
    private readonly bool _isChange;
    private readonly string _changeBasis;

    private RateRule(RuleDescriptor descriptor, string basis, string numerator, string denominator, bool isChange, string changeBasis)
    {
        Descriptor = descriptor;
        _basis = basis;
        _numerator = numerator;
        _denominator = denominator;
        _isChange = isChange;
        _changeBasis = changeBasis;
    }

    public RuleDescriptor Descriptor { get; }

    /// <summary>rate basis = 决算 ÷ denominator basis.</summary>
    public static RateRule Completion(RuleDescriptor d, string basis, string denominator) => new(d, basis, ReportVocabulary.Actual, denominator, false, string.Empty);

    /// <summary>占比 = 决算 ÷ the figure named by 'of'.</summary>
    public static RateRule Share(RuleDescriptor d) => new(d, ReportVocabulary.Share, ReportVocabulary.Actual, string.Empty, false, string.Empty);

    /// <summary>change rate = (决算 − base) ÷ base, or change ÷ (决算 − change).</summary>
    public static RateRule Change(RuleDescriptor d, string basis, string baseBasis, string changeBasis) => new(d, basis, ReportVocabulary.Actual, baseBasis, true, changeBasis);

    public void Check(RuleContext context)
    {
        var cases = context.RateCasesOf(this);
        for (var i = 0; i < cases.Count; i++)
        {
            var c = cases[i];
            if (c.BaseIsZero) continue;
            switch (c.Form)
            {
                case RateForm.Ratio:
                    context.Ratio(c.Rate, c.Numerator, c.Other, c.Relation, c.RelationEn);
                    break;
                case RateForm.Change:
                    context.ChangeRate(c.Rate, c.Numerator, c.Other, c.Relation, c.RelationEn);
                    break;
                default:
                    context.ChangeRateFromDifference(c.Rate, c.Numerator, c.Other, c.Relation, c.RelationEn);
                    break;
            }
        }
    }


    /// <summary>
    /// <see cref="Cases"/> of <paramref name="report"/>, none where this rule's plan fails, found on the report's first check
    /// and kept by its index (<see cref="FigureIndex.Memo{TOwner, T}"/>): which figures a rate relates, and whether its base
    /// is 0, are the same on every check of the report; each check only recomputes the rates. Read through
    /// <see cref="RuleContext.RateCasesOf"/>.
    /// </summary>
    internal IReadOnlyList<RateCase> CasesOf(FinalAccountsReport report)
        => report.Index.Memo(this, static (rule, r) => rule.MayCheck(new ReportPresence(r)) ? rule.Cases(r) : System.Array.Empty<RateCase>());

    /// <summary>
    /// Every stated rate of this rule's kind whose inputs the report states, with the form of its computation. Read through
    /// <see cref="RuleContext.RateCasesOf"/>: FA1027 judges the same cases as FA1020–FA1024, FA1201 and FA1205.
    /// </summary>
    internal IReadOnlyList<RateCase> Cases(FinalAccountsReport report)
    {
        // Sized on the first case for every rate still to come: a list grown by copying cost more than the few unused slots.
        List<RateCase>? cases = null;
        // The rate's numerator is the report's own figure: 决算 in a 决算, 预算 in a 预算 (a share or a change of a budget).
        var own = _numerator == ReportVocabulary.Actual ? report.Info.OwnBasis : _numerator;
        // The relation's words depend only on the report's own basis: made once per rule and basis, not for every report.
        string[]? words = null;
        var rateList = report.Index.WithBasis(_basis);
        for (var rateIndex = 0; rateIndex < rateList.Count; rateIndex++)
        {
            var rate = rateList[rateIndex];
            if (!rate.IsPercentage || FigureLookup.IsRepeat(report, rate)) continue;
            var numerator = FigureLookup.Near(report, rate.Key.WithBasis(own), rate);
            if (numerator == null || !numerator.IsMoney) continue;
            var denominatorKey = _denominator.Length == 0 ? rate.ShareOf : rate.Key.WithBasis(_denominator);
            var denominator = denominatorKey is FigureKey dk ? FigureLookup.Near(report, dk, rate) : null;
            if (!_isChange)
            {
                if (denominator == null || !denominator.IsMoney) continue;
                (cases ??= new List<RateCase>(rateList.Count - rateIndex)).Add(new RateCase(rate, numerator, denominator, RateForm.Ratio,
                    (words ??= WordsFor(own))[RatioWords], "actual / base",
                    RuleContext.AmountOf(denominator).Value == 0m, RuleContext.AmountOf(numerator).Value == 0m));
            }
            else if (denominator != null && denominator.IsMoney)
            {
                (cases ??= new List<RateCase>(rateList.Count - rateIndex)).Add(new RateCase(rate, numerator, denominator, RateForm.Change,
                    (words ??= WordsFor(own))[ChangeWords], "(actual − base) / base",
                    RuleContext.AmountOf(denominator).Value == 0m, RuleContext.AmountOf(numerator).Value == 0m));
            }
            else
            {
                var stated = FigureLookup.Near(report, rate.Key.WithBasis(_changeBasis), rate);
                if (stated == null || !stated.IsMoney) continue;
                var current = RuleContext.AmountOf(numerator).ConvertTo(CurrencyUnit.WanYuan);
                var difference = RuleContext.AmountOf(stated).ConvertTo(CurrencyUnit.WanYuan);
                (cases ??= new List<RateCase>(rateList.Count - rateIndex)).Add(new RateCase(rate, numerator, stated, RateForm.ChangeFromDifference,
                    (words ??= WordsFor(own))[FromDifferenceWords], "change / (actual − change)",
                    current.Value - difference.Value == 0m, difference.Value == 0m));
            }
        }
        return cases ?? (IReadOnlyList<RateCase>)System.Array.Empty<RateCase>();
    }

    private const int RatioWords = 1;
    private const int ChangeWords = 2;
    private const int FromDifferenceWords = 3;

    // The own basis and the relation's words in it, by form: one array swapped whole, so a thread reads a matching set.
    private string[]? _words;

    /// <summary>The relation's words of each form for a report whose own figure is on <paramref name="own"/>, kept for the next report.</summary>
    private string[] WordsFor(string own)
    {
        var words = _words;
        if (words != null && words[0] == own) return words;
        words = new[]
        {
            own,
            _denominator.Length == 0 ? own + " ÷ 其所占的合计" : own + " ÷ " + _denominator,
            "（" + own + " − " + _denominator + "）÷ " + _denominator,
            _changeBasis + " ÷（" + own + " − " + _changeBasis + "）",
        };
        _words = words;
        return words;
    }
}

/// <summary>How a stated rate is computed from its inputs.</summary>
internal enum RateForm
{
    /// <summary>100 · numerator ÷ other.</summary>
    Ratio,

    /// <summary>100 · (numerator − other) ÷ other.</summary>
    Change,

    /// <summary>100 · other ÷ (numerator − other), other being the stated change.</summary>
    ChangeFromDifference,
}

/// <summary>A stated rate with the figures it is computed from, and whether its base (the divisor) is 0.</summary>
internal sealed class RateCase
{
    public RateCase(StatedFigure rate, StatedFigure numerator, StatedFigure other, RateForm form, string relation, string relationEn, bool baseIsZero, bool numeratorIsZero)
    {
        NumeratorIsZero = numeratorIsZero;
        Rate = rate;
        Numerator = numerator;
        Other = other;
        Form = form;
        Relation = relation;
        RelationEn = relationEn;
        BaseIsZero = baseIsZero;
        // FA1027 records every case on a zero base with these inputs: listed once with the case, not on every check.
        if (baseIsZero) Inputs = new[] { numerator, other };
    }

    /// <summary>The numerator and the other figure, as FA1027 lists them for a case on a zero base; null for any other case.</summary>
    public IReadOnlyList<StatedFigure>? Inputs { get; }

    public StatedFigure Rate { get; }

    public StatedFigure Numerator { get; }

    /// <summary>The denominator (Ratio), the base (Change) or the stated change (ChangeFromDifference).</summary>
    public StatedFigure Other { get; }

    public RateForm Form { get; }

    public string Relation { get; }

    public string RelationEn { get; }

    public bool BaseIsZero { get; }

    /// <summary>Whether the rate's numerator (the part, the actual over a zero base, or the change) is 0: 0 ÷ 0.</summary>
    public bool NumeratorIsZero { get; }
}
