using System.Collections.Generic;
using System.Linq;
using FinalAccounts.Money;
using FinalAccounts.Reports;

namespace FinalAccounts.Validation.Rules;

/// <summary>
/// The shares (占比) a sentence states for the parts of one whole add up to 100% when the parts make up the whole, and to
/// at most 100% when they are some of its disjoint parts — within what the printed decimals allow (n shares at 2 decimals:
/// ± n × 0.005 percentage points).
/// </summary>
/// <remarks>
/// Shares are added only where the report shows that their parts do not overlap (授予中小企业 and 授予小微企业 are both
/// shares of 政府采购支出, and one contains the other): the parts of a complete breakdown (其中, 一是…) of the whole in the
/// same sentence, the parts of a standard identity (本年支出合计 = 基本支出 + 项目支出 + …, 三公经费 = …), or 功能分类
/// rows of which none contains another. They are complete — so must reach 100% — when they cover every part of that
/// breakdown or identity.
/// </remarks>
internal sealed partial class ShareSumRule : IReportRule
{
    // The standard partitions: a whole and the parts that make it up exactly (the sum identities of the catalogue).
    private static readonly Dictionary<string, string[]> s_partitions = new()
    {
        ["收入总计"] = new[] { "本年收入合计", "使用非财政拨款结余", "年初结转和结余" },
        ["支出总计"] = new[] { "本年支出合计", "结余分配", "年末结转和结余" },
        ["本年收入合计"] = new[] { "一般公共预算财政拨款收入", "政府性基金预算财政拨款收入", "国有资本经营预算财政拨款收入", "上级补助收入", "事业收入", "经营收入", "附属单位上缴收入", "其他收入" },
        ["本年支出合计"] = new[] { "基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出" },
        ["基本支出"] = new[] { "人员经费", "公用经费" },
        ["三公经费"] = new[] { "因公出国（境）费", "公务用车购置及运行维护费", "公务接待费" },
        ["公务用车购置及运行维护费"] = new[] { "公务用车购置费", "公务用车运行维护费" },
        ["公务接待费"] = new[] { "国内公务接待费", "国（境）外公务接待费" },
        ["政府采购支出"] = new[] { "政府采购货物支出", "政府采购工程支出", "政府采购服务支出" },
    };

    public ShareSumRule(RuleDescriptor descriptor) => Descriptor = descriptor;

    public RuleDescriptor Descriptor { get; }

    public void Check(RuleContext context)
    {
        // This thread's lists, reused for every statement and group of every check: most statements state one share or
        // none, and a list per statement, per group and per partition test was nearly all this rule allocated.
        var shares = s_shares ??= new List<StatedFigure>();
        var parts = s_parts ??= new List<StatedFigure>();
        var numerators = s_numerators ??= new List<FigureKey>();
        var partKeys = s_partKeys ??= new List<FigureKey>();
        try
        {
            // Indexed loops here and below: a foreach over an IReadOnlyList allocates an enumerator, once per statement here.
            var statements = context.Report.Statements;
            for (var s = 0; s < statements.Count; s++)
            {
                var statement = statements[s];
                shares.Clear();
                Shares(statement, shares);
                // Two shares at least: most sentences state none.
                if (shares.Count < 2) continue;
                // The shares grouped by whole, groups in order of first appearance, each in printed order.
                for (var i = 0; i < shares.Count; i++)
                {
                    var whole = shares[i].ShareOf!.Value;
                    if (SeenBefore(shares, i, whole)) continue;
                    parts.Clear();
                    for (var j = i + 1; j < shares.Count; j++)
                    {
                        if (shares[j].ShareOf!.Value != whole) continue;
                        if (parts.Count == 0) parts.Add(shares[i]);
                        parts.Add(shares[j]);
                    }
                    if (parts.Count == 0) continue;
                    var (disjoint, complete) = Partition(statement, whole, parts, context.Report.Info.OwnBasis, numerators, partKeys);
                    if (disjoint) Check(context, whole, parts, complete);
                }
            }
        }
        finally
        {
            // The lists must not keep a checked report alive.
            shares.Clear();
            parts.Clear();
            numerators.Clear();
            partKeys.Clear();
        }
    }

    [System.ThreadStatic]
    private static List<StatedFigure>? s_shares;

    [System.ThreadStatic]
    private static List<StatedFigure>? s_parts;

    [System.ThreadStatic]
    private static List<FigureKey>? s_numerators;

    [System.ThreadStatic]
    private static List<FigureKey>? s_partKeys;

    private static bool SeenBefore(List<StatedFigure> shares, int index, FigureKey whole)
    {
        for (var i = 0; i < index; i++)
        {
            if (shares[i].ShareOf!.Value == whole) return true;
        }
        return false;
    }

