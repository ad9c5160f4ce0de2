using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FinalAccounts.Money;
using FinalAccounts.Reports;
using FinalAccounts.Scoring;
using FinalAccounts.Validation.Rules;

namespace FinalAccounts.Validation;

/// <summary>
/// What a rule works with: the report, and the checks that turn "these figures relate so" into outcomes and findings
/// with messages. The rounding reasoning lives in <see cref="RoundingCheck"/>; this class only names the figures.
/// </summary>
public sealed partial class RuleContext
{
    private readonly List<Finding> _findings;
    private RuleDescriptor _rule;

    internal RuleContext(FinalAccountsReport report, List<Finding> findings, RuleDescriptor rule, ScoringPolicy? policy = null)
    {
        Report = report;
        _findings = findings;
        _rule = rule;
        Policy = policy;
    }

    /// <summary>The report being checked.</summary>
    public FinalAccountsReport Report { get; }

    /// <summary>
    /// The scoring policy the 绩效自评表 are checked under (FA2xxx), or null to verify them against every known policy
    /// (<see cref="ScoringPolicy.Known"/>: a table any of them explains has no score finding).
    /// </summary>
    public ScoringPolicy? Policy { get; }

    private Dictionary<PerformanceEvaluation, EvaluationVerification>? _verifications;

    /// <summary>
    /// The verification of <paramref name="evaluation"/> against <see cref="Policy"/> (or every known policy), computed once
    /// per check however many FA2xxx rules read it.
    /// </summary>
    internal EvaluationVerification VerificationOf(PerformanceEvaluation evaluation)
    {
        _verifications ??= new Dictionary<PerformanceEvaluation, EvaluationVerification>();
        if (!_verifications.TryGetValue(evaluation, out var verification))
        {
            verification = EvaluationVerifier.Verify(evaluation, Policy != null ? new[] { Policy } : ScoringPolicy.Known);
            _verifications.Add(evaluation, verification);
        }
        return verification;
    }

    /// <summary>
    /// The cases of <paramref name="rule"/> in this report (<see cref="RateRule.CasesOf"/>: found on the report's first check
    /// and kept): FA1027 judges the cases of FA1020–FA1024, FA1201 and FA1205 too.
    /// </summary>
    internal IReadOnlyList<RateCase> RateCasesOf(RateRule rule) => rule.CasesOf(Report);

    private IReadOnlyList<Breakdown>? _breakdowns;

    /// <summary>The report's breakdowns (<see cref="Breakdown.Of"/>: made on the report's first check and kept).</summary>
    internal IReadOnlyList<Breakdown> Breakdowns => _breakdowns ??= Breakdown.Of(Report);

    /// <summary>How many checks the current rule has run.</summary>
    public int ChecksRun { get; private set; }

    /// <summary>How many checks all rules have run.</summary>
    internal int TotalChecks { get; private set; }

    internal void Begin(RuleDescriptor rule)
    {
        _rule = rule;
        ChecksRun = 0;
    }

    /// <summary>
    /// The money figure to reason with, at the precision its report prints it with: a copy whose trailing zeros were
    /// dropped ("174万元" beside a table's 174.00) at its original's, a figure rounded to whole 万元 or one decimal as printed,
    /// a table cell at its table's convention (README, Printed precision). A figure outside a report that prints fewer than 2
    /// decimals is read at 2.
    /// </summary>
    public static Amount AmountOf(StatedFigure figure) => figure.ReasoningAmount;

    /// <summary>
    /// Counts the check <paramref name="total"/> = Σ weight · part and returns true when it agrees as printed (the common case,
    /// decided without intervals, arrays or the relation's words); returns false, counting nothing, when it does not: the
    /// caller then records it through <see cref="Sum"/> with its words. The test is <see cref="RoundingCheck.Sum(Amount, IReadOnlyList{ValueTuple{Amount, int}})"/>'s own.
    /// </summary>
    internal bool SumPasses(StatedFigure total, IReadOnlyList<(StatedFigure Figure, int Weight)> parts)
    {
        var stated = AmountOf(total);
        var common = stated.Unit;
        for (var i = 0; i < parts.Count; i++)
        {
            if (AmountOf(parts[i].Figure).Unit == CurrencyUnit.WanYuan) common = CurrencyUnit.WanYuan;
        }
        var exact = 0m;
        for (var i = 0; i < parts.Count; i++) exact += parts[i].Weight * AmountOf(parts[i].Figure).ConvertTo(common).Value;
        if (!Agrees(stated.ConvertTo(common), exact)) return false;
        Passed();
        return true;
    }

