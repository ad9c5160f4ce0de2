using System;
using System.Collections.Generic;
using System.Linq;
using FinalAccounts.Classification;
using FinalAccounts.Money;
using FsCheck;
using FsCheck.Fluent;

namespace FinalAccounts.Core.Tests.Validation.Properties;

/// The independent choices of one year's 收入支出决算总表: amounts in 分, shares in ‰ of their whole.
internal sealed record YearSpec(long[] Sources, long Unused, long Opening, int SpendPermille, int DistributionPermille, int BasicPermille, int PersonnelPermille);

/// Everything a generated report follows from. Amounts are exact, in 分; the published report rounds them.
internal sealed record Spec(
    bool[] Present,
    YearSpec Current,
    YearSpec Previous,
    int[] Items,
    long[] ItemBudgets,
    int[] ItemActualPermille,
    long FundExpenditure,
    long[] ThreePublicBudgets,
    int[] ThreePublicPermille,
    long[] Procurement,
    int[] SmePermille,
    int[] ProjectItemPermille,
    int Granularity,
    MidpointRounding Mode,
    CurrencyUnit Unit,
    int Style)
{
    public override string ToString() =>
        $"Spec(unit {Unit}, mode {Mode}, granularity {Granularity} 分, style {Style}, sources [{string.Join(",", Current.Sources)}], " +
        $"items [{string.Join(",", Items.Select(i => ExactAccounts.ItemPool[i]))}])";
}

/// One year's figures in 分, every identity of the 收入支出决算总表 exact.
internal sealed class Year
{
    public Year(YearSpec s, bool[] present)
    {
        Sources = s.Sources.Select((v, i) => present[i] ? v : 0L).ToArray();
        Income = Sources.Sum();
        Unused = s.Unused;
        Opening = s.Opening;
        TotalIn = Income + Unused + Opening;
        Spend = TotalIn * s.SpendPermille / 1000;
        long rest = TotalIn - Spend;
        Distribution = rest * s.DistributionPermille / 1000;
        Closing = rest - Distribution;
        Basic = Spend * s.BasicPermille / 1000;
        Project = Spend - Basic;
        Personnel = Basic * s.PersonnelPermille / 1000;
        Public = Basic - Personnel;
    }

    public long[] Sources { get; }
    public long Income { get; }
    public long Unused { get; }
    public long Opening { get; }
    public long TotalIn { get; }
    public long Spend { get; }
    public long Distribution { get; }
    public long Closing { get; }
    public long TotalOut => Spend + Distribution + Closing;
    public long Basic { get; }
    public long Project { get; }
    public long Personnel { get; }
    public long Public { get; }

    /// The headline concepts of section 一 with their values.
    public long Of(string concept) => concept switch
    {
        "收入总计" => TotalIn,
        "支出总计" => TotalOut,
        "本年收入合计" => Income,
        "本年支出合计" => Spend,
        "使用非财政拨款结余" => Unused,
        "年初结转和结余" => Opening,
        "结余分配" => Distribution,
        "年末结转和结余" => Closing,
        "基本支出" => Basic,
        "项目支出" => Project,
        _ => throw new ArgumentOutOfRangeException(nameof(concept), concept, "not a headline concept"),
    };
}

/// The exact accounts of one unit for the report year and the year before.
internal sealed class ExactAccounts
{
    public const long Wan = 1_000_000; // 1 万元 in 分

    public static readonly string[] SourceNames =
    {
        "一般公共预算财政拨款收入", "政府性基金预算财政拨款收入", "上级补助收入", "事业收入", "其他收入",
    };

    /// 项 codes the 功能分类 tree is drawn from: 208 has two 款 (20805, 20807), the others one.
    public static readonly string[] ItemPool =
    {
        "2010601", "2010602", "2080501", "2080505", "2080506", "2080704", "2080705", "2101101", "2101102", "2210201", "2210203",
    };

    /// 三公 leaves: 因公出国（境）费, 公务用车购置费, 公务用车运行维护费, 国内公务接待费, 国（境）外公务接待费.
    public static readonly string[] ThreePublicLeaves = { "因公出国（境）费", "公务用车购置费", "公务用车运行维护费", "国内公务接待费", "国（境）外公务接待费" };