    private static void Check(RuleContext context, FigureKey whole, List<StatedFigure> parts, bool complete)
    {
        decimal sum = 0m;
        Interval range = default;
        for (var i = 0; i < parts.Count; i++)
        {
            sum += parts[i].Percentage.Value;
            range += parts[i].Percentage.Interval;
        }
        CheckOutcome outcome = complete
            ? (sum == 100m ? CheckOutcome.Consistent : range.Contains(100m) ? CheckOutcome.WithinRounding : CheckOutcome.Inconsistent)
            : (sum <= 100m ? CheckOutcome.Consistent : range.Min <= 100m ? CheckOutcome.WithinRounding : CheckOutcome.Inconsistent);
        var expected = complete ? new Interval(100m, 100m) : new Interval(0m, 100m);
        // Located at the largest share (then by key), so the finding does not depend on the order the sentence lists them in;
        // a passed check is located nowhere, so the order is worked out only for a finding.
        var result = new CheckResult(outcome, sum, expected, sum - 100m);
        if (outcome == CheckOutcome.Consistent)
        {
            context.Record(parts[0], result, parts, RuleContext.NoMessage);
            return;
        }
        // A finding keeps its inputs and its message reads them later: a list of its own, not this thread's reused one.
        var inputs = new List<StatedFigure>(parts);
        var stated = inputs.OrderByDescending(p => p.Percentage.Value).ThenBy(p => p.Key.ToString(), System.StringComparer.Ordinal).First();
        context.Record(stated, result, inputs, Describing(whole, inputs, sum, range, complete, outcome));
    }

    // A method of its own so that the captured variables are allocated only for a finding, not for every passed check.
    private static System.Func<(string, string)> Describing(FigureKey whole, List<StatedFigure> parts, decimal sum, Interval range, bool complete, CheckOutcome outcome)
        => () => Describe(whole, parts, sum, range, complete, outcome);

    private static (string, string) Describe(FigureKey whole, List<StatedFigure> parts, decimal sum, Interval range, bool complete, CheckOutcome outcome)
    {
        var list = string.Join("，", parts.Select(p => PartName(p) + p.Value + "%"));
        var slack = RuleContext.Show((range.Max - range.Min) / 2);
        var rangeText = "[" + RuleContext.Show(range.Min) + ", " + RuleContext.Show(range.Max) + "]";
        string claim = complete ? "构成" + whole + "的各项占比之和应为100%" : whole + "中互不重叠的各项占比之和不应超过100%";
        string claimEn = complete ? "the shares of the parts that make up " + whole.Concept + " must add up to 100%" : "shares of disjoint parts of " + whole.Concept + " cannot exceed 100%";
        string verdict = outcome == CheckOutcome.WithinRounding
            ? "差额在" + parts.Count + "项占比各自舍入可解释的范围内（最多 ±" + slack + "个百分点）"
            : "差额 " + RuleContext.Show(sum - 100m) + "个百分点，超出" + parts.Count + "项占比各自舍入所能解释的 ±" + slack + "个百分点";
        var message = claim + "：" + list + "，合计 " + RuleContext.Show(sum) + "%（舍入允许 " + rangeText + "），" + verdict + "。";
        var messageEn = claimEn + ": the " + parts.Count + " shares add up to " + RuleContext.Show(sum) + "% (rounding allows " + rangeText + "), "
            + (outcome == CheckOutcome.WithinRounding ? "a difference rounding explains." : "off by " + RuleContext.Show(sum - 100m) + " points, more than rounding explains.");
        return (message, messageEn);
    }

    private static string PartName(StatedFigure share)
    {
        var k = share.Key;
        var path = k.FunctionPath.Length > 0 ? k.FunctionPath.Split('/').Last() : k.Concept;
        return (k.Item.Length > 0 ? k.Item : path) + " ";
    }

    /// <summary>Whether the shares' parts are known not to overlap, and whether they make up the whole.</summary>
    private static (bool Disjoint, bool Complete) Partition(Statement statement, FigureKey whole, List<StatedFigure> shares, string ownBasis,
        List<FigureKey> numerators, List<FigureKey> partKeys)
    {
        // The first two ways need the shares' parts on the report's own basis; a group that neither can take (no breakdown
        // of the whole here, no standard identity of it) goes straight to the rows test.
        s_partitions.TryGetValue(whole.Concept, out var standard);
        if (standard == null && !Breaks(statement, whole)) return Rows(shares, whole);
        numerators.Clear();
        for (var i = 0; i < shares.Count; i++) numerators.Add(shares[i].Key.WithBasis(ownBasis));

        // A complete breakdown of the whole in the same sentence.
        var explanations = statement.Explanations;
        for (var e = 0; e < explanations.Count; e++)
        {
            var explanation = explanations[e];
            if (!OfWhole(explanation, whole)) continue;
            partKeys.Clear();
            var zeroOrShared = true;
            var words = false;
            var explanationParts = explanation.Parts;
            for (var p = 0; p < explanationParts.Count; p++)
            {
                var part = explanationParts[p];
                var key = part.Figure?.Key ?? part.Reference;
                if (key is not FigureKey k)
                {
                    words = true;
                    continue;
                }
                partKeys.Add(k);
                if (!numerators.Contains(k) && !(part.Figure != null && part.Figure.IsMoney && part.Figure.Amount.Value == 0m)) zeroOrShared = false;
            }
            if (Contains(partKeys, numerators)) return (true, zeroOrShared && !words);
        }

        // The parts of a standard identity, on the whole's scope, path and item.
        if (standard != null && OfStandard(numerators, standard, whole) && DistinctConcepts(numerators))
        {
            return (true, Covers(numerators, standard));
        }
        return Rows(shares, whole);
    }