    /// <summary><see cref="SumPasses(StatedFigure, IReadOnlyList{ValueTuple{StatedFigure, int}})"/> with every weight 1.</summary>
    internal bool SumPasses(StatedFigure total, IReadOnlyList<StatedFigure> parts)
    {
        var (stated, common, exact) = ExactSum(total, parts);
        if (!Agrees(stated.ConvertTo(common), exact)) return false;
        Passed();
        return true;
    }

    /// <summary>
    /// <see cref="SumPasses(StatedFigure, IReadOnlyList{StatedFigure})"/> over a run of a shared array (FA1040's sums keep all
    /// their parts in one array, <see cref="FunctionSumSet"/>): a span passes it without a list object per sum.
    /// </summary>
    internal bool SumPasses(StatedFigure total, ReadOnlySpan<StatedFigure> parts)
    {
        var stated = AmountOf(total);
        var common = stated.Unit;
        for (var i = 0; i < parts.Length; i++)
        {
            if (AmountOf(parts[i]).Unit == CurrencyUnit.WanYuan) common = CurrencyUnit.WanYuan;
        }
        var exact = 0m;
        for (var i = 0; i < parts.Length; i++) exact += AmountOf(parts[i]).ConvertTo(common).Value;
        if (!Agrees(stated.ConvertTo(common), exact)) return false;
        Passed();
        return true;
    }

    /// <summary>
    /// The stated total, the unit the sum is taken in (万元 as soon as one figure is in 万元, as RoundingCheck does) and the
    /// exact Σ parts in it: the quick passes of a full and of a partial list start alike.
    /// </summary>
    private (Amount Stated, CurrencyUnit Common, decimal Exact) ExactSum(StatedFigure total, IReadOnlyList<StatedFigure> parts)
    {
        var stated = AmountOf(total);
        var common = CommonUnit(stated, parts);
        var exact = 0m;
        for (var i = 0; i < parts.Count; i++) exact += AmountOf(parts[i]).ConvertTo(common).Value;
        return (stated, common, exact);
    }

    /// <summary>The unit a sum of <paramref name="parts"/> is taken in: 万元 as soon as one figure is in 万元, as RoundingCheck does.</summary>
    private static CurrencyUnit CommonUnit(Amount stated, IReadOnlyList<StatedFigure> parts)
    {
        var common = stated.Unit;
        for (var i = 0; i < parts.Count; i++)
        {
            if (AmountOf(parts[i]).Unit == CurrencyUnit.WanYuan) return CurrencyUnit.WanYuan;
        }
        return common;
    }

    /// <summary>
    /// <see cref="SumPasses(StatedFigure, IReadOnlyList{StatedFigure})"/> with one part: <paramref name="stated"/> agrees as
    /// printed with <paramref name="other"/> (FA1030's repeats).
    /// </summary>
    internal bool SumPasses(StatedFigure stated, StatedFigure other)
    {
        var amount = AmountOf(stated);
        var part = AmountOf(other);
        var common = part.Unit == CurrencyUnit.WanYuan ? CurrencyUnit.WanYuan : amount.Unit;
        if (!Agrees(amount.ConvertTo(common), part.ConvertTo(common).Value)) return false;
        Passed();
        return true;
    }

    private static bool Agrees(Amount stated, decimal exact)
        => stated.IsExact ? exact == stated.Value : DecimalMath.RoundsTo(exact, stated.Decimals, stated.Value);

