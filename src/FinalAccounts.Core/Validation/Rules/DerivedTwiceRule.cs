using System.Collections.Generic;
using System.Linq;
using FinalAccounts.Money;
using FinalAccounts.Reports;
using static FinalAccounts.Reports.ReportVocabulary;

namespace FinalAccounts.Validation.Rules;

/// <summary>
/// A figure the report determines more than once — stated, and derived from others: 年初预算 = 决算 − 较年初预算增减 =
/// 决算 ÷ 完成年初预算率 = 增减 ÷ 增减率, 上年决算 = 决算 − 较上年决算增减 = 增减 ÷ 增减率 — has one value: every
/// determination is an interval of what the printed figures allow, and two from different sentences must meet.
/// </summary>
/// <remarks>
/// Determinations inside one sentence are the rate and difference rules' (FA1020–FA1026), two stated figures FA1030's;
/// this rule compares only determinations drawn from different sentences, and reports each quantity once, naming the
/// statements that disagree. With <c>viaAlias</c> it compares 财政拨款收入支出总计 with 一般公共预算财政拨款支出, which are
/// the same quantity only when the report states 政府性基金 and 国有资本经营 财政拨款 as 0 and both totals' 决算 agree; that
/// inference is the report's, not an identity of the template, so it is at most a warning.
/// </remarks>
internal sealed class DerivedTwiceRule : IReportRule
{
    private const string AppropriationTotal = "财政拨款收入支出总计";
    private const string GeneralExpenditure = "一般公共预算财政拨款支出";

    private readonly bool _viaAlias;

    public DerivedTwiceRule(RuleDescriptor descriptor, bool viaAlias)
    {
        Descriptor = descriptor;
        _viaAlias = viaAlias;
    }

    public RuleDescriptor Descriptor { get; }

    private sealed class Determination
    {
        public Determination(Interval range, decimal exact, string text, string textEn, IReadOnlyList<StatedFigure> figures, bool stated, bool viaAlias)
        {
            Range = range;
            Exact = exact;
            Text = text;
            TextEn = textEn;
            Figures = figures;
            Stated = stated;
            ViaAlias = viaAlias;
        }

        public Interval Range { get; }
        public decimal Exact { get; }
        public string Text { get; }
        public string TextEn { get; }
        public IReadOnlyList<StatedFigure> Figures { get; }
        public bool Stated { get; }
        public bool ViaAlias { get; }
    }

    public void Check(RuleContext context)
    {
        var report = context.Report;
        bool alias = AliasHolds(report);
        if (_viaAlias && !alias) return;
        var quantities = new HashSet<FigureKey>();
        foreach (var f in report.Figures)
        {
            if (!f.IsMoney && !f.IsPercentage) continue;
            var k = f.Key;
            if (k.Basis is InitialBudget or ChangeFromBudget or ChangeFromBudgetRate or InitialBudgetCompletion) quantities.Add(k.WithBasis(InitialBudget));
            if (k.Basis is PreviousActual or ChangeFromPrevious or ChangeFromPreviousRate) quantities.Add(k.WithBasis(PreviousActual));
        }
        foreach (var quantity in quantities.OrderBy(q => q.ToString(), System.StringComparer.Ordinal))
        {
            // The pair is one quantity: checked once, under 一般公共预算财政拨款支出.
            if (_viaAlias && (AliasOf(quantity) == null || quantity.Concept != GeneralExpenditure && quantities.Contains(AliasOf(quantity)!.Value))) continue;
            var determinations = new List<Determination>();
            Collect(report, quantity, false, determinations);
            if (alias && AliasOf(quantity) is FigureKey other) Collect(report, other, true, determinations);
            Compare(context, quantity, determinations);
        }
    }