    public static readonly string[] ProcurementNames = { "政府采购货物支出", "政府采购工程支出", "政府采购服务支出" };
    public static readonly string[] SmeNames = { "货物采购授予中小企业合同金额", "工程采购授予中小企业合同金额", "服务采购授予中小企业合同金额" };
    public static readonly string[] ProjectNames = { "人才开发专项资金", "信息化建设项目", "就业创业补助资金" };

    public ExactAccounts(Spec spec)
    {
        Spec = spec;
        Current = new Year(spec.Current, spec.Present);
        Previous = new Year(spec.Previous, spec.Present);
        Items = spec.Items.Select(i => (Code: FunctionCode.Parse(ItemPool[i]), Budget: spec.ItemBudgets[i],
            Actual: spec.ItemBudgets[i] * spec.ItemActualPermille[i] / 1000 + spec.ItemBudgets[i] % 9973)).ToList();
        var nodes = new Dictionary<FunctionCode, (long Budget, long Actual)>();
        foreach (var (code, budget, actual) in Items)
        {
            for (FunctionCode? c = code; c is FunctionCode v; c = v.Parent)
            {
                nodes.TryGetValue(v, out var sum);
                nodes[v] = (sum.Budget + budget, sum.Actual + actual);
            }
        }
        Tree = nodes.OrderBy(n => n.Key.Code, StringComparer.Ordinal).Select(n => (n.Key, n.Value.Budget, n.Value.Actual)).ToList();
        GeneralBudget = Items.Sum(i => i.Budget);
        GeneralActual = Items.Sum(i => i.Actual);
        FundExpenditure = spec.FundExpenditure;
        ThreePublicBudgets = spec.ThreePublicBudgets;
        ThreePublicActuals = spec.ThreePublicBudgets.Select((b, i) => b * spec.ThreePublicPermille[i] / 1000).ToArray();
        Procurement = spec.Procurement;
        Sme = spec.Procurement.Select((p, i) => p * spec.SmePermille[i] / 1000).ToArray();
        ProjectItems = spec.ProjectItemPermille.Select(p => Current.Project * p / 1000).ToArray();
    }

    public Spec Spec { get; }
    public Year Current { get; }
    public Year Previous { get; }
    public List<(FunctionCode Code, long Budget, long Actual)> Items { get; }

    /// Every 类, 款 and 项 with its budget and actual (sums of the 项 below it), in code order.
    public List<(FunctionCode Code, long Budget, long Actual)> Tree { get; }
    public long GeneralBudget { get; }
    public long GeneralActual { get; }
    public long FundExpenditure { get; }
    public long AppropriationTotal => GeneralActual + FundExpenditure;
    public long[] ThreePublicBudgets { get; }
    public long[] ThreePublicActuals { get; }
    public long[] Procurement { get; }
    public long[] Sme { get; }
    public long[] ProjectItems { get; }

    public static string NamePath(FunctionCode code)
    {
        var names = new List<string>();
        for (FunctionCode? c = code; c is FunctionCode v; c = v.Parent) names.Insert(0, v.Name);
        return string.Join("/", names);
    }
}

/// Generators of exact accounts, with a cheap shrinker that drops optional parts.
internal static class ReportGen
{
    /// An amount in 分 between min and max 百元 (a 万元 figure is 100 百元), with arbitrary 分.
    private static Gen<long> Cents(int minHundredYuan, int maxHundredYuan) =>
        Gen.Choose(minHundredYuan, maxHundredYuan).SelectMany(h => Gen.Choose(0, 9999), (h, c) => (long)h * 10000 + c);

    private static Gen<long> OftenZero(Gen<long> amount) => Gen.Frequency((1, Gen.Constant(0L)), (2, amount));