    /// <summary>Checks <paramref name="total"/> = Σ weight · part; <paramref name="relation"/> names the parts in Chinese.</summary>
    public CheckOutcome Sum(StatedFigure total, IReadOnlyList<(StatedFigure Figure, int Weight)> parts, string relation, string relationEn)
    {
        if (SumPasses(total, parts)) return CheckOutcome.Consistent;
        // The inputs are listed only for a finding (most sums agree), in an array: a list made by Select costs its iterator too.
        var inputs = new StatedFigure[parts.Count];
        var weightsOne = true;
        for (var i = 0; i < inputs.Length; i++)
        {
            inputs[i] = parts[i].Figure;
            if (parts[i].Weight != 1) weightsOne = false;
        }
        if (weightsOne && SumWithinRounding(total, inputs)) return RecordWithinRounding(total, inputs, relation, relationEn);
        var amounts = new (Amount, int)[parts.Count];
        for (var i = 0; i < amounts.Length; i++) amounts[i] = (AmountOf(parts[i].Figure), parts[i].Weight);
        var result = RoundingCheck.Sum(AmountOf(total), amounts);
        if (result.Outcome == CheckOutcome.Consistent) return Passed();
        return Record(total, result, inputs, relation, relationEn);
    }

    /// <summary>
    /// Checks <paramref name="total"/> = Σ parts (each weight 1: a breakdown's list, a 功能分类 sum) that
    /// <see cref="SumPasses(StatedFigure, IReadOnlyList{StatedFigure})"/> has just refused: every caller asks the quick pass
    /// first (it needs no list of its own for the common sum that agrees), so it is not asked a second time here.
    /// </summary>
    internal CheckOutcome SumOfParts(StatedFigure total, IReadOnlyList<StatedFigure> parts, string relation, string relationEn)
    {
        if (SumWithinRounding(total, parts)) return RecordWithinRounding(total, parts, relation, relationEn);
        var result = SumOfInputs(total, parts);
        return result.Outcome == CheckOutcome.Consistent ? Passed() : Record(total, result, parts, relation, relationEn);
    }

    /// <summary>
    /// For a sum <paramref name="total"/> = Σ <paramref name="parts"/> (each weight 1) that does not agree as printed
    /// (<see cref="SumPasses(StatedFigure, IReadOnlyList{StatedFigure})"/> false): true when <see cref="RoundingCheck.Sum(Amount, IReadOnlyList{ValueTuple{Amount, int}})"/>
    /// calls it WithinRounding. That is its own test, made the same way: in the common unit, the stated figure's interval
    /// meets the sum of the parts' intervals (a weight of 1 scales nothing). The rest of its result — the truncation reading,
    /// the exact sum and interval in the stated unit — is for a finding's reader (<see cref="Finding.Result"/>, made on first
    /// read): six in ten of a batch's small reports have a rounding-only sum, and a batch mostly counts findings.
    /// Law: RoundingOnlySumProperties.
    /// </summary>
    internal static bool SumWithinRounding(StatedFigure total, IReadOnlyList<StatedFigure> parts)
    {
        var stated = AmountOf(total);
        var common = CommonUnit(stated, parts);
        Interval expected = default;
        for (var i = 0; i < parts.Count; i++) expected += Interval.Of(AmountOf(parts[i]).ConvertTo(common));
        return Interval.Of(stated.ConvertTo(common)).Intersects(expected);
    }

    /// <summary>The full check of <paramref name="total"/> = Σ <paramref name="inputs"/>, each weight 1 (a finding's <see cref="Finding.Result"/>).</summary>
    internal static CheckResult SumOfInputs(StatedFigure total, IReadOnlyList<StatedFigure> inputs)
    {
        var amounts = new (Amount, int)[inputs.Count];
        for (var i = 0; i < amounts.Length; i++) amounts[i] = (AmountOf(inputs[i]), 1);
        return RoundingCheck.Sum(AmountOf(total), amounts);
    }

    // A sum within rounding: counted, and a finding whose result (SumOfInputs) is made when first read.
    private CheckOutcome RecordWithinRounding(StatedFigure total, IReadOnlyList<StatedFigure> inputs, string relation, string relationEn)
    {
        ChecksRun++;
        TotalChecks++;
        _findings.Add(new Finding(_rule, total, inputs, relation, relationEn));
        return CheckOutcome.WithinRounding;
    }