    /// <summary>功能分类 rows of the whole's concept of which none contains another: disjoint, never known complete.</summary>
    private static (bool Disjoint, bool Complete) Rows(List<StatedFigure> shares, FigureKey whole)
    {
        if (!AllRowsOf(shares, whole)) return (false, false);
        for (int i = 0; i < shares.Count; i++)
        {
            for (int j = 0; j < shares.Count; j++)
            {
                var a = shares[i].Function!.Value;
                var b = shares[j].Function!.Value;
                if (i != j && (a == b || a.IsAncestorOf(b))) return (false, false);
            }
        }
        return (true, false);
    }

    /// <summary>Whether the statement breaks the whole down completely (not 主要包括…等) in any of its explanations.</summary>
    private static bool Breaks(Statement statement, FigureKey whole)
    {
        var explanations = statement.Explanations;
        for (var e = 0; e < explanations.Count; e++)
        {
            if (OfWhole(explanations[e], whole)) return true;
        }
        return false;
    }

    private static bool OfWhole(Explanation explanation, FigureKey whole)
        => !explanation.IsPartial && (explanation.Explains == whole || Contains(explanation.AlsoExplains, whole));

    // Loops rather than LINQ: Partition runs for every group of shares, and a lambda that captures allocates on every call.
    private static bool Contains(IReadOnlyList<FigureKey> keys, FigureKey key)
    {
        for (var i = 0; i < keys.Count; i++)
        {
            if (keys[i] == key) return true;
        }
        return false;
    }

    private static bool Contains(List<FigureKey> keys, List<FigureKey> all)
    {
        for (var i = 0; i < all.Count; i++)
        {
            if (!keys.Contains(all[i])) return false;
        }
        return true;
    }

    private static bool OfStandard(List<FigureKey> numerators, string[] standard, FigureKey whole)
    {
        for (var i = 0; i < numerators.Count; i++)
        {
            var k = numerators[i];
            if (System.Array.IndexOf(standard, k.Concept) < 0 || k.Scope != whole.Scope || k.FunctionPath != whole.FunctionPath || k.Item != whole.Item) return false;
        }
        return true;
    }

    private static bool DistinctConcepts(List<FigureKey> numerators)
    {
        for (var i = 0; i < numerators.Count; i++)
        {
            for (var j = 0; j < i; j++)
            {
                if (numerators[i].Concept == numerators[j].Concept) return false;
            }
        }
        return true;
    }

    private static bool Covers(List<FigureKey> numerators, string[] standard)
    {
        foreach (var concept in standard)
        {
            var found = false;
            for (var i = 0; i < numerators.Count && !found; i++) found = numerators[i].Concept == concept;
            if (!found) return false;
        }
        return true;
    }

    private static bool AllRowsOf(List<StatedFigure> shares, FigureKey whole)
    {
        for (var i = 0; i < shares.Count; i++)
        {
            var s = shares[i];
            if (s.Function == null || s.Key.Concept != whole.Concept || s.Key.Scope != whole.Scope || s.Key.Item != whole.Item) return false;
        }
        return true;
    }

    /// <summary>Adds the statement's shares of a named whole to <paramref name="shares"/>, each key and whole once, in printed order.</summary>
    private static void Shares(Statement statement, List<StatedFigure> shares)
    {
        var figures = statement.Figures;
        for (var f = 0; f < figures.Count; f++) AddShare(shares, figures[f]);
        var explanations = statement.Explanations;
        for (var e = 0; e < explanations.Count; e++)
        {
            var parts = explanations[e].Parts;
            for (var p = 0; p < parts.Count; p++)
            {
                if (parts[p].Figure is { } figure) AddShare(shares, figure);
            }
        }
    }

    private static void AddShare(List<StatedFigure> shares, StatedFigure figure)
    {
        if (!figure.IsPercentage || figure.Key.Basis != ReportVocabulary.Share || figure.ShareOf == null) return;
        for (var i = 0; i < shares.Count; i++)
        {
            if (shares[i].Key == figure.Key && shares[i].ShareOf == figure.ShareOf) return;
        }
        shares.Add(figure);
    }
}