    private void Compare(RuleContext context, FigureKey quantity, List<Determination> all)
    {
        Determination? left = null, right = null;
        decimal widest = -1m;
        bool compared = false;
        for (int i = 0; i < all.Count; i++)
        {
            for (int j = i + 1; j < all.Count; j++)
            {
                var a = all[i];
                var b = all[j];
                if (a.Stated && b.Stated && !a.ViaAlias && !b.ViaAlias) continue;            // FA1030's
                if (a.ViaAlias == b.ViaAlias && _viaAlias) continue;                          // FA1110's
                if (!_viaAlias && (a.ViaAlias || b.ViaAlias)) continue;                        // FA1111's
                if (a.Figures.Any(x => b.Figures.Any(y => x.Location.StatementId == y.Location.StatementId))) continue;
                compared = true;
                if (a.Range.Intersects(b.Range)) continue;
                decimal gap = a.Range.Min > b.Range.Max ? a.Range.Min - b.Range.Max : b.Range.Min - a.Range.Max;
                if (gap > widest)
                {
                    widest = gap;
                    left = a;
                    right = b;
                }
            }
        }
        if (!compared) return;
        if (left == null || right == null)
        {
            var any = all.First(d => d.Figures.Count > 0);
            context.Record(any.Figures[0], new CheckResult(CheckOutcome.Consistent, any.Exact, any.Range, 0m), any.Figures, () => (string.Empty, string.Empty));
            return;
        }
        // Located at a stated figure of the quantity when there is one, else at the first figure of the first determination.
        var (first, second) = right.Stated && !left.Stated ? (right, left) : (left, right);
        var stated = first.Figures[0];
        var inputs = first.Figures.Concat(second.Figures).Distinct().ToList();
        var result = new CheckResult(CheckOutcome.Inconsistent, second.Exact, second.Range, first.Exact - second.Exact);
        context.Record(stated, result, inputs, () => Describe(quantity, first, second, all));
    }

    private static (string, string) Describe(FigureKey quantity, Determination a, Determination b, List<Determination> all)
    {
        string Where(Determination d) => string.Join("、", d.Figures.Select(f => f.Location.ToString()).Distinct());
        string Range(Interval r) => "[" + RuleContext.Show(r.Min) + ", " + RuleContext.Show(r.Max) + "]";
        decimal gap = a.Range.Min > b.Range.Max ? a.Range.Min - b.Range.Max : b.Range.Min - a.Range.Max;
        var others = all.Where(d => !ReferenceEquals(d, a) && !ReferenceEquals(d, b)).Select(d => d.Text + "（" + Where(d) + "）").ToList();
        var message = quantity + " 在报告中得出两个不同的值：" + a.Text + "（" + Where(a) + "，允许 " + Range(a.Range) + "）；"
            + b.Text + "（" + Where(b) + "，允许 " + Range(b.Range) + "）。两者相差 " + RuleContext.Show(a.Exact - b.Exact) + "万元（舍入后至少 " + RuleContext.Show(gap) + "万元），舍入无法解释"
            + (a.ViaAlias || b.ViaAlias ? "（报告称无政府性基金、国有资本经营预算财政拨款，且两项决算一致，故财政拨款收入支出总计与一般公共预算财政拨款支出应为同一数）" : string.Empty)
            + "。" + (others.Count > 0 ? "其他得出：" + string.Join("；", others) + "。" : string.Empty);
        var messageEn = quantity.Concept + " (" + quantity.Basis + ") is determined twice with different values: " + a.TextEn + " allows " + Range(a.Range)
            + ", " + b.TextEn + " allows " + Range(b.Range) + "; at least " + RuleContext.Show(gap) + " apart, more than rounding explains.";
        return (message, messageEn);
    }