    /// <summary>
    /// Records a check of <paramref name="stated"/> against one other figure, naming the relation only for a finding:
    /// <paramref name="relation"/> gets <paramref name="input"/> and gives the Chinese and English words (which quote its
    /// location, too costly to format for every check that passes).
    /// </summary>
    internal CheckOutcome Record(StatedFigure stated, CheckResult result, StatedFigure input, Func<StatedFigure, (string Relation, string RelationEn)> relation)
    {
        if (result.Outcome == CheckOutcome.Consistent) return Passed();
        var (words, wordsEn) = relation(input);
        return Record(stated, result, new[] { input }, words, wordsEn);
    }

    /// <summary>
    /// Counts <paramref name="count"/> checks that agreed, at once: a rule whose every check a report alone decides (FA1090)
    /// keeps which of them fail and only counts the others on a later check.
    /// </summary>
    internal void Passed(int count)
    {
        ChecksRun += count;
        TotalChecks += count;
    }

    /// <summary>Counts a check that agreed exactly, without listing its inputs (they are kept only for a finding).</summary>
    private CheckOutcome Passed()
    {
        ChecksRun++;
        TotalChecks++;
        return CheckOutcome.Consistent;
    }

    /// <summary>
    /// Counts the check of a partial list whose parts add up to at most <paramref name="total"/> exactly (the common case) and
    /// returns true; returns false, counting nothing, otherwise: the caller then records it through <see cref="PartialSum"/>.
    /// </summary>
    internal bool PartialSumPasses(StatedFigure total, IReadOnlyList<StatedFigure> parts)
    {
        var (stated, common, exact) = ExactSum(total, parts);
        // In the stated figure's unit, as RoundingCheck.Sum gives it back (only 元 → 万元 happens, and × 10000 is exact).
        if (stated.Unit != common) exact *= 10000m;
        if (exact > stated.Value) return false;
        Passed();
        return true;
    }

    /// <summary>
    /// Checks a partial list (主要包括…等): its parts may add up to less than <paramref name="total"/>, never to more than
    /// rounding allows. A sum above the total that rounding explains is reported as info.
    /// </summary>
    public CheckOutcome PartialSum(StatedFigure total, IReadOnlyList<StatedFigure> parts, string relation, string relationEn)
    {
        var amounts = new (Amount, int)[parts.Count];
        for (var i = 0; i < amounts.Length; i++) amounts[i] = (AmountOf(parts[i]), 1);
        var result = RoundingCheck.Sum(AmountOf(total), amounts);
        var stated = AmountOf(total);
        var outcome = result.Exact <= stated.Value ? CheckOutcome.Consistent
            : result.Expected.Min <= stated.Interval.Max ? CheckOutcome.WithinRounding
            : CheckOutcome.Inconsistent;
        var partial = new CheckResult(outcome, result.Exact, result.Expected, result.Difference);
        ChecksRun++;
        TotalChecks++;
        if (outcome == CheckOutcome.Consistent) return outcome;
        _findings.Add(PartialFindingOf(_rule, total, partial, parts, relation, relationEn));
        return outcome;
    }

    // The relation's words are joined only when the finding's message is read, as Record's are formatted: a partial list
    // whose sum is checked here but agrees makes no words at all.
    private static Finding PartialFindingOf(RuleDescriptor rule, StatedFigure stated, CheckResult result, IReadOnlyList<StatedFigure> inputs, string relation, string relationEn)
        => new(rule, result.Outcome, () => Describe(stated, result, inputs, relation + "（部分列举，应不大于合计）", relationEn + " (a partial list: at most the total)"), stated, result, inputs);

    /// <summary>Checks a stated percentage = numerator ÷ denominator (完成预算率, 占比).</summary>
    /// <remarks>A rate that agrees as printed (the common case) is counted without its intervals, as for sums.</remarks>
    public CheckOutcome Ratio(StatedFigure percent, StatedFigure numerator, StatedFigure denominator, string relation, string relationEn)
        => RoundingCheck.RatioAgrees(percent.Percentage, AmountOf(numerator), AmountOf(denominator)) ? Passed()
        : Record(percent, RoundingCheck.Ratio(percent.Percentage, AmountOf(numerator), AmountOf(denominator)), numerator, denominator, relation, relationEn);