    private static readonly Gen<YearSpec> YearSpecs =
        from sources in Cents(100, 300_000).ArrayOf(ExactAccounts.SourceNames.Length)
        from unused in OftenZero(Cents(100, 20_000))
        from opening in OftenZero(Cents(100, 50_000))
        from spend in Gen.Choose(600, 1000)
        from distribution in Gen.Frequency((1, Gen.Constant(0)), (1, Gen.Choose(0, 300)))
        from basic in Gen.Choose(200, 900)
        from personnel in Gen.Choose(500, 950)
        select new YearSpec(sources, unused, opening, spend, distribution, basic, personnel);

    public static readonly Gen<Spec> Specs =
        from present in Gen.Elements(true, false).ArrayOf(ExactAccounts.SourceNames.Length)
        from current in YearSpecs
        from previous in YearSpecs
        from mask in Gen.Elements(true, false).ArrayOf(ExactAccounts.ItemPool.Length)
        from budgets in Cents(100, 100_000).ArrayOf(ExactAccounts.ItemPool.Length)
        from actual in Gen.Choose(500, 1300).ArrayOf(ExactAccounts.ItemPool.Length)
        from fund in OftenZero(Cents(100, 100_000))
        from threeBudgets in Cents(0, 6_000).ArrayOf(5)
        from threePermille in Gen.Choose(0, 1000).ArrayOf(5)
        from goods in Cents(100, 200_000)
        from works in OftenZero(Cents(100, 200_000))
        from services in OftenZero(Cents(100, 200_000))
        from sme in Gen.Choose(0, 1000).ArrayOf(3)
        from projectItems in Gen.Choose(2, 3).SelectMany(n => Gen.Choose(50, 300).ArrayOf(n))
        from granularity in Gen.Elements(1, 100, 5000)
        from mode in Gen.Elements(MidpointRounding.AwayFromZero, MidpointRounding.ToEven)
        from unit in Gen.Elements(CurrencyUnit.WanYuan, CurrencyUnit.Yuan)
        from style in Gen.Choose(0, int.MaxValue)
        select Granular(new Spec(
            present.Select((p, i) => p || i == 0).ToArray(), current, previous,
            Enumerable.Range(0, mask.Length).Where(i => mask[i]).DefaultIfEmpty(2).ToArray(), budgets, actual, fund,
            threeBudgets.Select((b, i) => i == 0 ? b + ExactAccounts.Wan : b).ToArray(), threePermille,
            new[] { goods, works, services }, sme, projectItems, granularity, mode, unit, style));

    /// Amounts rounded down to the granularity (1 分, 1 元 or 50 元), so exact half-way cases occur when publishing in 万元.
    private static Spec Granular(Spec s)
    {
        long G(long v) => v / s.Granularity * s.Granularity;
        long[] A(long[] v) => v.Select(G).ToArray();
        YearSpec Y(YearSpec y) => y with { Sources = A(y.Sources), Unused = G(y.Unused), Opening = G(y.Opening) };
        return s with
        {
            Current = Y(s.Current), Previous = Y(s.Previous), ItemBudgets = A(s.ItemBudgets), FundExpenditure = G(s.FundExpenditure),
            ThreePublicBudgets = A(s.ThreePublicBudgets), Procurement = A(s.Procurement),
        };
    }

    /// Smaller reports first: fewer 项, fewer revenue sources, the plainer rounding and style.
    public static IEnumerable<Spec> Shrink(Spec s)
    {
        if (s.Items.Length > 1)
        {
            for (int i = 0; i < s.Items.Length; i++) yield return s with { Items = s.Items.Where((_, j) => j != i).ToArray() };
        }
        for (int i = 1; i < s.Present.Length; i++)
        {
            if (s.Present[i]) yield return s with { Present = s.Present.Select((p, j) => p && j != i).ToArray() };
        }
        if (s.Mode != MidpointRounding.AwayFromZero) yield return s with { Mode = MidpointRounding.AwayFromZero };
        if (s.Unit != CurrencyUnit.WanYuan) yield return s with { Unit = CurrencyUnit.WanYuan };
        if (s.Style != 0) yield return s with { Style = 0 };
    }

    public static Arbitrary<Spec> Arbitrary() => Arb.From(Specs, Shrink);
}