    private static void Collect(FinalAccountsReport report, FigureKey quantity, bool viaAlias, List<Determination> into)
    {
        bool budget = quantity.Basis == InitialBudget;
        string change = budget ? ChangeFromBudget : ChangeFromPrevious;
        string rate = budget ? ChangeFromBudgetRate : ChangeFromPreviousRate;
        string name = quantity.Concept;
        foreach (var s in report.Find(quantity).Where(f => f.IsMoney))
        {
            var a = Wan(s);
            into.Add(new Determination(a.Interval, a.Value, "列示 " + s + "", "stated " + s, new[] { s }, true, viaAlias));
        }
        var actuals = report.Find(quantity.WithBasis(Actual)).Where(f => f.IsMoney).ToList();
        var changes = report.Find(quantity.WithBasis(change)).Where(f => f.IsMoney).ToList();
        foreach (var a in actuals)
        {
            foreach (var c in changes)
            {
                var x = Wan(a);
                var d = Wan(c);
                into.Add(new Determination(x.Interval - d.Interval, x.Value - d.Value,
                    "按 " + name + " 决算 " + a + " − " + change + " " + c + " 得 " + RuleContext.Show(x.Value - d.Value) + "万元",
                    "actual " + a + " − change " + c, new[] { a, c }, false, viaAlias));
            }
        }
        if (budget)
        {
            foreach (var a in actuals)
            {
                foreach (var r in report.Find(quantity.WithBasis(InitialBudgetCompletion)).Where(f => f.IsPercentage && f.Percentage.Value != 0m))
                {
                    var x = Wan(a);
                    if (!x.Interval.TryDivide(r.Percentage.Interval * 0.01m, out var range)) continue;
                    decimal exact = x.Value / r.Percentage.Value * 100m;
                    into.Add(new Determination(range, exact, "按 " + name + " 决算 " + a + " ÷ 完成年初预算率 " + r + " 得 " + RuleContext.Show(exact) + "万元",
                        "actual " + a + " / completion " + r, new[] { a, r }, false, viaAlias));
                }
            }
        }
        foreach (var c in changes)
        {
            foreach (var r in report.Find(quantity.WithBasis(rate)).Where(f => f.IsPercentage && f.Percentage.Value != 0m))
            {
                var d = Wan(c);
                if (!d.Interval.TryDivide(r.Percentage.Interval * 0.01m, out var range)) continue;
                decimal exact = d.Value / r.Percentage.Value * 100m;
                into.Add(new Determination(range, exact, "按 " + change + " " + c + " ÷ " + rate + " " + r + " 得 " + RuleContext.Show(exact) + "万元",
                    "change " + c + " / rate " + r, new[] { c, r }, false, viaAlias));
            }
        }
    }

    private static Amount Wan(StatedFigure f) => RuleContext.AmountOf(f).ConvertTo(CurrencyUnit.WanYuan);

    private static FigureKey? AliasOf(FigureKey key)
    {
        if (key.Scope.Length > 0 || key.FunctionPath.Length > 0 || key.Item.Length > 0) return null;
        return key.Concept == AppropriationTotal ? new FigureKey(GeneralExpenditure, key.Basis)
            : key.Concept == GeneralExpenditure ? new FigureKey(AppropriationTotal, key.Basis)
            : null;
    }

    /// <summary>
    /// 财政拨款收入支出总计 and 一般公共预算财政拨款支出 are one quantity when the report states 政府性基金 and 国有资本经营
    /// 财政拨款 as 0 and the two 决算 figures agree (no 财政拨款 carried over or left at year end).
    /// </summary>
    private static bool AliasHolds(FinalAccountsReport report)
    {
        bool Zero(params string[] concepts) => concepts.Any(c => report.Find(new FigureKey(c, Actual)).Any(f => f.IsMoney && f.Amount.Value == 0m));
        if (!Zero("政府性基金预算财政拨款支出", "政府性基金预算财政拨款收入")) return false;
        if (!Zero("国有资本经营预算财政拨款支出", "国有资本经营预算财政拨款收入")) return false;
        var totals = report.Find(new FigureKey(AppropriationTotal, Actual)).Where(f => f.IsMoney).ToList();
        var general = report.Find(new FigureKey(GeneralExpenditure, Actual)).Where(f => f.IsMoney).ToList();
        return totals.Count > 0 && general.Count > 0 && totals.All(t => general.All(g => Wan(t).Interval.Intersects(Wan(g).Interval)));
    }
}