    /// <summary>Checks a stated change percentage = (current − previous) ÷ previous.</summary>
    public CheckOutcome ChangeRate(StatedFigure percent, StatedFigure current, StatedFigure previous, string relation, string relationEn)
        => RoundingCheck.ChangeAgrees(percent.Percentage, AmountOf(current), AmountOf(previous)) ? Passed()
        : Record(percent, RoundingCheck.Change(percent.Percentage, AmountOf(current), AmountOf(previous)), current, previous, relation, relationEn);

    /// <summary>Checks a stated change percentage = change ÷ (current − change), when the base is not stated.</summary>
    public CheckOutcome ChangeRateFromDifference(StatedFigure percent, StatedFigure current, StatedFigure change, string relation, string relationEn)
        => RoundingCheck.ChangeFromDifferenceAgrees(percent.Percentage, AmountOf(current), AmountOf(change)) ? Passed()
        : Record(percent, RoundingCheck.ChangeFromDifference(percent.Percentage, AmountOf(current), AmountOf(change)), current, change, relation, relationEn);

    private CheckOutcome Record(StatedFigure stated, CheckResult result, StatedFigure first, StatedFigure second, string relation, string relationEn)
        => result.Outcome == CheckOutcome.Consistent ? Passed() : Record(stated, result, new[] { first, second }, relation, relationEn);

    /// <summary>The message of a check that agrees: never asked for, since only a finding is described.</summary>
    internal static readonly Func<(string Message, string MessageEn)> NoMessage = static () => (string.Empty, string.Empty);

    /// <summary>
    /// Records a check that is not about a number (a code that does not match its row): passed or an error.
    /// <paramref name="describe"/> gives the Chinese and English messages, and is called only for an error.
    /// </summary>
    public void Mismatch(StatedFigure stated, bool agrees, IReadOnlyList<StatedFigure> inputs, Func<(string Message, string MessageEn)> describe)
    {
        ChecksRun++;
        TotalChecks++;
        if (agrees) return;
        _findings.Add(new Finding(_rule, CheckOutcome.Inconsistent, describe, stated, CheckResult.Match(false), inputs));
    }

    /// <summary>
    /// Records a check's result with a message of its own (a relation that is not "stated = recomputed", such as a set of
    /// shares adding up to 100%): a finding unless it is Consistent. <paramref name="describe"/> is called only for a finding.
    /// </summary>
    internal CheckOutcome Record(StatedFigure stated, CheckResult result, IReadOnlyList<StatedFigure> inputs, Func<(string Message, string MessageEn)> describe)
    {
        ChecksRun++;
        TotalChecks++;
        if (result.Outcome == CheckOutcome.Consistent) return result.Outcome;
        _findings.Add(new Finding(_rule, result.Outcome, describe, stated, result, inputs));
        return result.Outcome;
    }

    /// <summary>
    /// Records a check of <paramref name="rule"/>, the rule being run, named at the call for the reader of the FA2xxx checks
    /// (several rules share their helpers). A finding unless Consistent; <paramref name="describe"/> is called only for a finding.
    /// </summary>
    /// <exception cref="InvalidOperationException">The engine is running another rule (a rule must record only its own checks).</exception>
    internal CheckOutcome Record(RuleDescriptor rule, StatedFigure stated, CheckResult result, IReadOnlyList<StatedFigure> inputs, Func<(string Message, string MessageEn)> describe)
    {
        if (!ReferenceEquals(rule, _rule)) throw new InvalidOperationException(rule.Id + " recorded a check while " + _rule.Id + " was running");
        return Record(stated, result, inputs, describe);
    }

    /// <summary>Records a yes/no check of <paramref name="rule"/>: an error (at most the rule's severity) when it fails.</summary>
    internal void Flag(RuleDescriptor rule, StatedFigure stated, bool ok, IReadOnlyList<StatedFigure> inputs, Func<(string Message, string MessageEn)> describe)
        => Record(rule, stated, CheckResult.Match(ok), inputs, describe);

    /// <summary>Formats a recomputed value as messages show it: at most 4 decimals, trailing zeros dropped.</summary>
    internal static string Show(decimal value) => Format(value);

    /// <summary>Records a check's result: a finding unless it is Consistent.</summary>
    public CheckOutcome Record(StatedFigure stated, CheckResult result, IReadOnlyList<StatedFigure> inputs, string relation, string relationEn)
    {
        ChecksRun++;
        TotalChecks++;
        if (result.Outcome == CheckOutcome.Consistent) return result.Outcome;
        // The finding words its messages from its own figures when read: no closure copying them for every finding.
        _findings.Add(new Finding(_rule, stated, result, inputs, relation, relationEn));
        return result.Outcome;
    }

    /// <summary>The messages of a finding on <paramref name="stated"/> = the relation's recomputation, in Chinese and English.</summary>
    internal static (string, string) Describe(StatedFigure stated, CheckResult result, IReadOnlyList<StatedFigure> inputs, string relation, string relationEn)
    {
        var unit = stated.IsPercentage ? "%" : stated.Unit;
        var sources = string.Join("，", inputs.Select(Source));
        var sourcesEn = string.Join("; ", inputs.Select(i => i.Key.Concept + " (" + i.Key.Basis + ") " + i.Value + (i.IsPercentage ? "%" : i.Unit) + " at " + i.Location));
        switch (result.Kind)
        {
            case VerdictKind.Match:
                return (stated.Key + " 列示 " + stated.Value + unit + "，与" + relation + "不一致。依据：" + sources + "。",
                    stated.Key.Concept + " (" + stated.Key.Basis + ") is stated as " + stated.Value + unit + ", which differs from " + relationEn + ": " + sourcesEn + ".");
            case VerdictKind.UndefinedRate:
                return (stated.Key + " 列示 " + stated.Value + unit + "，但按 " + relation + " 计算时基数为 0，比率无定义（基数为 0 时只有 0 ÷ 0 可列示 0%，否则应注明不可比），报告的数字不能得出该比率。依据：" + sources + "。",
                    stated.Key.Concept + " (" + stated.Key.Basis + ") is stated as " + stated.Value + unit + ", but the base of " + relationEn + " is 0: the rate is undefined, so no figure of the report supports it (" + sourcesEn + ").");
        }
        var exact = Format(result.Exact);
        var range = "[" + Format(result.Expected.Min) + ", " + Format(result.Expected.Max) + "]";
        string verdict, verdictEn;
        switch (result.Outcome)
        {
            case CheckOutcome.WithinRounding:
                verdict = "差额 " + Format(result.Difference) + unit + " 在四舍五入可解释的范围内";
                verdictEn = "the difference of " + Format(result.Difference) + unit + " is explained by rounding";
                break;
            case CheckOutcome.Truncated:
                verdict = "四舍五入无法得出该数，仅截尾（舍去）可以";
                verdictEn = "no rounding gives the printed figure; only truncation does";
                break;
            default:
                verdict = "差额 " + Format(result.Difference) + unit + "，舍入无法解释";
                verdictEn = "the difference of " + Format(result.Difference) + unit + " cannot be explained by rounding";
                break;
        }
        var message = stated.Key + " 列示 " + stated.Value + unit + "，按 " + relation + " 计算为 " + exact + unit
            + "（舍入允许 " + range + "），" + verdict + "。依据：" + sources + "。";
        var messageEn = stated.Key.Concept + " (" + stated.Key.Basis + ") is stated as " + stated.Value + unit + "; " + relationEn
            + " gives " + exact + unit + " (rounding allows " + range + "): " + verdictEn + ".";
        return (message, messageEn);
    }

    /// <summary>
    /// An input as the 依据 names it: which row it is (功能分类 code and name, else the code or item printed, else the
    /// scope) before concept, basis and value, so eleven inputs of one concept stay distinguishable.
    /// </summary>
    private static string Source(StatedFigure input)
    {
        var which = input.Function is { } function ? function.Code + " " + function.Name
            : input.Code.Length > 0 ? input.Code + (input.Key.Item.Length > 0 ? " " + input.Key.Item : string.Empty)
            : input.Key.Item.Length > 0 ? input.Key.Item
            : input.Key.Scope;
        return (which.Length > 0 ? which + " " : string.Empty) + input.Key.Concept + "（" + input.Key.Basis + "）" + input;
    }

    private static string Format(decimal value)
    {
        // Enough digits to show a rounding question, no more: 4 decimals, trailing zeros dropped.
        var rounded = decimal.Round(value, 4, MidpointRounding.AwayFromZero);
        return rounded.ToString("0.####", CultureInfo.InvariantCulture);
    }
}
